import Foundation
import Testing

@testable import Minutes

@Suite("Text line helpers")
struct TextLineTests {
    @Test func spacesAreFoundationsWhitespaceSets() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextLine.isSpace(scalar) != CharacterSet.whitespaces.contains(scalar)
                || TextLine.isSpaceOrNewline(scalar) != CharacterSet.whitespacesAndNewlines.contains(scalar)
            {
                mismatches.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func utf8DecodingReadsScalarsOfEveryLength() {
        var text = "Aæ€𝄞\u{200B}ø\u{10FFFF}"
        let expected = Array(text.unicodeScalars)
        let decoded = text.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            var index = 0
            while index < bytes.count {
                let (scalar, width) = UTF8Decoding.scalar(in: bytes, at: index)
                #expect(width == UTF8.width(scalar))
                scalars.append(scalar)
                index += width
            }
            return scalars
        }
        #expect(decoded == expected)
    }
}
