import Foundation

/// Cleans single lines of text extracted from published minutes.
enum TextLine {
    /// The line without markdown heading marks, emphasis or inline HTML, whitespace collapsed to single spaces.
    ///
    /// Used to recognise headings, labels and numbers whatever markup the extraction added.
    static func plain(_ line: String) -> String {
        var text = body(line)
        text = text.replacingOccurrences(of: "\t", with: " ")
        text = spaces.replacing(in: text, with: " ")
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The line as body text: markup removed, tabs (table cells) kept, no surrounding whitespace.
    static func body(_ line: String) -> String {
        var text = line
        text = headingMarks.replacing(in: text, with: "")
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        text = inlineTags.replacing(in: text, with: "")
        text = emphasis.replacing(in: text, with: "$1")
        text = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        return text.trimmingCharacters(in: .whitespaces)
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
        let text = headingMarks.replacing(in: line, with: "").trimmingCharacters(in: .whitespaces)
        return (text.hasPrefix("**") && text.hasSuffix("**") && text.count > 4)
            || (text.hasPrefix("__") && text.hasSuffix("__") && text.count > 4)
    }

    /// Whether the line holds nothing but whitespace.
    static func isBlank(_ line: some StringProtocol) -> Bool {
        line.allSatisfy { $0.isWhitespace }
    }

    /// `text` with every run of whitespace, newlines included, as one space.
    static func collapsed(_ text: String) -> String {
        whitespace.replacing(in: text, with: " ").trimmingCharacters(in: .whitespaces)
    }

    private static let headingMarks = Pattern(#"^\s*#{1,6}\s+"#)
    private static let inlineTags = Pattern(#"</?(?:u|b|i|em|strong|span|sup|sub)(?:\s[^>]*)?>"#)
    private static let emphasis = Pattern(#"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])"#)
    private static let spaces = Pattern(" {2,}")
    private static let whitespace = Pattern(#"\s+"#)
}
