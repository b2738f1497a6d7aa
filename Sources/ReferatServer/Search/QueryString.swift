import Foundation

/// The parameters of a URL's query string, in order, decoded as browsers encode forms (`+` is a space, `%XX` a
/// byte of UTF-8), and the encoding of parameters into one.
struct QueryString: Sendable, Hashable {
    /// The name–value pairs, in order; a name may occur more than once.
    var pairs: [(name: String, value: String)]

    /// Reads `raw`, the part of a URL after `?` (without it); `nil` or empty is no parameters. A pair that does not
    /// decode as UTF-8 is kept as written.
    init(_ raw: String?) {
        pairs = (raw ?? "").split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            return (name, parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// A query string of `pairs`.
    init(pairs: [(name: String, value: String)]) {
        self.pairs = pairs
    }

    /// Every value given for `name`, in order, without empty ones (an empty form field means no value).
    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }

    /// The first non-empty value given for `name`.
    func value(_ name: String) -> String? {
        values(name).first
    }

    /// The pairs encoded, `a=1&b=x%20y`; empty for none.
    var encoded: String {
        pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    static func == (lhs: QueryString, rhs: QueryString) -> Bool {
        lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }

    func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }

    /// `text` with every byte but ASCII letters, digits and `-._~` percent-encoded, so it is safe in a query string
    /// and in a path segment.
    static func encode(_ text: some StringProtocol) -> String {
        // Byte by byte into bytes: a search page encodes a few hundred links' parameters.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.append(byte)
            default:
                output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `text` with `+` as a space and `%XX` sequences as bytes; kept as written when the bytes are not UTF-8.
    static func decode(_ text: some StringProtocol, plusIsSpace: Bool = true) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"),
                let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex), high < utf8.endIndex,
                let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low < utf8.endIndex,
                let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index = utf8.index(after: low)
                continue
            }
            bytes.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = utf8.index(after: index)
        }
        return String(bytes: bytes, encoding: .utf8) ?? String(text)
    }
}
