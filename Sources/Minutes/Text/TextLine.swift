import Foundation

/// Cleans single lines of text extracted from published minutes.
enum TextLine {
    /// The line without markdown heading marks, emphasis or inline HTML, whitespace collapsed to single spaces.
    ///
    /// Used to recognise headings, labels and numbers whatever markup the extraction added.
    static func plain(_ line: String) -> String {
        body(line).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The line as body text: markup removed, tabs (table cells) kept, no surrounding whitespace.
    static func body(_ line: String) -> String {
        // Most lines carry no markup; skipping the regular expressions for them makes parsing several times faster.
        guard line.contains(where: markup.contains) else { return trimmed(line) }
        var text = Substring(line)
        let indented = text.drop { $0 == " " || $0 == "\t" }
        let marks = indented.prefix { $0 == "#" }
        if (1...6).contains(marks.count), let next = indented.dropFirst(marks.count).first, next.isWhitespace {
            text = indented.dropFirst(marks.count).drop { $0.isWhitespace }
        }
        var result = String(text).replacing("**", with: "").replacing("__", with: "")
        if result.contains("<") { result = inlineTags.replacing(in: result, with: "") }
        if result.contains("*") { result = emphasis.replacing(in: result, with: "$1") }
        return trimmed(result.replacing("\u{00A0}", with: " "))
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// The number of leading `#` marks, 0 for a line that is not a markdown heading.
    static func headingLevel(_ line: String) -> Int {
        let trimmed = line.drop { $0 == " " }
        let marks = trimmed.prefix { $0 == "#" }
        guard !marks.isEmpty, trimmed.dropFirst(marks.count).first == " " else { return 0 }
        return marks.count
    }

    /// Whether the whole line is set in bold (`**…**` or `__…__`), as extracted headings often are.
    static func isBold(_ line: String) -> Bool {
        let text = trimmed(headingMarks.replacing(in: line, with: ""))
        return (text.hasPrefix("**") && text.hasSuffix("**") && text.count > 4)
            || (text.hasPrefix("__") && text.hasSuffix("__") && text.count > 4)
    }

    /// Whether the line holds nothing but whitespace.
    static func isBlank(_ line: some StringProtocol) -> Bool {
        line.allSatisfy { $0.isWhitespace }
    }

    /// `text` with every run of whitespace, newlines included, as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let headingMarks = Pattern(#"^\s*#{1,6}\s+"#)
    private static let inlineTags = Pattern(#"</?(?:u|b|i|em|strong|span|sup|sub)(?:\s[^>]*)?>"#)
    private static let emphasis = Pattern(#"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])"#)
    private static let markup: Set<Character> = ["#", "*", "_", "<", "\u{00A0}"]
}
