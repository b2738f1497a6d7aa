import Foundation
import Referat
import Testing

/// referat's Danish analysis on the real seed minutes, each case next to plain Xapian stemming (the baseline).
@Suite("Danish analysis")
struct AnalysisTests {
    /// Items (by number) that `query` finds with each analysis.
    private func items(_ request: SearchRequest) throws -> (baseline: [String], referat: [String]) {
        let baseline = try withSeedIndex(analysis: .baseline) { (searcher, _) throws in
            try searcher.search(request).hits.map(\.item)
        }
        let referat = try withSeedIndex { (searcher, _) throws in try searcher.search(request).hits.map(\.item) }
        return (baseline, referat)
    }

    @Test(
        "A word finds the items where it occurs inside a compound",
        arguments: [
            ("kontanthjælp", "27", false),  // Hedensted: kontanthjælpsloftet (and kontanthjælp once)
            ("sygedagpenge", "92", true),  // Haderslev: only sygedagpengeindsatsen
            ("ukraine", "92", true),  // Haderslev: only Ukraineindsatsen
            ("jobafklaring", "24", false),  // Hedensted: Jobafklaringsforløbssager (and Jobafklaring once)
        ]
    )
    func compoundParts(word: String, item: String, onlyInCompound: Bool) throws {
        let found = try items(SearchRequest(query: word, limit: 50))
        #expect(found.referat.contains(item))
        if onlyInCompound { #expect(!found.baseline.contains(item)) }
    }

    @Test("Nonsense parts find nothing: valg is not in udvalget, slag is not in forslag")
    func noNonsenseParts() throws {
        try withSeedIndex { (searcher, _) throws in
            #expect(try searcher.search(SearchRequest(query: "udvalget")).total > 0)
            #expect(try searcher.search(SearchRequest(query: "forslag")).total > 0)
            // Nothing matches as typed; what is shown is a spelling correction, said to be one.
            for word in ["valg", "slag"] {
                let result = try searcher.search(SearchRequest(query: word))
                #expect(result.corrected || result.total == 0, "\(word)")
                #expect(result.suggestion != word)
            }
        }
    }

    @Test("An item using the word itself ranks above one that has it only inside a compound")
    func exactWordsRankFirst() throws {
        try withSeedIndex { (searcher, _) throws in
            // Item 94 is about Ukraine; item 92 only mentions Ukraineindsatsen.
            let hits = try searcher.search(
                SearchRequest(query: "ukraine", filters: [IndexSchema.municipality: ["haderslev"]])
            ).hits
            #expect(hits.map(\.item) == ["94", "92"])
        }
    }

    @Test("aa, ae and oe spellings find æ, ø and å")
    func folding() throws {
        let request = SearchRequest(query: "kontanthjaelpsmodtagere beskaeftigelse")
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(request)
            #expect(!result.corrected)
            #expect(result.hits.first?.item == "89")
        }
        try withSeedIndex(analysis: .baseline) { (searcher, _) throws in
            let result = try searcher.search(request)
            #expect(result.corrected || result.total == 0)
        }
    }

    @Test("A phrase finds inflected forms, and the exact phrase ranks first")
    func inflectedPhrases() throws {
        // Item 91 says "budgetopfølgningen efter august".
        let inflected = try items(SearchRequest(query: "\"budgetopfølgning efter august\""))
        #expect(inflected.baseline.isEmpty)
        #expect(inflected.referat == ["91"])
        let exact = try items(SearchRequest(query: "\"aktivitetsparate kontanthjælpsmodtagere\""))
        #expect(exact.referat.first == "89")
    }

    @Test(
        "Abbreviations common in minutes find what they stand for",
        arguments: [
            ("STAR", ["89", "94", "95"]),  // Styrelsen for Arbejdsmarked og Rekruttering
            ("KL", ["90", "95"]),  // Kommunernes Landsforening
        ]
    )
    func thesaurus(query: String, expected: [String]) throws {
        let found = try items(
            SearchRequest(query: query, filters: [IndexSchema.municipality: ["haderslev"]], limit: 20)
        )
        #expect(Set(expected).isSubset(of: Set(found.referat)))
        #expect(found.baseline.count < found.referat.count)
    }

    @Test("Committee names match without their dashes and through the thesaurus")
    func committeeNames() throws {
        try withSeedIndex { (searcher, _) throws in
            let typed = ["Beskæftigelse og Borgerserviceudvalget", "beskæftigelse–og borgerserviceudvalget"]
            for name in typed {
                #expect(
                    try searcher.search(SearchRequest(filters: [IndexSchema.committee: [name]])).total == 10,
                    "\(name)"
                )
            }
            #expect(
                try searcher.search(SearchRequest(query: "udvalg:\"Beskæftigelse og Borgerserviceudvalget\"")).total
                    == 10
            )
        }
    }

    @Test func anIndexKeepsItsAnalysis() throws {
        try withSeedCorpus { (corpus, index) throws in
            _ = try Indexer(databasePath: index, analysis: .baseline).index(paths: [corpus.path])
            #expect(throws: IndexError.self) { try Indexer(databasePath: index, analysis: .referat) }
            #expect(
                try Indexer(databasePath: index, rebuild: true, analysis: .referat).index(paths: [corpus.path]).items
                    == 24
            )
        }
    }

    /// Items of two Greve meetings that say `projekter` (also in `anlægsprojekter`), `priser` or `vurderer`, and no
    /// other form of the word.
    @Test(
        "A word finds its form that hunspell also reads otherwise: a noun's plural, a verb's present tense",
        arguments: [
            ("projekt", "greve-kommune/beskaeftigelses-og-erhvervsudvalget/2022-08-15/4"),  // not projektere
            ("pris", "greve-kommune/beskaeftigelses-og-erhvervsudvalget/2022-08-15/4"),  // priser, not prise
            ("vurdere", "greve-kommune/beskaeftigelses-og-erhvervsudvalget/2022-09-12/6"),  // not the noun vurderer
        ]
    )
    func formsReadTwoWaysAreFound(word: String, item: String) throws {
        try withTemporaryDirectory { directory in
            let index = directory.appendingPathComponent("index").path
            let meetings = ["2022-08-15", "2022-09-12"].map {
                Project.corpus.appendingPathComponent("greve/greve_beskaeftigelses-og-erhvervsudvalget_\($0).json").path
            }
            _ = try Indexer(databasePath: index).index(paths: meetings)
            let result = try Searcher(databasePath: index).search(SearchRequest(query: word, limit: 100))
            let (corrected, ids) = (result.corrected, result.hits.map(\.id))
            // Not through a spelling correction, which a search that finds nothing shows instead.
            #expect(!corrected, "\(word)")
            #expect(ids.contains(item), "\(word)")
        }
    }
}
