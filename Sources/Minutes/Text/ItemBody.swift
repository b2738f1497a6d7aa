import Foundation

/// The sections of one agenda item, read from the lines between its heading and the next item.
struct ItemBody {
    /// The sections in order; text before the first heading is a section with an empty heading and kind `.other`.
    var sections: [Section] = []

    /// Splits `lines` at section headings; paragraphs (blank-line separated) stay separated by one blank line.
    init(lines: some Sequence<Line>) {
        var heading = ""
        var kind = Section.Kind.other
        var body: [String] = []
        var started = false

        func close() {
            let text = Self.paragraphs(body)
            if started || !text.isEmpty {
                sections.append(Section(heading: heading, kind: kind, text: text))
            }
        }

        for line in lines {
            if let found = SectionHeading.find(in: line),
                !(found.kind == .recommendation && kind == .recommendation && started
                    && SectionHeading.kind(ofName: found.heading) == nil)
            {
                close()
                heading = found.heading
                kind = found.kind
                body = found.inlineText.map { [$0] } ?? []
                started = true
            } else {
                body.append(line.body)
            }
        }
        close()
    }

    /// Attachment titles from the item's *Bilag* sections: one per bullet, or one per line or paragraph.
    var attachments: [String] {
        sections.filter { $0.kind == .attachments }.flatMap { Self.entries(in: $0.text) }
    }

    /// Members named in the item's *Fraværende* sections, each once.
    var absent: [String] {
        NameList.names(in: sections.filter { $0.kind == .absent }.map(\.text).joined(separator: "\n"))
    }

    /// The entries of an attachment list. With bullets, a line without one continues the entry before it.
    static func entries(in text: String) -> [String] {
        let lines = text.split(separator: "\n").map { TextLine.trimming($0, where: TextLine.isSpace) }.filter {
            !$0.isEmpty
        }
        let bulleted = lines.contains { isBulleted($0) }
        var entries: [String] = []
        for line in lines {
            if isBulleted(line) || !bulleted || entries.isEmpty {
                entries.append(isBulleted(line) ? bullet.replacing(in: line, with: "") : line)
            } else {
                entries[entries.count - 1] += " " + line
            }
        }
        return entries.map { TextLine.collapsed($0) }.filter { !$0.isEmpty && !noAttachments.contains(key($0)) }
    }

    // `Bilag: Ingen` says there are none; it is no attachment title.
    private static let noAttachments: Set<String> = ["ingen", "ingen bilag", "intet", "intet bilag"]

    private static func key(_ entry: String) -> String {
        entry.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .-–:"))
    }

    // Lines to text: runs of blank lines become one paragraph break; lines within a paragraph keep their
    // line breaks, because lists and table rows depend on them.
    private static func paragraphs(_ lines: [String]) -> String {
        var result: [String] = []
        var paragraph: [String] = []
        for line in lines {
            if TextLine.isBlank(line) {
                if !paragraph.isEmpty { result.append(paragraph.joined(separator: "\n")) }
                paragraph = []
            } else {
                paragraph.append(line)
            }
        }
        if !paragraph.isEmpty { result.append(paragraph.joined(separator: "\n")) }
        return result.joined(separator: "\n\n")
    }

    // A bullet is the line's first character, so other lines need no regular expression.
    private static func isBulleted(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first,
            "-•*–·▪".unicodeScalars.contains(first) || first.properties.generalCategory == .decimalNumber
        else { return false }
        return bullet.matches(line)
    }

    private static let bullet = Pattern(#"^(?:[-•*–·▪]|\d{1,2}[.)])\s+"#)
}
