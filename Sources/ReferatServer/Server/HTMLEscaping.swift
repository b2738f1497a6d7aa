import Mustache

/// The escaping every template renders `{{…}}` with: swift-mustache's HTML escaping (`<`, `>`, `&`, `"`, `'`), done
/// on UTF-8 bytes. swift-mustache's own looks each Character up in a dictionary, which took a tenth of a search
/// page's time, and misses a `"` or `<` that a combining mark joins into a larger Character (`"\u{301}` would end an
/// attribute value). Text with none of the five bytes is returned as it is.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates' content-type pragma gives it (``ServerResources`` adds the pragma to each template).
    static let name = "REFERAT_HTML"

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: Self.needsEscaping) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped += "&lt;".utf8
                case UInt8(ascii: ">"): escaped += "&gt;".utf8
                case UInt8(ascii: "&"): escaped += "&amp;".utf8
                case UInt8(ascii: "\""): escaped += "&quot;".utf8
                case UInt8(ascii: "'"): escaped += "&#39;".utf8
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
