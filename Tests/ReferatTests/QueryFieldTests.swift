import Referat
import Testing

/// Query fields normalise what is typed as the indexer normalised what it stored, in Danish and in English.
@Suite("Query fields")
struct QueryFieldTests {
    @Test func aFieldFindsTheSameItemsHoweverItsValueIsTyped() throws {
        try withSeedIndex { searcher, _ in
            func ids(_ query: String) throws -> [String] {
                try searcher.search(SearchRequest(query: query, sort: .date, limit: 100)).hits.map(\.id)
            }
            let committee = try ids("udvalg:\"Beskæftigelse- og Borgerserviceudvalget\"")
            #expect(committee.count == 10)
            for typed in [
                "udvalg:\"beskæftigelse – og  borgerserviceudvalget\"",
                "Udvalg:\"BESKÆFTIGELSE OG BORGERSERVICEUDVALGET\"",
                "committee:\"Beskæftigelse- og Borgerserviceudvalget\"",
            ] {
                #expect(try ids(typed) == committee, "\(typed)")
            }
            let onCase = try ids("sag:15.00.00-P00-2-22")
            #expect(onCase.count == 1)
            #expect(try ids("case:\"15.00.00 - P00-2-22\"") == onCase)
            #expect(try ids("SAG:15.00.00-p00-2-22") == onCase)
            #expect(try ids("år:2022").count == 10)
            #expect(try ids("year:2022") == ids("år:2022"))
        }
    }
}
