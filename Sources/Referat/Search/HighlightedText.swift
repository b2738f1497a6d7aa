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
            let byte = bytes[index]
            var next = bytes.index(after: index)
            var replacement: String?
            if byte == Self.startUTF8[0], bytes[index...].starts(with: Self.startUTF8) {
                replacement = open
                next = bytes.index(index, offsetBy: Self.startUTF8.count)
            } else if byte == Self.endUTF8[0], bytes[index...].starts(with: Self.endUTF8) {
                replacement = close
                next = bytes.index(index, offsetBy: Self.endUTF8.count)
            } else if escapesHTML {
                replacement = Self.htmlEscape(byte)
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

    private static let startUTF8 = Array(String(start).utf8)
    private static let endUTF8 = Array(String(end).utf8)

    private static func htmlEscape(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
