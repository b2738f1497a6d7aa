import XapianKit

/// How a ``Searcher`` counts every match exactly for a search's total and facets.
enum FacetCounting {
    /// From the index's facet table, in the search itself.
    case table(ValueTable)
    /// From each shard's facet table, in one counting search per shard; the search over all shards then only ranks.
    /// Xapian hands a match spy each match with its own shard's document id, so one search over the combination
    /// cannot look matches up in the shards' tables.
    case shards([(database: Database, table: ValueTable)])
    /// From the items' values, in the search itself: an index or shard without a current facet table, a stub file,
    /// remote shards.
    case values

    /// The quickest way that is exact for `database`, the combination of `parts` (see
    /// ``IndexLocation/openWithShards()``).
    static func choose(for database: Database, parts: [Database]) -> FacetCounting {
        // A damaged or stale table only costs speed: the values are still there to count.
        if let table = try? database.valueTable(forKey: IndexSchema.Metadata.facetTable) { return .table(table) }
        guard parts.count > 1 else { return .values }
        var shards: [(database: Database, table: ValueTable)] = []
        for part in parts {
            guard let table = try? part.valueTable(forKey: IndexSchema.Metadata.facetTable) else { return .values }
            shards.append((part, table))
        }
        return .shards(shards)
    }

    /// Asks `enquire` to count every facet of its matches, the way this counting says (a facet table or the
    /// values; not shards, which count on their own).
    func prepare(_ enquire: Enquire) {
        if case .table(let table) = self {
            enquire.countValues(from: table)
        } else {
            for slot in IndexSchema.facetSlots { enquire.countValues(slot: slot) }
        }
    }

    /// The total and facets of `query` over `shards`, each counted from its own table: exact, unless a shard's
    /// counting ran past `timeLimit` (`exact` is then false).
    static func count(
        _ query: Query,
        in shards: [(database: Database, table: ValueTable)],
        timeLimit: Duration?
    ) throws -> (total: Int, facets: [Field: [SearchResult.FacetCount]], exact: Bool) {
        var total = 0
        var exact = true
        var tally = FacetTally()
        for shard in shards {
            let counter = Enquire(database: shard.database)
            counter.setQuery(query)
            counter.countValues(from: shard.table)
            counter.weighsMatches = false
            counter.timeLimit = timeLimit
            let counted = try counter.mset(offset: 0, limit: 0, checkAtLeast: shard.database.documentCount)
            total += counted.matchesEstimated
            exact = exact && counted.matchesLowerBound == counted.matchesUpperBound
            tally.add(from: counter)
        }
        return (total, tally.facets, exact)
    }
}
