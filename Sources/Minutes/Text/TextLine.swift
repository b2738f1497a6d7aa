import Foundation

/// Cleans single lines of text extracted from published minutes.
enum TextLine {
    /// The line without markdown heading marks, emphasis or inline HTML, whitespace collapsed to single spaces.
    ///
    /// Used to recognise headings, labels and numbers whatever markup the extraction added.
    static func plain(_ line: String) -> String {
        plain(body: body(line))
    }

    /// ``plain(_:)`` of a line whose ``body(_:)`` is `body`.
    static func plain(body: String) -> String {
        // A trimmed line changes only where it holds a tab or two spaces in a row.
        guard mayHoldSpaceRun(body) else { return body }
        return body.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The line as body text: markup removed, tabs (table cells) kept, no surrounding whitespace.
    static func body(_ line: String) -> String {
        // Most lines carry no markup; skipping the regular expressions for them makes parsing several times faster.
        guard mayHoldMarkup(line), line.contains(where: markup.contains) else { return trimmed(line) }
        var text = Substring(line)
        let indented = text.drop { $0 == " " || $0 == "\t" }
        let marks = indented.prefix { $0 == "#" }
        if (1...6).contains(marks.count), let next = indented.dropFirst(marks.count).first, next.isWhitespace {
            text = indented.dropFirst(marks.count).drop { $0.isWhitespace }
        }
        var result = String(text)
        if hasByte(in: result, pairedWith: star, after: star) { result = removingDoubled("*", from: result) }
        if hasByte(in: result, pairedWith: underscore, after: underscore) {
            result = removingDoubled("_", from: result)
        }
        if hasByte(in: result, where: { $0 == lessThan }) { result = inlineTags.replacing(in: result, with: "") }
        if hasByte(in: result, where: { $0 == star }) { result = emphasis.replacing(in: result, with: "$1") }
        if hasByte(in: result, pairedWith: 0xA0, after: 0xC2) { result = result.replacing("\u{00A0}", with: " ") }
        return trimmed(result)
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: some StringProtocol) -> String {
        // Most lines start and end with a visible ASCII character, which no whitespace can start or end.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, isVisibleASCII(first),
            isVisibleASCII(last)
        {
            return String(text)
        }
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
        if let first = line.unicodeScalars.first, isVisibleASCII(first) { return false }
        return line.allSatisfy { $0.isWhitespace }
    }

    /// `text` with every run of whitespace, newlines included, as one space.
    static func collapsed(_ text: String) -> String {
        guard mayNeedCollapsing(text) else { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` without the leading and trailing Unicode scalars that `isTrimmed` accepts, as
    /// `trimmingCharacters(in:)` does it but without bridging to `NSString`.
    static func trimming(_ text: some StringProtocol, where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(text[first..<scalars.index(after: last)])
    }

    /// Whether `text` has at most `limit` characters; unlike `count`, never walks further than the limit.
    static func isShort(_ text: some StringProtocol, atMost limit: Int) -> Bool {
        text.utf8.count <= limit || text.dropFirst(limit).isEmpty
    }

    /// Whether `scalar` is in `CharacterSet.whitespaces`: a tab or a space separator (and, in Foundation's set,
    /// the zero-width space).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Whether `scalar` is in `CharacterSet.whitespacesAndNewlines`: Unicode white space and, in Foundation's set,
    /// the zero-width space.
    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200B}" || scalar.properties.isWhitespace
    }

    // Byte checks over UTF-8 are cheap and cannot miss a character that the exact check looks for, so they
    // decide for the many lines that hold none of them.
    private static func mayHoldMarkup(_ line: String) -> Bool {
        // 0xA0 is the last byte of a no-break space (and of other characters, which the exact check rejects).
        line.utf8.contains { $0 == hash || $0 == star || $0 == underscore || $0 == lessThan || $0 == 0xA0 }
    }

    private static func mayHoldSpaceRun(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == tab || (byte == space && previous == space) { return true }
            previous = byte
        }
        return false
    }

    // `text` without each doubled `mark`, matched left to right as `replacing("**", with: "")` does, without
    // its generic searcher.
    private static func removingDoubled(_ mark: Character, from text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var kept = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == mark, next < text.endIndex, text[next] == mark {
                result += text[kept..<index]
                index = text.index(after: next)
                kept = index
            } else {
                index = next
            }
        }
        return result + text[kept...]
    }

    // False for text of visible ASCII and Latin letters (U+00C0–U+017F, no combining marks among them) with
    // single spaces between words: every character is one scalar, and the only whitespace is those spaces.
    private static func mayNeedCollapsing(_ text: String) -> Bool {
        guard text.utf8.first != space, text.utf8.last != space else { return true }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case space where previous == space: return true
            case 0x00..<0x20, 0x7F, 0xC0...0xC2, 0xC6...: return true
            default: previous = byte
            }
        }
        return false
    }

    private static func isVisibleASCII(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value)
    }

    private static func hasByte(in text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.contains(where: test)
    }

    private static func hasByte(in text: String, pairedWith second: UInt8, after first: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == first, byte == second { return true }
            previous = byte
        }
        return false
    }

    private static let star = UInt8(ascii: "*")
    private static let underscore = UInt8(ascii: "_")
    private static let lessThan = UInt8(ascii: "<")
    private static let hash = UInt8(ascii: "#")
    private static let tab = UInt8(ascii: "\t")
    private static let space = UInt8(ascii: " ")
    private static let headingMarks = Pattern(#"^\s*#{1,6}\s+"#)
    private static let inlineTags = Pattern(#"</?(?:u|b|i|em|strong|span|sup|sub)(?:\s[^>]*)?>"#)
    private static let emphasis = Pattern(#"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])"#)
    private static let markup: Set<Character> = ["#", "*", "_", "<", "\u{00A0}"]
}
