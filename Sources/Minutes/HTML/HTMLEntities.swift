/// Decodes HTML character references in text the way the HTML standard reads them: every named reference of HTML
/// (`&aelig;`, `&CounterClockwiseContourIntegral;`), the legacy names that may go without their `;` (`&amp`,
/// `&nbsp`, `&aring`), and numeric ones (`&#230;`, `&#xE6;`), with the Windows-1252 reading of `&#128;`–`&#159;`.
///
/// This is the one place in the module that turns references into characters.
enum HTMLEntities {
    /// The text of the character reference starting at `index` of UTF-8 `bytes` (which holds `&`) and how many
    /// bytes it spans, or `nil` when no reference starts there and the `&` is a literal ampersand.
    static func decode(_ bytes: [UInt8], at index: Int) -> (text: String, length: Int)? {
        if let (value, length) = codePoint(in: bytes, at: index) { return (text(ofCodePoint: value), length) }
        return named(in: bytes, at: index)
    }

    /// The number a numeric reference at `index` of `bytes` (which holds `&`) gives, as written, and how many
    /// bytes the reference spans, its `;` included when there is one; `nil` when no digits follow `&#` or `&#x`.
    /// Numbers past U+10FFFF are given as 0x110000.
    static func codePoint(in bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int)? {
        var cursor = index + 1
        guard cursor < bytes.count, bytes[cursor] == Byte.hash else { return nil }
        cursor += 1
        var radix: UInt32 = 10
        if cursor < bytes.count, bytes[cursor] | Byte.lowerCaseBit == Byte.lowerX {
            radix = 16
            cursor += 1
        }
        let digitsStart = cursor
        var value: UInt32 = 0
        while cursor < bytes.count, let digit = digit(bytes[cursor], radix: radix) {
            // Saturating keeps the arithmetic in range; every number past the last code point reads the same.
            value = min(value * radix + digit, beyondUnicode)
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < bytes.count, bytes[cursor] == Byte.semicolon { cursor += 1 }
        return (value, cursor - index)
    }

    /// The text a numeric reference to `value` stands for: the Windows-1252 character for 128–159 (as HTML reads
    /// them: authors meant those, not C1 controls), U+FFFD for 0, surrogates and numbers past U+10FFFF.
    static func text(ofCodePoint value: UInt32) -> String {
        if (0x80...0x9F).contains(value) { return String(windows1252[Int(value - 0x80)]) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(scalar)
    }

    // A name is letters and digits. With its `;` it may be any name of the table; without one, the standard reads
    // the longest legacy name the letters start with, so `&notit;` is `¬it;` and `&ampx` is `&x` (as Python's
    // `html.unescape` does; only attribute values are read otherwise, and the tokenizer decodes none).
    private static func named(in bytes: [UInt8], at index: Int) -> (text: String, length: Int)? {
        let start = index + 1
        var cursor = start
        while cursor < bytes.count, cursor - start < names.longest, isAlphanumeric(bytes[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        if cursor < bytes.count, bytes[cursor] == Byte.semicolon,
            let text = names.table[String(decoding: bytes[start...cursor], as: UTF8.self)]
        {
            return (text, cursor - index + 1)
        }
        var end = min(cursor, start + names.longestLegacy)
        while end - start >= names.shortest {
            if let text = names.table[String(decoding: bytes[start..<end], as: UTF8.self)] {
                return (text, end - index)
            }
            end -= 1
        }
        return nil
    }

    private static let names = NameTable(source: namedSource)

    // The references by name (legacy names without `;`, every name with it) and the name lengths that bound a search.
    private struct NameTable {
        var table: [String: String] = [:]
        var longest = 0
        var longestLegacy = 0
        var shortest = Int.max

        init(source: String) {
            for entry in source.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let parts = entry.split(separator: "=", maxSplits: 1)
                let name = String(parts[0])
                let scalars = parts[1].split(separator: "+").compactMap {
                    UInt32($0, radix: 16).flatMap(Unicode.Scalar.init)
                }
                table[name] = String(String.UnicodeScalarView(scalars))
                longest = max(longest, name.utf8.count)
                shortest = min(shortest, name.utf8.count)
                if !name.hasSuffix(";") { longestLegacy = max(longestLegacy, name.utf8.count) }
            }
        }
    }

    private static let beyondUnicode: UInt32 = 0x11_0000

    // What HTML reads for 0x80…0x9F; the five that Windows-1252 leaves unassigned stay themselves.
    private static let windows1252: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{2C6}",
        "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}", "\u{90}", "\u{2018}",
        "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}", "\u{2DC}", "\u{2122}", "\u{161}",
        "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    private static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case Byte.zero...Byte.nine: UInt32(byte - Byte.zero)
        case Byte.lowerA...Byte.lowerF where radix == 16: UInt32(byte - Byte.lowerA + 10)
        case Byte.upperA...Byte.upperF where radix == 16: UInt32(byte - Byte.upperA + 10)
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case Byte.lowerA...Byte.lowerZ, Byte.upperA...Byte.upperZ, Byte.zero...Byte.nine: true
        default: false
        }
    }

    private enum Byte {
        static let hash = UInt8(ascii: "#")
        static let semicolon = UInt8(ascii: ";")
        static let lowerX = UInt8(ascii: "x")
        static let lowerCaseBit: UInt8 = 0x20
        static let zero = UInt8(ascii: "0")
        static let nine = UInt8(ascii: "9")
        static let lowerA = UInt8(ascii: "a")
        static let lowerF = UInt8(ascii: "f")
        static let lowerZ = UInt8(ascii: "z")
        static let upperA = UInt8(ascii: "A")
        static let upperF = UInt8(ascii: "F")
        static let upperZ = UInt8(ascii: "Z")
    }
}
