import Foundation
import Testing

@testable import Referat

@Suite("Snippet windows")
struct SnippetWindowTests {
    /// A whole set of real minutes as one long text (18 kB), so words sit far apart.
    private let text: String

    init() throws {
        text = try String(contentsOf: Project.haderslev, encoding: .utf8)
    }

    @Test func aShortTextIsItsOwnWindow() {
        let short = "Udvalget godkendte lokalplanen."
        let window = SnippetWindow(of: short, around: ["lokalplan"])
        #expect(window.text == short[...])
        #expect(!window.cutBefore && !window.cutAfter)
    }

    @Test func aLongTextIsCutAroundTheFirstQueryWord() throws {
        let window = SnippetWindow(of: text, around: ["sygedagpeng"])
        let first = try #require(text.range(of: "sygedagpeng", options: .caseInsensitive))
        let offset = text.utf8.distance(from: text.startIndex, to: first.lowerBound)
        // The word sits beyond the first window, or this test would mean nothing.
        #expect(offset > SnippetWindow.length)
        #expect(window.text.lowercased().contains("sygedagpeng"))
        #expect(window.text.utf8.count <= SnippetWindow.length)
        #expect(window.cutBefore && window.cutAfter)
        // The window leads into the word by at most `lead` bytes and is cut between words.
        let lead = try #require(window.text.lowercased().range(of: "sygedagpeng"))
        #expect(window.text.utf8.distance(from: window.text.startIndex, to: lead.lowerBound) <= SnippetWindow.lead)
        #expect(text.contains(" " + window.text + " "))
    }

    @Test func aStemFindsItsCapitalisedInflectedForm() {
        // "Ankestyrelsen" first appears as a heading, capitalised.
        let window = SnippetWindow(of: text, around: ["ankestyrels"])
        #expect(window.text.contains("Ankestyrelsen"))
    }

    @Test func theEarliestOfSeveralWordsWins() throws {
        let late = SnippetWindow(of: text, around: ["sygedagpeng"])
        let both = SnippetWindow(of: text, around: ["sygedagpeng", "ankestyrels"])
        #expect(both.text != late.text)
        #expect(both.text.contains("Ankestyrelsen"))
    }

    @Test func withNoQueryWordInTheTextTheWindowIsItsStart() {
        let window = SnippetWindow(of: text, around: ["xyzzy"])
        #expect(!window.cutBefore && window.cutAfter)
        #expect(text.hasPrefix(window.text))
    }

    @Test func aWordInsideAnotherWordIsNotAnOccurrence() {
        let padded = String(repeating: "forslag ", count: 300) + "slag"
        let window = SnippetWindow(of: padded, around: ["slag"])
        #expect(window.text.hasSuffix("slag") && window.cutBefore && !window.cutAfter)
    }
}
