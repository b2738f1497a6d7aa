/// Word-wrapping of text for a terminal: each paragraph's lines filled to a width, the indent kept on every line.
enum TextWrap {
    /// `text` as lines of at most `width` visible characters, each starting with `indent` (the first with
    /// `firstIndent` when given); blank lines between paragraphs stay. Terminal styling (`ESC[…m`) takes no width.
    /// A word longer than a line gets a line of its own. With no width, every paragraph is one line.
    static func lines(_ text: String, width: Int?, indent: String, firstIndent: String? = nil) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let start = lines.isEmpty ? (firstIndent ?? indent) : indent
            // A line that fits stays as written, its runs of spaces included.
            if !paragraph.isEmpty, width.map({ visibleLength(start) + visibleLength(paragraph) <= $0 }) ?? true {
                lines.append(start + paragraph)
                continue
            }
            let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard !words.isEmpty else {
                if !lines.isEmpty { lines.append("") }
                continue
            }
            var line = lines.isEmpty ? (firstIndent ?? indent) : indent
            var lineLength = visibleLength(line)
            var lineHasWord = false
            for word in words {
                let length = visibleLength(word)
                if let width, lineHasWord, lineLength + 1 + length > width {
                    lines.append(line)
                    line = indent
                    lineLength = visibleLength(indent)
                    lineHasWord = false
                }
                if lineHasWord {
                    line += " "
                    lineLength += 1
                }
                line += word
                lineLength += length
                lineHasWord = true
            }
            lines.append(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The characters of `text` a terminal shows, escape sequences left out.
    static func visibleLength(_ text: some StringProtocol) -> Int {
        var length = 0
        var inEscape = false
        for character in text.unicodeScalars {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                length += 1
            }
        }
        return length
    }
}
