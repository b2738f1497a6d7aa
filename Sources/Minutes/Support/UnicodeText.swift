import Foundation

/// Unicode normalisation shared by the readers.
enum UnicodeText {
    /// `text` in NFC. Text whose scalars all lie below the combining marks (U+0300), as most Danish text does,
    /// is NFC already, and checking that is far cheaper than normalising.
    static func nfc(_ text: String) -> String {
        isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is surely NFC: no scalar from U+0300 (combining marks) up, except general punctuation,
    /// which never composes. The byte check answers for most text without decoding it.
    static func isNFC(_ text: String) -> Bool {
        // Over the contiguous bytes: the generic `allSatisfy` on `String.UTF8View` advanced an index per byte.
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0xCC } }
            || text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002..<0x20D0).contains($0.value) }
    }
}
