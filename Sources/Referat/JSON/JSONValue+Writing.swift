import Foundation

extension JSONValue {
    /// How ``text(_:)`` lays a value out.
    enum Layout {
        /// One line, no spaces: a JSON line, or a document's stored fields.
        case compact
        /// Two-space indentation and `"key" : value`, as Foundation's `JSONEncoder` prints with `.prettyPrinted`.
        case pretty
    }

    /// The value as JSON text: object keys sorted, `/` not escaped, non-ASCII characters as they are.
    func text(_ layout: Layout) -> String {
        var output: [UInt8] = []
        write(to: &output, layout: layout, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], layout: Layout, depth: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .int(let value): output += String(value).utf8
        case .double(let value): output += Self.number(value).utf8
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let elements):
            Self.writeContainer(elements, open: "[", close: "]", to: &output, layout: layout, depth: depth) {
                element,
                output in
                element.write(to: &output, layout: layout, depth: depth + 1)
            }
        case .object(let members):
            let sorted = Self.sorted(members)
            Self.writeContainer(sorted, open: "{", close: "}", to: &output, layout: layout, depth: depth) {
                member,
                output in
                Self.writeString(member.key, to: &output)
                output += (layout == .pretty ? " : " : ":").utf8
                member.value.write(to: &output, layout: layout, depth: depth + 1)
            }
        }
    }

    /// The members of an object in ``precedes(_:_:)`` order of their keys. A few are sorted by insertion, since the
    /// standard library's sort allocates a buffer for each small object; many (a facet's thousands of values) with
    /// each key's bytes read out once, so that comparing them is a plain memcmp. Sorting took most of the time
    /// writing an answer with thousands of facet values took.
    private static func sorted(_ members: [String: JSONValue]) -> [(key: String, value: JSONValue)] {
        guard members.count <= 16 else {
            return members.map { (bytes: Array($0.key.utf8), member: $0) }.sorted { precedes($0.bytes, $1.bytes) }
                .map(\.member)
        }
        var sorted = Array(members)
        for index in sorted.indices.dropFirst() {
            let member = sorted[index]
            var place = index
            while place > 0, precedes(member.key, sorted[place - 1].key) {
                sorted[place] = sorted[place - 1]
                place -= 1
            }
            sorted[place] = member
        }
        return sorted
    }

    /// Whether `first` sorts before `second` by UTF-8 bytes, which is by code point, as JSONEncoder sorts keys:
    /// comparing Strings would normalize them, and comparing their UTF-8 views element by element took a tenth of
    /// writing a page of hits.
    private static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { a in second.withUTF8 { b in precedes(a, b) } }
    }

    private static func precedes(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        first.withUnsafeBufferPointer { a in second.withUnsafeBufferPointer { b in precedes(a, b) } }
    }

    private static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
        return order == 0 ? a.count < b.count : order < 0
    }

    private static func writeContainer<Element>(
        _ elements: [Element],
        open: Unicode.Scalar,
        close: Unicode.Scalar,
        to output: inout [UInt8],
        layout: Layout,
        depth: Int,
        writeElement: (Element, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: open))
        switch layout {
        case .compact:
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeElement(element, &output)
            }
        case .pretty:
            // An empty container still gets its blank line, as JSONEncoder prints it.
            output.append(UInt8(ascii: "\n"))
            for (index, element) in elements.enumerated() {
                if index > 0 { output += ",\n".utf8 }
                indent(&output, depth + 1)
                writeElement(element, &output)
            }
            output.append(UInt8(ascii: "\n"))
            indent(&output, depth)
        }
        output.append(UInt8(ascii: close))
    }

    private static func indent(_ output: inout [UInt8], _ depth: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Whole numbers up to 2^53 without a fraction or exponent, others in Swift's shortest exact form; JSON has no
    /// NaN or infinity, so those become `null`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded(.towardZero) == value, value.magnitude <= 9_007_199_254_740_992 {
            return (value == 0 && value.sign == .minus ? "-" : "") + String(Int64(value))
        }
        return value.description
    }

    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            // Only ASCII needs escaping, so the runs between escapes are copied whole, UTF-8 as it is.
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x80 {
                guard let escape = escape(byte) else { continue }
                output += bytes[runStart..<index]
                output += escape.utf8
                runStart = index + 1
            }
            output += bytes[runStart...]
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0..<0x20:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return nil
        }
    }
}
