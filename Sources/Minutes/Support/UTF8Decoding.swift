/// Scalars read straight from UTF-8 bytes, for loops that work on bytes but must recognise some non-ASCII
/// scalars.
public enum UTF8Decoding {
    /// The scalar starting at `index` of `bytes`, which must be valid UTF-8 (as a `String`'s are), and how many
    /// bytes it spans. Inlinable, so that ASCII, most of any Danish text, costs one comparison.
    @inlinable
    public static func scalar(
        in bytes: UnsafeBufferPointer<UInt8>,
        at index: Int
    ) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let width =
            switch lead {
            case ..<0xE0: 2
            case ..<0xF0: 3
            default: 4
            }
        var value = lead & (0x7F >> width)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
