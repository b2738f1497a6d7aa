import Foundation
import Referat
import Testing

/// Acadre's publishing XML, case numbers in every style and committees published in capitals, through the index.
@Suite("Acadre minutes and case numbers in the index")
struct AcadreIndexTests {
    static let acadre = Project.root.appendingPathComponent(
        "Tests/MinutesTests/Fixtures/acadre/syddjurs_forretningsudvalget_2023-06-12.acadre.xml"
    )

    // The Acadre meeting (committee in capitals) and a text meeting of the same committee written normally.
    private func withIndex(_ body: (Searcher) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let corpus = directory.appendingPathComponent("syddjurs")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.acadre, to: corpus.appendingPathComponent("fu.xml"))
            try """
            Referat
            Forretningsudvalget
            Mødedato: 8. maj 2023

            Punkt 1: Lokalplan for boliger ved Ebeltoft Vig
            Sagsnummer: EMN-2024-001234

            Beslutning
            Anbefales.
            """.write(to: corpus.appendingPathComponent("fu-2023-05-08.txt"), atomically: true, encoding: .utf8)
            let index = directory.appendingPathComponent("index").path
            let summary = try Indexer(databasePath: index).index(paths: [corpus.path])
            #expect(summary.failures.isEmpty)
            #expect(summary.documentCount == 6)
            try body(try Searcher(databasePath: index))
        }
    }

    @Test func anAcadreFileIsIndexedItemByItem() throws {
        try withIndex { (searcher) throws in
            let found = try searcher.search(SearchRequest(query: "festuge"))
            #expect(found.hits.map(\.title) == ["Ansøgning om tilskud til Ebeltoft Festuge 2023"])
            #expect(found.hits.first?.municipality == "Syddjurs Kommune")
            #expect(try searcher.search(SearchRequest(query: "\"Tomt indhold\"")).total == 0)
        }
    }

    @Test func aCommitteeInCapitalsIsOneFacetValueWithTheNormalName() throws {
        try withIndex { (searcher) throws in
            let all = try searcher.search(SearchRequest(limit: 100))
            let counts = all.counts(of: IndexSchema.committee).map { "\($0.value) \($0.count)" }
            #expect(counts == ["Forretningsudvalget 6"])
            let filtered = try searcher.search(SearchRequest(filters: [IndexSchema.committee: ["Forretningsudvalget"]]))
            #expect(filtered.total == 6)
        }
    }

    @Test(arguments: [
        ("00.01.00-P20-1-22", "Godkendelse af dagsorden"),
        ("EMN-2024-001234", "Lokalplan for boliger ved Ebeltoft Vig"),
        ("22-013992", "Salg af erhvervsgrund i Rønde"),
        ("23/4521", "Ansøgning om tilskud til Ebeltoft Festuge 2023"),
        ("sag:00.30.10-S55-1-23", "Budgetopfølgning pr. 31. maj 2023"),
    ])
    func aCaseNumberTypedInAQueryFindsItsItem(query: String, title: String) throws {
        try withIndex { (searcher) throws in
            #expect(try searcher.search(SearchRequest(query: query)).hits.map(\.title) == [title])
        }
    }

    @Test func aDateTypedInAQueryIsNoCaseNumber() throws {
        try withIndex { (searcher) throws in
            // The decision headings print the date; as a case number it would find nothing.
            #expect(try searcher.search(SearchRequest(query: "12-06-2023")).total > 0)
        }
    }
}
