import Foundation
import Testing

@testable import Referat

@Suite("What one search may cost")
struct SearchLimitsTests {
    /// Runs `body` with a searcher over the seed minutes that keeps within `limits`.
    private func withSearcher(_ limits: SearchLimits, _ body: (Searcher) throws -> Void) throws {
        try withSeedIndex { _, directory in
            try body(try Searcher(databasePath: directory.appendingPathComponent("index").path, limits: limits))
        }
    }

    @Test func aQueryLongerThanTheLimitIsRefusedInOneLine() throws {
        try withSearcher(SearchLimits()) { (searcher) throws in
            let long = String(repeating: "budget ", count: 200)
            #expect(throws: SearchError.queryTooLong(field: nil, length: 1400, limit: 1000)) {
                try searcher.search(SearchRequest(query: long))
            }
            #expect(
                SearchError.queryTooLong(field: nil, length: 1400, limit: 1000).description
                    == "the query is 1400 characters long; at most 1000 are allowed"
            )
            let atTheLimit = String(repeating: "budget ", count: 142) + "budget"
            #expect(try searcher.search(SearchRequest(query: atTheLimit)).total > 0)
        }
    }

    @Test func aFilterValueLongerThanTheLimitIsRefused() throws {
        try withSearcher(SearchLimits(queryLength: 20)) { (searcher) throws in
            let request = SearchRequest(filters: [IndexSchema.committee: [String(repeating: "udvalg", count: 4)]])
            #expect(throws: SearchError.queryTooLong(field: IndexSchema.committee, length: 24, limit: 20)) {
                try searcher.search(request)
            }
        }
    }

    @Test func moreWildcardsThanTheLimitAreRefused() throws {
        try withSearcher(SearchLimits(wildcards: 3)) { (searcher) throws in
            #expect(throws: SearchError.tooManyWildcards(count: 4, limit: 3)) {
                try searcher.search(SearchRequest(query: "bud* OR kont* OR sank* OR ukr*"))
            }
            #expect(try searcher.search(SearchRequest(query: "bud* OR kont* OR sank*")).total > 0)
        }
    }

    @Test(arguments: [
        ("budget*", 1), ("a* b* c*", 3), ("*", 0), ("3*", 1), ("\"x *\"", 0), ("titel:bud* -øk*", 2), ("æ**", 1),
    ])
    func wildcardsAreCountedAsTheParserSeesThem(query: String, count: Int) {
        #expect(SearchLimits.wildcardCount(in: query) == count)
    }

    @Test func aWildcardStandsForItsMostFrequentWordsUpToTheLimit() throws {
        // Of the five words starting "kontanthjælp" in three items, "kontanthjælpsmodtagere" is in two.
        try withSearcher(SearchLimits()) { (searcher) throws in
            #expect(try searcher.search(SearchRequest(query: "kontanthjælp*")).total == 3)
        }
        try withSearcher(SearchLimits(wildcardWords: 1)) { (searcher) throws in
            let result = try searcher.search(SearchRequest(query: "kontanthjælp*"))
            #expect(result.total == 2)
            #expect(result.hits.allSatisfy { $0.snippet.plain.lowercased().contains("kontanthjælpsmodtagere") })
        }
    }

    @Test func countingCutShortSaysItsCountsAreEstimatesAndStillGivesTheHits() throws {
        try withSearcher(SearchLimits(countingTime: .nanoseconds(1))) { (searcher) throws in
            let result = try searcher.search(SearchRequest(query: "budget", limit: 3))
            #expect(result.timeLimited)
            #expect(result.hits.count == 3)
            let text = TextRenderer(style: TextStyle(enabled: false)).render(result)
            #expect(text.contains("Counting took too long and was cut short: the total and the counts are estimates"))
            let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(result).utf8)) as? [String: Any]
            #expect(json?["time_limited"] as? Bool == true)
        }
        try withSearcher(SearchLimits(countingTime: nil)) { (searcher) throws in
            let result = try searcher.search(SearchRequest(query: "budget", limit: 3))
            #expect(!result.timeLimited)
            #expect(!TextRenderer(style: TextStyle(enabled: false)).render(result).contains("estimates"))
        }
    }
}
