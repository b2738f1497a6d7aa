import Testing

@testable import Referat

@Suite("Values within Xapian's limits")
struct KeyLengthTests {
    @Test(arguments: [
        ("21-" + String(repeating: "9", count: 400), 245),
        (String(repeating: "æøå ", count: 200), 240),
        ("kort", 10),
    ])
    func aLongKeyIsBoundedStableAndDistinct(key: String, limit: Int) {
        let bounded = KeyLength.bounded(key, toBytes: limit)
        #expect(bounded.utf8.count <= limit)
        #expect(bounded == KeyLength.bounded(key, toBytes: limit))
        #expect(bounded != KeyLength.bounded(key + "x", toBytes: limit))
        #expect(key.hasPrefix(bounded.prefix { $0 != "#" }))
    }

    @Test func aShortKeyIsKeptAsItIs() {
        #expect(KeyLength.bounded("XCs21-1234", toBytes: 245) == "XCs21-1234")
    }

    @Test func everyFieldsTermFitsWhateverTheValue() {
        let value = String(repeating: "Økonomi- og Erhvervsudvalget ", count: 30)
        for field in IndexSchema.fields {
            #expect(field.term(value).utf8.count <= KeyLength.maximumTermBytes, "\(field)")
            #expect(field.term(value) == field.term(value.uppercased()) || field.normalization == .verbatim)
        }
    }

    @Test(arguments: [
        ("Udvalget drøftede sagen grundigt", 20, "Udvalget drøftede"),
        (String(repeating: "ø", count: 10), 5, "øø"),
        ("kort", 10, "kort"),
    ])
    func textIsCutAtAWordOrCharacter(text: String, bytes: Int, expected: String) {
        #expect(ItemTextLimit.prefix(of: text, bytes: bytes) == expected)
    }

    @Test func aReasonIsOneShortLine() {
        let reason = SkipReason.cut("Term too long (> 245): XC" + String(repeating: "9", count: 300_000) + "\nmore")
        #expect(reason.count == SkipReason.maximumLength)
        #expect(reason.hasSuffix("…"))
        #expect(SkipReason.cut("permission denied") == "permission denied")
    }
}
