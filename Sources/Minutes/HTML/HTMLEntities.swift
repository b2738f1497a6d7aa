/// Decodes HTML character references: named ones such as `&aelig;` and numeric ones such as `&#230;` or `&#xE6;`.
enum HTMLEntities {
    /// The text of the character reference starting at `index` of UTF-8 `bytes` (which holds `&`) and how many
    /// bytes it spans, or `nil` when no complete reference starts there and the `&` is a literal ampersand.
    static func decode(_ bytes: [UInt8], at index: Int) -> (text: String, length: Int)? {
        var cursor = index + 1
        while cursor < bytes.count, cursor - index <= maximumLength {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ";") {
                guard let text = text(of: String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)) else {
                    return nil
                }
                return (text, cursor - index + 1)
            }
            guard isReferenceCharacter(byte) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The text a reference body (between `&` and `;`) stands for, or `nil` for an unknown name.
    static func text(of body: String) -> String? {
        guard body.hasPrefix("#") else { return named[body] }
        let digits = body.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value else { return nil }
        // HTML reads references to the C1 controls as the Windows-1252 characters authors meant by them.
        if let mapped = windows1252[value] { return String(mapped) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(scalar)
    }

    private static let maximumLength = 32

    private static func isReferenceCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "#"):
            true
        default: false
        }
    }

    private static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x89: "‰", 0x8A: "Š", 0x8B: "‹",
        0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—",
        0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    // The markup characters, Latin-1 letters and punctuation that Danish documents use; names are case-sensitive.
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "\u{00AD}",
        "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "aring": "å", "Aring": "Å",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü", "Uuml": "Ü", "euml": "ë", "iuml": "ï",
        "aacute": "á", "Aacute": "Á", "eacute": "é", "Eacute": "É", "iacute": "í", "oacute": "ó", "Oacute": "Ó",
        "uacute": "ú", "yacute": "ý", "agrave": "à", "egrave": "è", "Egrave": "È", "ograve": "ò", "ugrave": "ù",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û", "atilde": "ã", "ntilde": "ñ",
        "otilde": "õ", "ccedil": "ç", "Ccedil": "Ç", "szlig": "ß", "eth": "ð", "thorn": "þ",
        "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·", "lsquo": "‘", "rsquo": "’",
        "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹",
        "rsaquo": "›", "sect": "§", "para": "¶", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±",
        "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²",
        "sup3": "³", "micro": "µ", "euro": "€", "pound": "£", "cent": "¢", "yen": "¥", "curren": "¤",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "acute": "´",
        "cedil": "¸", "uml": "¨", "brvbar": "¦", "minus": "−", "le": "≤", "ge": "≥", "ne": "≠", "dagger": "†",
        "permil": "‰", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwsp": "\u{200B}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "rarr": "→", "larr": "←", "check": "✓",
    ]
}
