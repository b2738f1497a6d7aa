/// C0 control characters in text, which no minutes mean to print: a JSON `\u0001` escape or a stray byte would
/// otherwise reach the index, the terminal and feeds (XML 1.0 refuses them).
enum ControlCharacters {
    /// `text` without C0 control characters other than tab, line feed and form feed (a page break in text from
    /// PDFs); `text` itself, uncopied, when it has none, as nearly all text has.
    static func removed(from text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: isStray) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isStray($0) }))
    }

    private static func isStray(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C
    }

    private static func isStray(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && isStray(UInt8(scalar.value))
    }
}
