import Foundation
import Testing
import XapianKit

@testable import Referat

@Suite("Snippet windows")
struct SnippetWindowTests {
    /// A whole set of real minutes as one long text (18 kB), so words sit far apart.
    private let text: String

    init() throws {
        text = try String(contentsOf: Project.haderslev, encoding: .utf8)
    }

    @Test func aShortTextIsShownWholeWithItsMatchMarked() {
        let window = SnippetWindow(of: "Udvalget godkendte lokalplanen.") { $0 == "lokalplanen" }
        #expect(window.hasMatch)
        #expect(window.snippet.html == "Udvalget godkendte <mark>lokalplanen</mark>.")
    }

    @Test func aLongTextIsCutAroundTheFirstMatch() throws {
        let window = SnippetWindow(of: text) { $0.hasPrefix("sygedagpeng") }
        let first = try #require(text.range(of: "sygedagpeng", options: .caseInsensitive))
        // The word sits beyond the first passage, or this test would mean nothing.
        #expect(text.utf8.distance(from: text.startIndex, to: first.lowerBound) > SnippetWindow.length)
        let plain = window.snippet.plain
        #expect(plain.hasPrefix("…") && plain.hasSuffix("…"))
        #expect(plain.utf8.count <= SnippetWindow.length + 2 * "…".utf8.count + 40)
        #expect(window.snippet.html.lowercased().contains("<mark>sygedagpeng"))
        // The passage leads into the word by at most `lead` bytes and is cut between words.
        let lead = try #require(plain.range(of: "sygedagpeng", options: .caseInsensitive))
        #expect(plain.utf8.distance(from: plain.startIndex, to: lead.lowerBound) <= SnippetWindow.lead + 3)
        let words = HighlightedText.collapsingWhitespace(text)
        #expect(words.contains(" " + plain.dropFirst().dropLast() + " "))
    }

    @Test func thePassageWithMostDistinctMatchesWins() {
        let filler = String(repeating: "fyldord ", count: 40)
        let text = "budget " + filler + "budget skole " + filler
        let window = SnippetWindow(of: text) { $0 == "budget" || $0 == "skole" }
        #expect(window.snippet.html.contains("<mark>budget</mark> <mark>skole</mark>"))
    }

    @Test func withoutAMatchTheSnippetIsTheStart() {
        let window = SnippetWindow(of: text, continues: true) { $0 == "xyzzy" }
        #expect(!window.hasMatch)
        #expect(!window.snippet.html.contains("<mark>"))
        #expect(HighlightedText.collapsingWhitespace(text).hasPrefix(window.snippet.plain.dropLast()))
        #expect(window.snippet.plain.hasSuffix("…"))
    }

    @Test func aPhraseIsShownWhereItsWordsStandSideBySide() {
        let words: Set = ["kommunens", "budget", "budgettet"]
        expectPhrase(
            words,
            shown: "<mark>kommunens</mark> <mark>budget</mark>",
            in: ["Kommunens økonomi. ", "Budgettet for året. ", "Om kommunens budget og regnskab."],
            notIn: ["Kommunens økonomi. ", "Budgettet for året."]
        )
        let text = "Kommunens økonomi. " + Self.filler + "Om kommunens budget og regnskab."
        #expect(SnippetWindow(of: text) { words.contains($0) }.snippet.html.hasPrefix("<mark>Kommunens</mark> økonomi"))
    }

    @Test func aPhrasesStopWordMayStandBetweenItsWordsUnmarked() {
        // A longer word that is no stop word parts them.
        expectPhrase(
            ["vej", "vejen", "sti"],
            shown: "<mark>vej</mark> eller <mark>sti</mark>",
            in: ["Vejen er lukket. ", "Sti og bro. ", "Adgang ad vej eller sti til skolen."],
            notIn: ["Vejen er lukket. ", "Adgang ad vej gennem sti til skolen."]
        )
    }

    private static let filler = String(repeating: "fyldord ", count: 400)

    /// Expects a phrase search for `words` to show `shown` in the passages `parts` joined by long filler, and,
    /// where the words never stand side by side (`apart`), the passage any search for them would show.
    private func expectPhrase(_ words: Set<String>, shown: String, in parts: [String], notIn apart: [String]) {
        let text = parts.joined(separator: Self.filler)
        #expect(SnippetWindow(of: text, findingPhrase: true) { words.contains($0) }.snippet.html.contains(shown))
        let parted = apart.joined(separator: Self.filler)
        #expect(
            SnippetWindow(of: parted, findingPhrase: true) { words.contains($0) }.snippet
                == SnippetWindow(of: parted) { words.contains($0) }.snippet
        )
    }

    @Test func theStartOfATextIsTheSnippetOfASearchWithoutWords() {
        let start = SnippetWindow(startOf: text, continues: true)
        let unmatched = SnippetWindow(of: text, continues: true) { _ in false }
        #expect(!start.hasMatch)
        #expect(start.snippet == unmatched.snippet)
        #expect(SnippetWindow(startOf: "Kort tekst.").snippet.plain == "Kort tekst.")
    }

    @Test func wordsAreWholeAndCaseFolded() {
        let window = SnippetWindow(of: "Forslag og slag. SLAG!") { $0 == "slag" }
        #expect(window.snippet.html == "Forslag og <mark>slag</mark>. <mark>SLAG</mark>!")
    }

    @Test(arguments: [
        // Inflections share the lemma's stem; compounds hold it as a part; neither is found by its letters alone.
        ("boliger", "Zbolig", true), ("boligerne", "Zbolig", true), ("byggeaffald", "ZXPaffald", true),
        ("affaldshåndteringen", "ZXPaffald", true), ("forældre", "ZXPældre", false), ("udvalget", "ZXPvalg", false),
        ("anbragte", "Zanbringe", true), ("ledelse", "Zledighed", false), ("ældre", "ældre", true),
    ])
    func theMatcherKnowsInflectionsAndCompounds(word: String, term: String, matches: Bool) throws {
        let matcher = WordMatcher(analyzer: try DanishAnalyzer(), compounds: SystemCompoundParts())
        #expect(matcher.matches(word, try QueryWords(.term(term))) == matches)
    }
}
