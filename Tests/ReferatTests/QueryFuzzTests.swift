import Foundation
import Referat
import Testing

/// A seeded fuzz run of the query parser through the public search API, over an index of the shipped text minutes:
/// every mutated query either gives a result or a `SearchError`, never a crash or another kind of error.
///
/// `REFERAT_FUZZ_SEED` and `REFERAT_FUZZ_QUERIES` (default 1,500) give another or a longer run.
@Suite("Mutated queries never crash a search")
struct QueryFuzzTests {
    static let seed = ProcessInfo.processInfo.environment["REFERAT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 17
    static let count = ProcessInfo.processInfo.environment["REFERAT_FUZZ_QUERIES"].flatMap { Int($0) } ?? 1500

    @Test func mutatedQueriesGiveAResultOrASearchError() throws {
        try withSeedIndex { (searcher, _) throws in
            var mutation = QueryMutation(seed: Self.seed)
            var failures = 0
            for round in 0..<Self.count where failures < 5 {
                let query = mutation.next()
                if let problem = Self.problem(searching: query, with: searcher) {
                    Issue.record("query \(round) \(query.debugDescription): \(problem)")
                    failures += 1
                }
            }
        }
    }

    // What is wrong with how `searcher` answers `query`, as a search and as a case number; nil when nothing is.
    private static func problem(searching query: String, with searcher: Searcher) -> String? {
        do {
            let result = try searcher.search(SearchRequest(query: query, limit: 5))
            if result.hits.count > 5 { return "\(result.hits.count) hits for a limit of 5" }
            _ = try searcher.caseHistory(query)
            return nil
        } catch is SearchError {
            return nil
        } catch {
            return "threw \(type(of: error)), not SearchError: \(error)"
        }
    }
}
