extension JSONValue {
    /// Why a text is not JSON: the byte offset where reading stopped, and what was wrong there.
    struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        var offset: Int
        var reason: String

        var description: String { "invalid JSON at byte \(offset): \(reason)" }
    }

    /// Reads the one JSON value `text` holds (RFC 8259), with nothing but whitespace around it.
    init(parsing text: some StringProtocol) throws(ParseError) {
        var reader = Reader(bytes: Array(text.utf8))
        self = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.atEnd else { throw reader.error("text after the value") }
    }
}

/// A recursive-descent reader over UTF-8 bytes.
private struct Reader {
    let bytes: [UInt8]
    var offset = 0

    /// Deeper nesting than any of referat's documents has, and shallow enough never to exhaust the stack.
    private static let maximumDepth = 512

    var atEnd: Bool { offset == bytes.count }

    func error(_ reason: String) -> JSONValue.ParseError {
        JSONValue.ParseError(offset: offset, reason: reason)
    }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nested too deeply") }
        skipWhitespace()
        guard offset < bytes.count else { throw error("unexpected end of text") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character")
        }
    }

    private mutating func object(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        offset += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "expected ':'")
            members[key] = try value(depth: depth + 1)
            skipWhitespace()
            guard offset < bytes.count else { throw error("unexpected end of text") }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            try expect(UInt8(ascii: ","), "expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(JSONValue.ParseError) -> JSONValue {
        offset += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            guard offset < bytes.count else { throw error("unexpected end of text") }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(elements)
            }
            try expect(UInt8(ascii: ","), "expected ',' or ']'")
        }
    }

    private mutating func expect(_ byte: UInt8, _ reason: String) throws(JSONValue.ParseError) {
        guard offset < bytes.count, bytes[offset] == byte else { throw error(reason) }
        offset += 1
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONValue.ParseError) -> JSONValue {
        let end = offset + word.utf8.count
        guard end <= bytes.count, bytes[offset..<end].elementsEqual(word.utf8) else { throw error("unknown word") }
        offset = end
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as an `.int` when it has neither fraction nor
    /// exponent and fits.
    private mutating func number() throws(JSONValue.ParseError) -> JSONValue {
        let start = offset
        skip(UInt8(ascii: "-"))
        if skip(UInt8(ascii: "0")) {
            if digitCount() > 0 { throw JSONValue.ParseError(offset: start, reason: "number with a leading zero") }
        } else if digitCount() == 0 {
            throw error("expected a digit")
        }
        var isInteger = true
        if skip(UInt8(ascii: ".")) {
            isInteger = false
            guard digitCount() > 0 else { throw error("expected a digit") }
        }
        if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
            isInteger = false
            _ = skip(UInt8(ascii: "+")) || skip(UInt8(ascii: "-"))
            guard digitCount() > 0 else { throw error("expected a digit") }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else {
            throw JSONValue.ParseError(offset: start, reason: "number out of range")
        }
        return .double(value)
    }

    /// Steps over `byte` if it comes next.
    @discardableResult
    private mutating func skip(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// Steps over a run of digits; how many.
    private mutating func digitCount() -> Int {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }

    mutating func string() throws(JSONValue.ParseError) -> String {
        offset += 1
        var decoded: [UInt8] = []
        var plainStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                decoded += bytes[plainStart..<offset]
                offset += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                decoded += bytes[plainStart..<offset]
                offset += 1
                try escape(into: &decoded)
                plainStart = offset
            case 0..<0x20:
                throw error("control character in a string")
            default:
                offset += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func escape(into decoded: inout [UInt8]) throws(JSONValue.ParseError) {
        guard offset < bytes.count else { throw error("unterminated string") }
        let simple: UInt8?
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = bytes[offset]
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw error("unknown escape")
        }
        offset += 1
        if let simple {
            decoded.append(simple)
            return
        }
        var code = try hexQuad()
        if (0xD800..<0xDC00).contains(code) {
            // A high surrogate: the low one must follow as an escape of its own.
            guard skip(UInt8(ascii: "\\")), skip(UInt8(ascii: "u")) else { throw error("unpaired surrogate") }
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("unpaired surrogate") }
        decoded += String(scalar).utf8
    }

    private mutating func hexQuad() throws(JSONValue.ParseError) -> UInt32 {
        guard offset + 4 <= bytes.count, bytes[offset..<offset + 4].allSatisfy(\.isHexDigit),
            let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else { throw error("malformed \\u escape") }
        offset += 4
        return code
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            true
        default: false
        }
    }
}
