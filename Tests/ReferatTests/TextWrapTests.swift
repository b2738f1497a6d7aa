import Testing

@testable import Referat

@Suite("Text output wraps to the terminal")
struct TextWrapTests {
    @Test func linesKeepTheirIndentAndFitTheWidth() {
        let text = "Byrådet godkendte indstillingen med den ændring, at tilskuddet udbetales i to rater."
        let lines = TextWrap.lines(text, width: 40, indent: "   ")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("   ") && $0.count <= 40 })
        #expect(lines.joined(separator: " ").split(separator: " ").joined(separator: " ") == text)
    }

    @Test func stylingTakesNoWidthAndNoWidthMeansOneLine() {
        #expect(TextWrap.visibleLength("\u{1B}[1mBeslutning\u{1B}[0m") == 10)
        #expect(TextWrap.lines("a b c", width: nil, indent: "  ") == ["  a b c"])
    }

    @Test func aShortDecisionIsShownWholeAndALongOneCut() throws {
        let short = String(repeating: "Udvalget godkendte indstillingen. ", count: 10)
        let long = String(repeating: "Udvalget godkendte indstillingen. ", count: 40)
        var renderer = TextRenderer(style: TextStyle(enabled: false), width: 100)
        let hit = { (decision: String) in
            var stored = StoredItem(
                meeting: .init(committee: "Byråd", date: .init(year: 2022, month: 1, day: 14)!),
                item: .init(
                    number: "1",
                    title: "Budget",
                    sections: [.init(heading: "Beslutning", kind: .decision, text: decision)]
                ),
                source: "/x.txt"
            )
            stored.id = "x/byraad/2022-01-14/1"
            return SearchHit(stored: stored, rank: 1, score: 0, snippet: HighlightedText(marked: ""))
        }
        renderer.decisionLength = 300
        let shortLines = renderer.render(caseNumber: "1", items: [hit(short)])
        #expect(!shortLines.contains("…"))
        #expect(shortLines.contains("indstillingen."))
        let longLines = renderer.render(caseNumber: "1", items: [hit(long)])
        #expect(longLines.contains("…"))
    }
}

@Suite("Facet lines wrapped to the terminal")
struct FacetLineWrapTests {
    @Test func everyLineOfAResultFitsItsWidth() throws {
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(SearchRequest(query: "udvalget", limit: 3))
            let text = TextRenderer(style: TextStyle(enabled: false), width: 50).render(result)
            let lines = text.split(separator: "\n")
            #expect(lines.contains { $0.hasPrefix("Committees: ") })
            for line in lines { #expect(line.count <= 50, "\(line)") }
        }
    }
}
