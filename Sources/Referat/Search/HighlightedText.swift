/// Text with matched words marked, ready to render for a terminal, HTML or plain output.
public struct HighlightedText: Sendable, Hashable {
    /// Private-use characters that cannot occur in minutes, so marking and escaping never clash.
    static let start: Character = "\u{E000}"
    static let end: Character = "\u{E001}"

    /// The text with ``start`` and ``end`` around each match.
    let marked: String

    /// The text without marks.
    public var plain: String { render(open: "", close: "", escapesHTML: false) }

    /// HTML-escaped, with each match in `<mark>…</mark>`.
    public var html: String { render(open: "<mark>", close: "</mark>", escapesHTML: true) }

    /// Each match between `open` and `close`, e.g. ANSI bold on a terminal.
    public func render(open: String, close: String) -> String {
        render(open: open, close: close, escapesHTML: false)
    }

    /// `text` with each run of whitespace made one space, and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        var output = ""
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let wordStart = index
            while index < scalars.endIndex, !isWhitespace(scalars[index]) { scalars.formIndex(after: &index) }
            if wordStart < index {
                if !output.isEmpty { output += " " }
                output += text[wordStart..<index]
            }
            while index < scalars.endIndex, isWhitespace(scalars[index]) { scalars.formIndex(after: &index) }
        }
        return output
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0...0x7F: false
        default: scalar.properties.isWhitespace
        }
    }

    // Works on UTF-8 and copies the runs between marks and escapes whole: character by character, rendering the
    // ten snippets of a search cost more than finding them.
    private func render(open: String, close: String, escapesHTML: Bool) -> String {
        var output = ""
        let bytes = marked.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index < bytes.endIndex {
            let replacement: String?
            var next = bytes.index(after: index)
            switch bytes[index] {
            case Self.markLead:
                // U+E000 and U+E001 are EE 80 80 and EE 80 81.
                let rest = bytes[next...].prefix(2)
                if rest.elementsEqual(Self.startTail) {
                    replacement = open
                } else if rest.elementsEqual(Self.endTail) {
                    replacement = close
                } else {
                    replacement = nil
                }
                if replacement != nil { next = bytes.index(next, offsetBy: 2) }
            case UInt8(ascii: "&") where escapesHTML: replacement = "&amp;"
            case UInt8(ascii: "<") where escapesHTML: replacement = "&lt;"
            case UInt8(ascii: ">") where escapesHTML: replacement = "&gt;"
            case UInt8(ascii: "\"") where escapesHTML: replacement = "&quot;"
            case UInt8(ascii: "'") where escapesHTML: replacement = "&#39;"
            default: replacement = nil
            }
            if let replacement {
                output += marked[runStart..<index]
                output += replacement
                runStart = next
            }
            index = next
        }
        output += marked[runStart..<bytes.endIndex]
        return output
    }

    private static let markLead: UInt8 = 0xEE
    private static let startTail: [UInt8] = [0x80, 0x80]
    private static let endTail: [UInt8] = [0x80, 0x81]
}
