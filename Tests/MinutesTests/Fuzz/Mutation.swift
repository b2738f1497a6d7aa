import CorpusGenerator

/// Seeded changes to the bytes of a real minutes file: byte-wise ones (bit flips, odd bytes, cut, repeated or
/// spliced ranges) and structural ones (a line or an element repeated, dropped or moved, a JSON value of
/// another type, a token of the formats' syntax put in).
///
/// A result is never more than twice its input plus 4 KB, so that no mutant is slow only for being large.
enum Mutation: CaseIterable {
    case flipBit, oddByte, deleteRange, repeatRange, insertToken, truncate
    case swapLines, repeatLine, deleteLine, splice, replaceJSONValue, repeatElement, deleteElement

    /// `bytes` changed by one to four mutations drawn with `random`; `other` is a second real file to splice from.
    static func mutated(_ bytes: [UInt8], other: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let mutation = allCases.randomElement(using: &random)!
            result = mutation.apply(to: result, other: other, using: &random)
            if result.count > 2 * bytes.count + 4096 { result.removeLast(result.count - 2 * bytes.count - 4096) }
        }
        return result
    }

    /// Bytes and tokens that mean something to one of the readers' formats.
    static let tokens: [String] = [
        #"\ud800"#, #"\udc00"#, #"\u0000"#, #"\"#, "\"", "null", "[]", "{}", "1e999", "-0", "true", ",", ":",
        "<!DOCTYPE Meeting [<!ENTITY e \"x\">]>", "&e;", "&#0;", "&#x110000;", "&amp", "&nbsp;", "<![CDATA[", "]]>",
        "</", "<a>", "/>", "<!--", "-->", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "\r", "\u{FEFF}", "\u{0}",
        "\u{200B}", "\u{301}", "æøå", "# Punkt 99: Titel\n", "\n21. Titel\n", "Mødedato: 31. december 9999\n",
        "\nBeslutning\n", "Fraværende: ", "15.00.00-A00-9-23", "00-00-0000", "29-02-2023", "0000-01-01T00:00:00",
        "\"Dagsordenpunkter\": []", "<MeetingAgendaItem>", "<table name=\"agendaitem\">", "\t", "\n\n\n",
        String(repeating: "a", count: 300), String(repeating: "(", count: 64),
    ]

    private static let oddBytes: [UInt8] = [
        0x00, 0x01, 0x0C, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF4, 0xFE, 0xFF, 0x0A, 0x0D, 0x22, 0x26,
        0x3C, 0x3E, 0x5B, 0x5C, 0x5D, 0x7B, 0x7D,
    ]

    private func apply(to bytes: [UInt8], other: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return Array(Self.tokens.randomElement(using: &random)!.utf8) }
        var result = bytes
        let position = Int.random(in: 0..<bytes.count, using: &random)
        switch self {
        case .flipBit:
            result[position] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case .oddByte:
            result[position] = Self.oddBytes.randomElement(using: &random)!
        case .deleteRange:
            result.removeSubrange(Self.range(in: bytes, from: position, using: &random))
        case .repeatRange:
            let range = Self.range(in: bytes, from: position, using: &random)
            result.insert(contentsOf: bytes[range], at: Int.random(in: 0...bytes.count, using: &random))
        case .insertToken:
            result.insert(contentsOf: Array(Self.tokens.randomElement(using: &random)!.utf8), at: position)
        case .truncate:
            result.removeSubrange(position...)
        case .swapLines, .repeatLine, .deleteLine:
            result = Self.changeLines(of: bytes, self, using: &random)
        case .splice:
            guard !other.isEmpty else { break }
            let source = Self.range(in: other, from: Int.random(in: 0..<other.count, using: &random), using: &random)
            result.replaceSubrange(Self.range(in: bytes, from: position, using: &random), with: other[source])
        case .replaceJSONValue:
            result = Self.replacingJSONValue(in: bytes, after: position, using: &random)
        case .repeatElement, .deleteElement:
            result = Self.changeElement(of: bytes, after: position, repeating: self == .repeatElement)
        }
        return result
    }

    // A range from `start` of 1 to 64 bytes, or now and then up to an eighth of the file.
    private static func range(in bytes: [UInt8], from start: Int, using random: inout SeededGenerator) -> Range<Int> {
        let longest = Bool.random(using: &random) ? 64 : max(64, bytes.count / 8)
        return start..<min(bytes.count, start + Int.random(in: 1...longest, using: &random))
    }

    private static func changeLines(
        of bytes: [UInt8],
        _ mutation: Mutation,
        using random: inout SeededGenerator
    ) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let first = Int.random(in: 0..<lines.count, using: &random)
        let second = Int.random(in: 0..<lines.count, using: &random)
        switch mutation {
        case .swapLines: lines.swapAt(first, second)
        case .repeatLine: lines.insert(lines[first], at: second)
        default: lines.remove(at: first)
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    // The JSON value after the first `":` from `start` (up to the next `,`, `}` or `]`) as one of another type.
    private static func replacingJSONValue(
        in bytes: [UInt8],
        after start: Int,
        using random: inout SeededGenerator
    )
        -> [UInt8]
    {
        let values = ["null", "[]", "{}", "42", "true", "\"\"", "\"x\"", "[null]", "{\"Navn\": 1}", "-1e400"]
        guard let colon = find([UInt8(ascii: "\""), UInt8(ascii: ":")], in: bytes, from: start) else { return bytes }
        let valueStart = colon + 2
        let valueEnd =
            bytes[valueStart...].firstIndex { [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains($0) }
            ?? bytes.count
        var result = bytes
        result.replaceSubrange(valueStart..<valueEnd, with: Array(values.randomElement(using: &random)!.utf8))
        return result
    }

    // The first element from `start` written `<Name …>…</Name>`, repeated after itself or removed.
    private static func changeElement(of bytes: [UInt8], after start: Int, repeating: Bool) -> [UInt8] {
        guard let open = bytes[start...].firstIndex(of: UInt8(ascii: "<")) else { return bytes }
        let name = bytes[(open + 1)...].prefix { byte in
            byte != UInt8(ascii: ">") && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "/") && byte > 0x20
        }
        guard !name.isEmpty, let close = find([UInt8(ascii: "<"), UInt8(ascii: "/")] + name, in: bytes, from: open),
            let end = bytes[close...].firstIndex(of: UInt8(ascii: ">"))
        else { return bytes }
        var result = bytes
        if repeating {
            result.insert(contentsOf: bytes[open...end], at: end + 1)
        } else {
            result.removeSubrange(open...end)
        }
        return result
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
