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
            // The keys alone are sorted: moving whole members made sorting most of the time a page of hits took.
            let keys = members.keys.sorted(by: Self.precedes)
            Self.writeContainer(keys, open: "{", close: "}", to: &output, layout: layout, depth: depth) {
                key,
                output in
                Self.writeString(key, to: &output)
                output += (layout == .pretty ? " : " : ":").utf8
                members[key]?.write(to: &output, layout: layout, depth: depth + 1)
            }
        }
    }

    /// Whether `first` sorts before `second` by UTF-8 bytes, which is by code point, as JSONEncoder sorts keys:
    /// comparing Strings would normalize them, and comparing their UTF-8 views element by element took a tenth of
    /// writing a page of hits.
    private static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order == 0 ? a.count < b.count : order < 0
            }
        }
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
