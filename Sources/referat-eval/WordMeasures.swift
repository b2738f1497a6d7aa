import Foundation
import Referat

/// The set-based compound measures and precision@10 of ``WordJudgments`` on one index.
///
/// Unlike recall@10 these are not capped by the page: a compound query's recall is over its whole result.
struct WordMeasures {
    /// One compound-part query's scores.
    struct CompoundScore {
        /// The query's name.
        var id: String
        /// Items that have the word only inside real compounds.
        var compoundOnly: Int
        /// The share of those the query returns.
        var recall: Double
        /// Items returned.
        var returned: Int
        /// Returned items that have the word only through a false split.
        var falseHits: Int
        /// The compounds of the compound-only items the query missed, with how many of those items have each.
        var missed: [String: Int]
        /// The false splits of the returned items that have the word only through one, likewise.
        var falselySplit: [String: Int]
    }

    /// One over-stemming query's scores.
    struct PrecisionScore {
        /// The query's name.
        var id: String
        /// Hits in the first ten.
        var top: Int
        /// The share of them that hold the query's lexeme; 1 when there are none.
        var precision: Double
    }

    /// The words (lower-case letter runs) of every item's title and text, by item id.
    static func itemWords(_ searcher: Searcher) throws -> [String: Set<String>] {
        let all = try searcher.search(SearchRequest(limit: 1_000_000))
        var words: [String: Set<String>] = [:]
        for hit in all.hits {
            let text = (hit.title + "\n" + hit.text).lowercased()
            words[hit.id] = Set(text.split { !$0.isLetter }.map(String.init))
        }
        return words
    }

    /// The scores of `query` on the items the searcher finds.
    static func score(
        _ query: WordJudgments.CompoundQuery,
        searcher: Searcher,
        items: [String: Set<String>],
        vocabulary: Set<String>
    ) throws -> CompoundScore {
        let roles = try query.roles(in: vocabulary)
        var compoundOnly: Set<String> = []
        var falseOnly: Set<String> = []
        for (id, words) in items {
            let found = Set(words.compactMap { roles[$0] })
            if found.contains(.form) { continue }
            if found.contains(.compound) {
                compoundOnly.insert(id)
            } else if found.contains(.falseSplit) {
                falseOnly.insert(id)
            }
        }
        let returned = Set(try searcher.search(SearchRequest(query: query.query, limit: items.count)).hits.map(\.id))
        func words(of ids: Set<String>, _ role: WordRole) -> [String: Int] {
            var counts: [String: Int] = [:]
            for id in ids {
                for word in items[id, default: []] where roles[word] == role { counts[word, default: 0] += 1 }
            }
            return counts
        }
        return CompoundScore(
            id: query.id,
            compoundOnly: compoundOnly.count,
            recall: compoundOnly.isEmpty
                ? 1 : Double(compoundOnly.intersection(returned).count) / Double(compoundOnly.count),
            returned: returned.count,
            falseHits: falseOnly.intersection(returned).count,
            missed: words(of: compoundOnly.subtracting(returned), .compound),
            falselySplit: words(of: falseOnly.intersection(returned), .falseSplit)
        )
    }

    /// Precision@10 of `query`.
    static func score(
        _ query: WordJudgments.PrecisionQuery,
        searcher: Searcher,
        items: [String: Set<String>]
    ) throws -> PrecisionScore {
        let relevant = try WordPattern(query.relevant)
        let top = try searcher.search(SearchRequest(query: query.query, limit: 10)).hits.map(\.id)
        let good = top.filter { items[$0, default: []].contains(where: relevant.matches) }
        return PrecisionScore(
            id: query.id,
            top: top.count,
            precision: top.isEmpty ? 1 : Double(good.count) / Double(top.count)
        )
    }
}
