/// Splits an HTML fragment into text and tags, the way a browser would read them for their text.
///
/// Attributes are skipped (quoted values may hold `>`), comments, doctypes and processing instructions
/// are dropped, and the content of `script` and `style` is never returned. Text comes with its character
/// references decoded. A `<` that opens no tag is text.
struct HTMLTokenizer: Sequence, IteratorProtocol {
    /// One piece of the fragment.
    enum Token: Equatable {
        /// Text with entities decoded and whitespace as written.
        case text(String)
        /// An opening tag, its name in lower case.
        case start(String)
        /// A closing tag, its name in lower case.
        case end(String)
    }

    // UTF-8, not scalars: markup is all ASCII, so cutting at its bytes never splits a character, and text runs
    // become strings with one copy instead of one append per scalar.
    private let bytes: [UInt8]
    private var position = 0

    /// Prepares to read `html`.
    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// The next token, or `nil` at the end of the fragment.
    mutating func next() -> Token? {
        while position < bytes.count {
            guard opensMarkup(at: position) else { return .text(text()) }
            // A comment or declaration yields no token; the position has moved past it.
            if let token = tag() { return token }
        }
        return nil
    }

    // Text up to the next `<` that opens a tag, comment or declaration; always consumes at least one byte.
    private mutating func text() -> String {
        var runStart = position
        // Stays empty until a reference is decoded: every reference stands for at least one character.
        var decoded: [UInt8] = []
        repeat {
            if bytes[position] == Byte.ampersand, let (text, length) = HTMLEntities.decode(bytes, at: position) {
                decoded.append(contentsOf: bytes[runStart..<position])
                decoded.append(contentsOf: text.utf8)
                position += length
                runStart = position
            } else {
                position += 1
            }
        } while position < bytes.count && !opensMarkup(at: position)
        guard !decoded.isEmpty else { return String(decoding: bytes[runStart..<position], as: UTF8.self) }
        decoded.append(contentsOf: bytes[runStart..<position])
        return String(decoding: decoded, as: UTF8.self)
    }

    private func opensMarkup(at index: Int) -> Bool {
        guard bytes[index] == Byte.lessThan, index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        return Self.isNameStart(next) || next == Byte.slash || next == Byte.exclamation || next == Byte.question
    }

    // At a `<` that opens markup: reads a tag and returns it, or skips a comment, declaration or nameless end
    // tag and returns nil. Either way the position moves past what was read.
    private mutating func tag() -> Token? {
        let next = bytes[position + 1]
        if next == Byte.exclamation || next == Byte.question {
            if next == Byte.exclamation, starts(with: "<!--", at: position) {
                position = index(after: "-->", from: position + 4) ?? bytes.count
            } else {
                position = index(after: ">", from: position + 2) ?? bytes.count
            }
            return nil
        }
        let isEnd = next == Byte.slash
        var cursor = position + (isEnd ? 2 : 1)
        guard cursor < bytes.count, Self.isNameStart(bytes[cursor]) else {
            // `</` followed by no name: browsers drop it up to the next `>`.
            position = index(after: ">", from: cursor) ?? bytes.count
            return nil
        }
        let nameStart = cursor
        while cursor < bytes.count, Self.isNameCharacter(bytes[cursor]) { cursor += 1 }
        let name = String(decoding: bytes[nameStart..<cursor].map(Self.lowercased), as: UTF8.self)
        position = endOfTag(from: cursor)
        if isEnd { return .end(name) }
        if name == "script" || name == "style" {
            position = rawTextEnd(of: name)
        }
        return .start(name)
    }

    // The index after the `>` that closes a tag, skipping quoted attribute values.
    private func endOfTag(from start: Int) -> Int {
        var cursor = start
        var quote: UInt8?
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == Byte.doubleQuote || byte == Byte.singleQuote {
                quote = byte
            } else if byte == Byte.greaterThan {
                return cursor + 1
            }
            cursor += 1
        }
        return bytes.count
    }

    // Where the closing tag of a raw-text element (`</script`) starts, or the end of the fragment.
    private func rawTextEnd(of name: String) -> Int {
        var cursor = position
        let closing = "</" + name
        while cursor < bytes.count {
            if starts(with: closing, at: cursor, ignoringCase: true) { return cursor }
            cursor += 1
        }
        return bytes.count
    }

    // `prefix` is ASCII, so comparing bytes (ASCII letters folded when ignoring case) compares characters.
    private func starts(with prefix: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        var cursor = index
        for expected in prefix.utf8 {
            guard cursor < bytes.count else { return false }
            let actual = bytes[cursor]
            let matches = ignoringCase ? Self.lowercased(actual) == Self.lowercased(expected) : actual == expected
            guard matches else { return false }
            cursor += 1
        }
        return true
    }

    private func index(after terminator: String, from start: Int) -> Int? {
        var cursor = start
        while cursor < bytes.count {
            if starts(with: terminator, at: cursor) { return cursor + terminator.utf8.count }
            cursor += 1
        }
        return nil
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (Byte.lowerA...Byte.lowerZ).contains(byte) || (Byte.upperA...Byte.upperZ).contains(byte)
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (Byte.zero...Byte.nine).contains(byte) || byte == Byte.hyphen || byte == Byte.colon
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (Byte.upperA...Byte.upperZ).contains(byte) ? byte + (Byte.lowerA - Byte.upperA) : byte
    }

    private enum Byte {
        static let lessThan = UInt8(ascii: "<")
        static let greaterThan = UInt8(ascii: ">")
        static let slash = UInt8(ascii: "/")
        static let exclamation = UInt8(ascii: "!")
        static let question = UInt8(ascii: "?")
        static let ampersand = UInt8(ascii: "&")
        static let doubleQuote = UInt8(ascii: "\"")
        static let singleQuote = UInt8(ascii: "'")
        static let hyphen = UInt8(ascii: "-")
        static let colon = UInt8(ascii: ":")
        static let lowerA = UInt8(ascii: "a")
        static let lowerZ = UInt8(ascii: "z")
        static let upperA = UInt8(ascii: "A")
        static let upperZ = UInt8(ascii: "Z")
        static let zero = UInt8(ascii: "0")
        static let nine = UInt8(ascii: "9")
    }
}
