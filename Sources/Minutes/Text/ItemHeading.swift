import Foundation

/// Where an agenda item starts in the lines of a text document, and what its heading says.
struct ItemHeading: Equatable {
    /// The first line of the item: the journal number line when it precedes the heading, else the heading.
    var startLine: Int
    /// The line after the heading and any wrapped title lines or journal number line that follow it.
    var bodyLine: Int
    /// The number as printed, e.g. `88` or `5a`.
    var number: String
    /// The title on one line, without any open/closed prefix.
    var title: String
    /// `true`/`false` when the title said `Lukket`/`Åben`; `nil` when it said neither.
    var closedByTitle: Bool?
    /// The journal or case number printed just before or after the heading.
    var caseNumber: String?

    /// Every item heading in `lines`, in order.
    ///
    /// Headings are `Punkt 88: Title`, `Pkt. 5 Title`, `Punkt 5. Title` (markdown `#` and `**bold**` allowed),
    /// or `21. Title` when a journal number line comes just before it or a labelled one (`Sagsnr.: …`) just
    /// after. Table-of-contents lines (dot leaders, trailing page numbers) are never headings.
    static func locate(in lines: [Line]) -> [ItemHeading] {
        var headings: [ItemHeading] = []
        var index = 0
        while index < lines.count {
            if let heading = heading(at: index, in: lines, after: headings.last?.bodyLine ?? 0) {
                headings.append(heading)
                index = heading.bodyLine
            } else {
                index += 1
            }
        }
        return headings
    }

    /// Whether `line` looks like a table-of-contents entry: dot leaders or a page number after a tab.
    static func isContentsLine(_ line: String) -> Bool {
        // Every form ends in a page number, so a line whose last visible character is no digit is not one.
        guard let last = line.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
            last.properties.generalCategory == .decimalNumber
        else { return false }
        return contentsLine.matches(line)
    }

    private static func heading(at index: Int, in lines: [Line], after floor: Int) -> ItemHeading? {
        let line = lines[index]
        let plain = line.plain
        // A heading starts with `Punkt`, `Pkt.` or `Dagsordenspunkt`, or with a digit; most lines do neither.
        guard let start = plain.unicodeScalars.first else { return nil }
        let labelledMatch = start == "P" || start == "D" ? labelled.firstMatch(in: plain) : nil
        guard labelledMatch != nil || start.properties.generalCategory == .decimalNumber else { return nil }
        guard !isContentsLine(line.raw) else { return nil }
        guard TextLine.isShort(plain, atMost: 400), plain.first?.isLetter == true || plain.first?.isNumber == true
        else { return nil }

        let number: Substring
        var title: String
        let previous = previousFilled(before: index, in: lines, floor: floor)
        let previousCase = previous.flatMap { CaseNumber.find(in: lines[$0]) }
        if let match = labelledMatch, let found = match.groups[0], let rest = match.groups[1] {
            number = found
            title = String(rest)
        } else if let match = numbered.firstMatch(in: plain), let found = match.groups[0], let rest = match.groups[1],
            previousCase != nil || labelledCaseFollows(index, in: lines)
        {
            number = found
            title = String(rest)
        } else {
            return nil
        }

        var bodyLine = index + 1
        // A title wrapped by the layout continues on the next line(s), which start in lower case or are
        // followed by a blank line and then the item's first structural line.
        while bodyLine < lines.count, bodyLine <= index + 3, wrapsTitle(lines, at: bodyLine) {
            title += " " + lines[bodyLine].plain
            bodyLine += 1
        }

        var caseNumber = previousCase
        let startLine = previousCase == nil ? index : previous ?? index
        if caseNumber == nil {
            var probe = bodyLine
            var seen = 0
            while probe < lines.count, seen < 3 {
                defer { probe += 1 }
                if lines[probe].isBlank { continue }
                seen += 1
                if let found = CaseNumber.find(in: lines[probe]) {
                    caseNumber = found
                    bodyLine = probe + 1
                    break
                }
                if SectionHeading.find(in: lines[probe]) != nil { break }
            }
        }

        let (closed, cleanTitle) = closedPrefix(of: TextLine.collapsed(title))
        guard let first = cleanTitle.first, first.isUppercase || first.isNumber || "\"'«»“”„(".contains(first) else {
            return nil
        }
        return ItemHeading(
            startLine: startLine,
            bodyLine: bodyLine,
            number: String(number),
            title: cleanTitle,
            closedByTitle: closed,
            caseNumber: caseNumber
        )
    }

    /// Splits an open/closed marker off a title: `Lukket punkt: Salg af grund` → (`true`, `Salg af grund`).
    static func closedPrefix(of title: String) -> (Bool?, String) {
        guard let match = statusPrefix.firstMatch(in: title), let word = match.groups[0] ?? match.groups[1] else {
            return (nil, title)
        }
        let rest = String(title[match.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty else { return (nil, title) }
        return (word.lowercased().hasPrefix("lukket"), rest)
    }

    private static func previousFilled(before index: Int, in lines: [Line], floor: Int) -> Int? {
        var probe = index - 1
        while probe >= floor {
            if !lines[probe].isBlank { return probe }
            probe -= 1
        }
        return nil
    }

    private static func labelledCaseFollows(_ index: Int, in lines: [Line]) -> Bool {
        var probe = index + 1
        var seen = 0
        while probe < lines.count, seen < 2 {
            if !lines[probe].isBlank {
                seen += 1
                let plain = lines[probe].plain
                if caseLabel.matches(plain), CaseNumber.find(in: Line(plain)) != nil { return true }
            }
            probe += 1
        }
        return false
    }

    private static func wrapsTitle(_ lines: [Line], at index: Int) -> Bool {
        let line = lines[index]
        guard !line.isBlank, CaseNumber.find(in: line) == nil, SectionHeading.find(in: line) == nil,
            !isContentsLine(line.raw)
        else { return false }
        let plain = line.plain
        guard plain.count <= 120, labelled.firstMatch(in: plain) == nil, numbered.firstMatch(in: plain) == nil else {
            return false
        }
        if plain.first?.isLowercase == true { return true }
        // An upper-case continuation (a name) counts only when a blank line and then structure follow it.
        guard !plain.hasSuffix("."), index + 1 < lines.count, lines[index + 1].isBlank else { return false }
        guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }) else { return true }
        return CaseNumber.find(in: lines[next]) != nil || SectionHeading.find(in: lines[next]) != nil
    }

    // Punkt 88: Title, Pkt. 5 Title, Punkt 5. Title, Dagsordenspunkt 3 - Title
    private static let labelled = Pattern(
        #"^(?:Punkt|Pkt\.?|Dagsordens?punkt)\s*(?:nr\.?\s*)?(\d{1,3}[a-z]?)(?:\s*[:.)\-–]\s*|\s+)(\S.*)$"#,
        caseInsensitive: false,
        requiring: ["Punkt", "Pkt", "punkt"]
    )
    // 21. Title
    private static let numbered = Pattern(#"^(\d{1,3}[a-z]?)\.\s+(\S.*)$"#, caseInsensitive: false)
    private static let caseLabel = Pattern(#"^(?:Acadre\s+)?(?:sags|sag\s|journal|j\.\s*nr|jnr)"#)
    private static let contentsLine = Pattern(
        #"(?:\.{4,}|…{2,}|(?:\s?\.){4,})\s*\d+\s*$|\t\s*\d{1,3}\s*$|\S {3,}\d{1,3}\s*$"#
    )
    private static let statusPrefix = Pattern(
        #"^(?:(lukket|åben|åbent)\s+(?:punkt|dagsorden|sag|møde)\b\s*[:\-–]?|(lukket|åben|åbent)\s*[:\-–])"#
    )
}
