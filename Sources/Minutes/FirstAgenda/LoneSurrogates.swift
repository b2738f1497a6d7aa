import Foundation

/// Reads the `\u` escape of a lone UTF-16 surrogate in JSON as U+FFFD (REPLACEMENT CHARACTER).
///
/// JSON writes characters beyond U+FFFF as two escapes, a high and a low surrogate (`\ud83d\ude00`). A publisher
/// that cuts a title between the two leaves one alone, which Foundation's parser rejects, blaming an "end of file"
/// that is not there. One broken character in one title should not cost a whole meeting, so such an escape is
/// replaced, as lenient JSON parsers do; everything else about the JSON is left to the parser.
enum LoneSurrogates {
    /// `json` with every lone surrogate escape (`\ud800` not followed by a low one, or a low one alone) written
    /// as `\ufffd`; `json` itself when there is none.
    static func replaced(in json: Data) -> Data {
        let lone = positions(in: json)
        guard !lone.isEmpty else { return json }
        var result = Data(capacity: json.count)
        var start = json.startIndex
        for position in lone {
            result += json[start..<position]
            result += Data(#"\ufffd"#.utf8)
            start = position + escapeLength
        }
        result += json[start...]
        return result
    }

    // The offsets of the lone surrogate escapes in `json`, in order. A backslash escapes the byte after it, so
    // `\\ud800` is a backslash and text, not an escape.
    private static func positions(in json: Data) -> [Int] {
        json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [Int] in
            var found: [Int] = []
            var index = 0
            while index < bytes.count {
                guard bytes[index] == backslash else {
                    index += 1
                    continue
                }
                guard let unit = escapedUnit(in: bytes, at: index) else {
                    index += 2
                    continue
                }
                if (0xD800..<0xDC00).contains(unit),
                    let next = escapedUnit(in: bytes, at: index + escapeLength), (0xDC00..<0xE000).contains(next)
                {
                    index += 2 * escapeLength
                    continue
                }
                if (0xD800..<0xE000).contains(unit) { found.append(json.startIndex + index) }
                index += escapeLength
            }
            return found
        }
    }

    // The code unit of the `\uXXXX` escape at `index`, or nil when there is none there.
    private static func escapedUnit(in bytes: UnsafeRawBufferPointer, at index: Int) -> UInt32? {
        guard index + escapeLength <= bytes.count, bytes[index] == backslash, bytes[index + 1] == UInt8(ascii: "u")
        else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[(index + 2)..<(index + escapeLength)] {
            guard let digit = hexDigit(byte) else { return nil }
            unit = unit << 4 | digit
        }
        return unit
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static let backslash = UInt8(ascii: "\\")
    // `\uXXXX`.
    private static let escapeLength = 6
}
