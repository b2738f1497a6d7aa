import Foundation
import Minutes
import Referat
import Testing

/// Votes by party and absent members are multi-valued facets: filters, query fields and exact counts, on real
/// meetings of Greve's council.
@Suite("Votes and absences as facets")
struct MultiValuedFacetTests {
    /// Runs `body` with a searcher over an index of ``Project/greveCouncilMeetings``.
    private func withCouncilIndex(_ body: (Searcher) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let corpus = directory.appendingPathComponent("corpus")
            try Project.copyGreveCouncilMeetings(to: corpus)
            let index = directory.appendingPathComponent("index").path
            _ = try Indexer(databasePath: index).index(paths: [corpus.path])
            try body(try Searcher(databasePath: index))
        }
    }

    @Test func eachValueOfAMultiValuedFacetCountsEveryItemThatHasIt() throws {
        try withCouncilIndex { searcher in
            let all = try searcher.search(SearchRequest(limit: 1000))
            #expect(all.hits.count == all.total)
            let expected: [(Field, (SearchHit) -> [String])] = [
                (IndexSchema.votedFor, { $0.votes?.inFavour ?? [] }),
                (IndexSchema.votedAgainst, { $0.votes?.against ?? [] }),
                (IndexSchema.abstained, { $0.votes?.abstained ?? [] }),
                (IndexSchema.absent, { $0.absent }),
            ]
            for (facet, values) in expected {
                var counts: [String: Int] = [:]
                for hit in all.hits {
                    for value in values(hit) { counts[value, default: 0] += 1 }
                }
                #expect(!counts.isEmpty, "no \(facet) in Greve's council, so this proves nothing")
                let counted = Dictionary(uniqueKeysWithValues: all.counts(of: facet).map { ($0.value, $0.count) })
                #expect(counted == counts, "\(facet)")
            }
        }
    }

    @Test func votedAgainstKeepsTheItemsWhereThePartyVotedAgainst() throws {
        try withCouncilIndex { searcher in
            let request = SearchRequest(
                filters: [IndexSchema.votedAgainst: ["Ø"], IndexSchema.committee: ["byråd"]],
                limit: 1000
            )
            let result = try searcher.search(request)
            #expect(result.total > 0)
            #expect(result.hits.allSatisfy { $0.votes?.against.contains("Ø") == true })
            let facet = result.counts(of: IndexSchema.votedAgainst).first { $0.value == "Ø" }
            #expect(facet?.count == result.total)
            // The party's name, its letter in any case and the query fields in Danish and English agree.
            for other in [
                SearchRequest(filters: [IndexSchema.votedAgainst: ["Enhedslisten"]], limit: 1000),
                SearchRequest(query: "imod:ø", limit: 1000),
                SearchRequest(query: "against:Ø", limit: 1000),
            ] {
                #expect(try searcher.search(other).hits.map(\.id) == result.hits.map(\.id), "\(other)")
            }
        }
    }

    @Test func somethingThatIsNoPartyIsRefusedNotFoundEmpty() throws {
        try withCouncilIndex { searcher in
            let error = #expect(throws: SearchError.self) {
                try searcher.search(SearchRequest(filters: [IndexSchema.votedAgainst: ["Zzz"]]))
            }
            let message = error?.description ?? ""
            #expect(message.hasPrefix("no party voting against in the index matches \"Zzz\"; known: "), "\(message)")
            #expect(message.contains("Ø"), "\(message)")
            #expect(throws: SearchError.self) { try searcher.search(SearchRequest(query: "imod:nogen")) }
        }
    }

    @Test func aPartOfAnAbsentMembersNameFindsTheMemberAndSaysWhichNameItMatched() throws {
        try withCouncilIndex { searcher in
            let result = try searcher.search(SearchRequest(filters: [IndexSchema.absent: ["genning"]], limit: 1000))
            #expect(result.total > 0)
            #expect(result.matchedFilters[IndexSchema.absent] == ["Marc Genning"])
            #expect(result.hits.allSatisfy { $0.absent.contains("Marc Genning") })
            #expect(throws: SearchError.self) {
                try searcher.search(SearchRequest(filters: [IndexSchema.absent: ["Nobody Of That Name"]]))
            }
        }
    }

    @Test(arguments: ["dato:2023-05-15", "dato:2023-05", "dato:\"maj 2023\"", "date:2023-05..2023-05-31"])
    func aDateFieldTakesADayAMonthOrARange(query: String) throws {
        try withCouncilIndex { searcher in
            let result = try searcher.search(SearchRequest(query: query, limit: 1000))
            #expect(result.total > 0)
            #expect(result.hits.allSatisfy { $0.date == "2023-05-15" })
            #expect(result.total == result.counts(of: IndexSchema.year).first?.count)
        }
    }

    @Test func aDateFilterFindsWhatTheDateFieldFinds() throws {
        try withCouncilIndex { searcher in
            let field = try searcher.search(SearchRequest(query: "dato:2023-05", limit: 1000))
            let filter = try searcher.search(SearchRequest(filters: [IndexSchema.date: ["2023-05"]], limit: 1000))
            #expect(filter.total > 0)
            #expect(filter.hits.map(\.id) == field.hits.map(\.id))
            #expect(throws: SearchError.self) {
                try searcher.search(SearchRequest(filters: [IndexSchema.date: ["2023-13"]]))
            }
        }
    }

    @Test func aDateThatIsNoDateIsAMalformedQuery() throws {
        try withCouncilIndex { searcher in
            #expect(throws: SearchError.self) { try searcher.search(SearchRequest(query: "dato:2023-13")) }
            #expect(throws: SearchError.self) { try searcher.search(SearchRequest(query: "dato:2023..2022")) }
        }
    }
}
