import Foundation
import Referat
import Testing

@Suite("Searching the seed minutes")
struct SearchTests {
    @Test func aWordFindsTheItemAboutIt() throws {
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(SearchRequest(query: "kontanthjælpsmodtagere"))
            let first = try #require(result.hits.first)
            #expect(first.municipality == "Haderslev Kommune")
            #expect(first.item == "89")
            #expect(first.title == "Tema - indsatsen for aktivitetsparate kontanthjælpsmodtagere")
            #expect(first.caseNumber == "22/18533")
            #expect(first.decision == "Drøftet.")
            #expect(first.snippet.html.contains("<mark>"))
        }
    }

    @Test func danishStemmingMatchesOtherForms() throws {
        try withSeedIndex { (searcher, _) throws in
            // "budgetopfølgningen" and "budgetopfølgning" share the stem; item 91 has both.
            let result = try searcher.search(SearchRequest(query: "budgetopfølgningen"))
            #expect(result.hits.map(\.item).contains("91"))
        }
    }

    @Test(arguments: [
        ("titel:budgetopfølgning", ["91"]),
        ("beslutning:udsat", ["90"]),
        ("beslutning:udsættes", ["23", "88"]),
        ("sag:21/24526", ["88", "95", "96", "97"]),
        ("SAG:21/24526", ["88", "95", "96", "97"]),
        ("Sag:21/24526", ["88", "95", "96", "97"]),
        ("sag:15.00.00-a00-9-23", ["21", "22", "23", "24"]),
        ("15.00.00-A00-9-23", ["21", "22", "23", "24"]),
        ("21/24526", ["88", "95", "96", "97"]),
        ("udvalg:\"udvalget for beskæftigelse\" kontanthjælpsloftet", ["27"]),
        ("kommune:\"Haderslev Kommune\" ukraine", ["92", "94"]),
        ("\"aktivitetsparate kontanthjælpsmodtagere\" år:2022", ["89"]),
        ("sanktioner IKKE jobafklaring år:2023", ["23"]),
        ("sanktioner IKKE jobafklaring ÅR:2023", ["23"]),
        ("sanktioner IKKE jobafklaring År:2023", ["23"]),
    ])
    func queriesFindTheItemsTheyName(query: String, items: [String]) throws {
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(SearchRequest(query: query, limit: 50))
            #expect(result.hits.map(\.item).sorted() == items.sorted())
            #expect(result.total == items.count)
        }
    }

    @Test func dateRangesAcceptYearsAndMonths() throws {
        try withSeedIndex { (searcher, _) throws in
            #expect(try searcher.search(SearchRequest(query: "dato:2022-09..2022-09")).total == 10)
            #expect(try searcher.search(SearchRequest(query: "dato:2023..2023")).total == 14)
            #expect(try searcher.search(SearchRequest(query: "dato:2022-09-16..2023-03-06")).total == 0)
            let fromMarch = SearchRequest(from: DateBound("2023-03"), to: DateBound("2023"))
            #expect(try searcher.search(fromMarch).total == 14)
        }
    }

    @Test func filtersAloneSelectNewestFirst() throws {
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(
                SearchRequest(filters: [IndexSchema.committee: ["beskæftigelse"]], limit: 30)
            )
            #expect(result.total == 24)
            #expect(result.hits.first?.date == "2023-03-07")
            #expect(result.hits.last?.date == "2022-09-15")
            #expect(result.counts(of: IndexSchema.committee).map(\.count).reduce(0, +) == 24)
            #expect(
                result.counts(of: IndexSchema.year) == [
                    .init(value: "2023", count: 14), .init(value: "2022", count: 10),
                ]
            )
        }
    }

    @Test func optionsFilterByMunicipalityCaseAndStatus() throws {
        try withSeedIndex { (searcher, _) throws in
            #expect(try searcher.search(SearchRequest(filters: [IndexSchema.municipality: ["hedensted"]])).total == 14)
            #expect(
                try searcher.search(SearchRequest(filters: [IndexSchema.caseNumber: [" 15.00.00-P00-2-22 "]])).hits.map(
                    \.item
                ) == ["25"]
            )
            let closed = try searcher.search(SearchRequest(closed: true))
            #expect(closed.hits.map(\.title) == ["Budgetreduktioner som følge af delaftale 2"])
            #expect(try searcher.search(SearchRequest(closed: false)).total == 23)
            let absent = try searcher.search(
                SearchRequest(filters: [IndexSchema.absent: ["jon  KRONGAARD"]], limit: 20)
            )
            #expect(absent.total == 10)
            #expect(absent.hits.allSatisfy { $0.municipality == "Haderslev Kommune" })
        }
    }

    @Test func facetCountsAreExactAcrossAllMatches() throws {
        try withSeedIndex { (searcher, _) throws in
            let result = try searcher.search(SearchRequest(query: "beskæftigelse", limit: 1))
            #expect(result.hits.count == 1)
            #expect(result.total > 1)
            #expect(result.counts(of: IndexSchema.municipality).map(\.count).reduce(0, +) == result.total)
            #expect(result.counts(of: IndexSchema.year).map(\.count).reduce(0, +) == result.total)
        }
    }

    /// A phrase search counts its matches apart from ranking them (the exact phrases only rank): the total and the
    /// facets must still be those of the hits it ranks, every one of them.
    @Test func phraseSearchesCountTheHitsTheyRank() throws {
        try withTemporaryDirectory { (directory) throws in
            let shipped = Project.corpus.appendingPathComponent("greve")
            let corpus = directory.appendingPathComponent("greve")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            let all = try FileManager.default.contentsOfDirectory(atPath: shipped.path).sorted()
            for name in stride(from: 0, to: all.count, by: 6).map({ all[$0] }) {
                try FileManager.default.copyItem(
                    at: shipped.appendingPathComponent(name),
                    to: corpus.appendingPathComponent(name)
                )
            }
            let index = directory.appendingPathComponent("index").path
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            let searcher = try Searcher(databasePath: index)
            for query in ["\"til efterretning\"", "\"lokalplan for\"", "\"budget 2024\" økonomi", "\"børn og unge\""] {
                let all = try searcher.search(SearchRequest(query: query, limit: 10_000))
                #expect(all.total > 5, "\(query)")
                #expect(all.hits.count == all.total, "\(query)")
                func counts(_ values: [String]) -> [String: Int] {
                    values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
                }
                func counts(_ facet: [SearchResult.FacetCount]) -> [String: Int] {
                    Dictionary(uniqueKeysWithValues: facet.map { ($0.value, $0.count) })
                }
                #expect(counts(all.counts(of: IndexSchema.committee)) == counts(all.hits.map(\.committee)), "\(query)")
                #expect(
                    counts(all.counts(of: IndexSchema.year)) == counts(all.hits.map { String($0.date.prefix(4)) }),
                    "\(query)"
                )
                let page = try searcher.search(SearchRequest(query: query, offset: 2, limit: 3))
                #expect(page.total == all.total, "\(query)")
                #expect(page.facets == all.facets, "\(query)")
                #expect(page.hits.map(\.id) == all.hits[2..<5].map(\.id), "\(query)")
            }
        }
    }

    @Test func unknownNamesAndBadSyntaxGetClearErrors() throws {
        try withSeedIndex { (searcher, _) throws in
            #expect(throws: SearchError.self) { try searcher.search(SearchRequest(query: "udvalg AND")) }
            do {
                _ = try searcher.search(SearchRequest(query: "udvalg AND"))
            } catch let error as SearchError {
                guard case .malformedQuery(_, let reason) = error else {
                    Issue.record("expected malformedQuery, got \(error)")
                    return
                }
                #expect(!reason.isEmpty)
            }
            #expect(
                throws: SearchError.unknownValue(
                    field: IndexSchema.committee,
                    value: "Teknik- og Miljøudvalget",
                    known: [
                        "Beskæftigelse- og Borgerserviceudvalget", "Udvalget for Beskæftigelse",
                    ]
                )
            ) {
                try searcher.search(SearchRequest(filters: [IndexSchema.committee: ["Teknik- og Miljøudvalget"]]))
            }
        }
    }

    @Test func aMissingIndexIsNamed() throws {
        try withTemporaryDirectory { (directory) throws in
            let path = directory.appendingPathComponent("nowhere").path
            #expect(throws: SearchError.indexNotFound(path: path)) { try Searcher(databasePath: path) }
        }
    }

    @Test func aMisspellingGetsASuggestionOnlyWhenItFindsLittle() throws {
        try withSeedIndex { (searcher, _) throws in
            // Nothing matches as typed, so the correction's hits are shown, and said to be.
            let misspelt = try searcher.search(SearchRequest(query: "kontanthjælpsmodtgere"))
            #expect(misspelt.suggestion == "kontanthjælpsmodtagere")
            #expect(misspelt.corrected)
            #expect(misspelt.hits.first?.item == "89")
            #expect(try searcher.search(SearchRequest(query: "beskæftigelse")).suggestion == nil)
            // Found twice: a correction is offered only when it would find more.
            #expect(
                try searcher.search(
                    SearchRequest(query: "sanktioner", filters: [IndexSchema.municipality: ["hedensted"]])
                ).suggestion == nil
            )
        }
    }

    @Test func aCaseHistoryListsItsItemsOldestFirst() throws {
        try withSeedIndex { (searcher, _) throws in
            let items = try searcher.caseHistory("21/24526")
            #expect(items.map(\.item) == ["88", "95", "96", "97"])
            #expect(items.allSatisfy { $0.municipality == "Haderslev Kommune" && $0.date == "2022-09-15" })
            #expect(items.first?.decision?.hasPrefix("Godkendt.") == true)
        }
    }
}
