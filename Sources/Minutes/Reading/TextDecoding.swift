import Foundation

/// Turns the bytes of a text file into normalised text: NFC, `\n` line ends, no byte order mark.
enum TextDecoding {
    /// Why bytes are not usable text.
    enum Failure: Error, Equatable {
        /// NUL or other control bytes: not a text file at all.
        case binary
        /// Text, but neither UTF-8 nor plausibly Windows-1252.
        case invalidUTF8

        /// The reason as `MinutesError` states it.
        var reason: String {
            switch self {
            case .binary: "not text (binary data)"
            case .invalidUTF8: "not valid UTF-8 text"
            }
        }
    }

    /// Decodes UTF-8 (with or without BOM), UTF-16 with a BOM, or, when the bytes are clearly not UTF-8
    /// but read as Danish Windows-1252 text, Windows-1252.
    static func decode(_ data: Data) -> Result<String, Failure> {
        let bytes = [UInt8](data)
        let decoded: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                return .failure(.invalidUTF8)
            }
            decoded = text
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(bytes: bytes.dropFirst(2), encoding: encoding) else {
                return .failure(.invalidUTF8)
            }
            decoded = text
        } else if isBinary(bytes) {
            return .failure(.binary)
        } else if let text = String(validating: bytes, as: UTF8.self) {
            decoded = text
        } else if looksLikeWindows1252(bytes) {
            decoded = windows1252(bytes)
        } else {
            return .failure(.invalidUTF8)
        }
        return .success(normalized(decoded))
    }

    /// NFC, CRLF and CR as LF, no leading byte order mark, and no C0 control character other than tab, line feed
    /// and form feed (a page break in text from PDFs).
    static func normalized(_ text: String) -> String {
        var result = UnicodeText.nfc(text)
        if result.withUTF8({ $0.contains(where: needsRewrite) }) { result = withLineFeeds(result) }
        if result.hasPrefix("\u{FEFF}") { result.removeFirst() }
        return result
    }

    // A sure but partial test: text made only of scalars that are NFC on their own and never combine with
    // their neighbours (Latin-1 and Latin Extended letters, general punctuation, currency signs) is NFC.
    // Most minutes pass, and skip the costly normalisation.
    // CRLF and lone CR as LF, and other control characters dropped: a stray NUL or ^A beyond the part of a file
    // that `isBinary` samples would otherwise end up in item text, or keep a line from reading as a heading.
    // All are ASCII, so bytes can be rewritten without decoding.
    private static func withLineFeeds(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        for byte in text.utf8 {
            if afterCarriageReturn, byte == lineFeed {
                afterCarriageReturn = false
                continue
            }
            afterCarriageReturn = byte == carriageReturn
            if afterCarriageReturn {
                bytes.append(lineFeed)
            } else if !needsRewrite(byte) {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // A carriage return, or a C0 control character other than tab, line feed and form feed.
    private static func needsRewrite(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != lineFeed && byte != 0x0C
    }

    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    // Text files never hold NUL; a few stray control bytes are tolerated, a binary format has many.
    private static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
        return controls * 100 > sample.count
    }

    // Danish Windows-1252 text has its high bytes as single letters (æøå, é) or punctuation between ASCII,
    // never bytes Windows-1252 leaves undefined and rarely long runs of them.
    private static func looksLikeWindows1252(_ bytes: [UInt8]) -> Bool {
        var run = 0
        var high = 0
        for byte in bytes {
            if byte < 0x80 {
                run = 0
                continue
            }
            guard plausibleHighBytes.contains(byte) else { return false }
            high += 1
            run += 1
            if run > 3 { return false }
        }
        return high * 5 <= bytes.count
    }

    private static let plausibleHighBytes: Set<UInt8> = {
        var set = Set<UInt8>(0xC0...0xFF)
        set.subtract([0xD7, 0xF7])
        set.formUnion([0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99])
        set.formUnion([0xA0, 0xA3, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB2, 0xB3, 0xB4, 0xB5, 0xB7, 0xBB, 0xBC, 0xBD, 0xBE])
        return set
    }()

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = cp1252High[byte] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F.
    private static let cp1252High: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
}
