import Foundation
import Testing

@testable import Referat

@Suite("Highlighted snippets")
struct HighlightedTextTests {
    private let marked = "Budget \u{E000}2024\u{E001} for <børn> & \"unge\" – 'ø' \u{E000}æ\u{E001}\u{E000}\u{E001}"

    @Test func htmlEscapesTheTextAndMarksTheMatches() {
        let text = HighlightedText(marked: marked)
        #expect(
            text.html
                == "Budget <mark>2024</mark> for &lt;børn&gt; &amp; &quot;unge&quot; – &#39;ø&#39; <mark>æ</mark><mark></mark>"
        )
        #expect(text.plain == "Budget 2024 for <børn> & \"unge\" – 'ø' æ")
        #expect(text.render(open: "[", close: "]") == "Budget [2024] for <børn> & \"unge\" – 'ø' [æ][]")
    }

    @Test func otherPrivateUseCharactersStay() {
        // U+E002 shares its first UTF-8 bytes with the marks.
        let text = HighlightedText(marked: "a\u{E002}b\u{E000}c\u{E001}\u{E0FF}")
        #expect(text.html == "a\u{E002}b<mark>c</mark>\u{E0FF}")
    }

    @Test func whitespaceCollapsesAsSplittingOnItWould() throws {
        // Real minutes: newlines, blank lines, tabs and non-breaking spaces.
        let text = try String(contentsOf: Project.haderslev, encoding: .utf8) + " \u{A0}x\r\n\u{2028}y\t "
        #expect(text.contains("\n\n"))
        let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(HighlightedText.collapsingWhitespace(text) == expected)
        #expect(HighlightedText.collapsingWhitespace("  \n ") == "")
    }
}
