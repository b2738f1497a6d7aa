import Foundation

/// A 64-bit FNV-1a hash of bytes, in hex: enough to tell a changed file from an unchanged one.
enum ContentHash {
    /// The hash of `data`.
    static func of(_ data: Data) -> String {
        hex(data.withUnsafeBytes { hash($0) })
    }

    /// The hash of `text`'s UTF-8 bytes.
    static func of(_ text: String) -> String {
        var text = text
        return hex(text.withUTF8 { hash(UnsafeRawBufferPointer($0)) })
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        return value
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
