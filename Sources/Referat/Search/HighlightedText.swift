/// Text with matched words marked, ready to render for a terminal, HTML or plain output.
public struct HighlightedText: Sendable, Hashable {
    /// Private-use characters that cannot occur in minutes, so marking and escaping never clash.
    static let start: Character = "\u{E000}"
    static let end: Character = "\u{E001}"

    /// The text with ``start`` and ``end`` around each match.
    let marked: String

    /// The text without marks.
    public var plain: String { render(open: "", close: "", escape: { String($0) }) }

    /// HTML-escaped, with each match in `<mark>…</mark>`.
    public var html: String { render(open: "<mark>", close: "</mark>", escape: Self.escapeHTML) }

    /// Each match between `open` and `close`, e.g. ANSI bold on a terminal.
    public func render(open: String, close: String) -> String {
        render(open: open, close: close, escape: { String($0) })
    }

    private func render(open: String, close: String, escape: (Character) -> String) -> String {
        var output = ""
        for character in marked {
            switch character {
            case Self.start: output += open
            case Self.end: output += close
            default: output += escape(character)
            }
        }
        return output
    }

    private static func escapeHTML(_ character: Character) -> String {
        switch character {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&#39;"
        default: return String(character)
        }
    }
}
