import Foundation
import Testing

@testable import Referat

@Suite("Lower case without copying")
struct LowerCaseTests {
    @Test func everyScalarItLeavesAloneStaysTheSameWhenLowercased() {
        var leftAlone = 0
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            guard text.lowercasedQuickly() == text else { continue }
            leftAlone += 1
            if text.lowercased() != text { Issue.record("U+\(String(value, radix: 16, uppercase: true)) changes") }
        }
        #expect(leftAlone > 1_000_000)
    }

    @Test func lowersWhatChanges() {
        for (word, lower) in [
            ("ÆBLE", "æble"), ("Ukraine", "ukraine"), ("İzmir", "i̇zmir"), ("ǅemal", "ǆemal"), ("ÅRHUS", "århus"),
            ("kontanthjælpsloftet", "kontanthjælpsloftet"), ("Ærø", "ærø"), ("e\u{301}", "e\u{301}"),
        ] {
            #expect(word.lowercasedQuickly() == lower)
        }
    }

    @Test func agreesWithLowercasedOnEveryWordOfTheDanishList() throws {
        let list = try String(contentsOf: CompoundSplitter.systemWordList, encoding: .utf8)
        let words = list.split(separator: "\n").map(String.init)
        #expect(words.count > 300_000)
        let differing = words.filter { $0.lowercasedQuickly() != $0.lowercased() }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
