import Foundation

/// Unicode normalisation shared by the readers.
enum UnicodeText {
    /// `text` in NFC. Text whose scalars all lie below the combining marks (U+0300), as most Danish text does,
    /// is NFC already, and checking that is far cheaper than normalising.
    static func nfc(_ text: String) -> String {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 } ? text : text.precomposedStringWithCanonicalMapping
    }
}
