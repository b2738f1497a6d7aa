import XapianKit

/// Adds up the counts Xapian gives per slot value into counts per facet value: a multi-valued facet's slot value
/// holds several values, each of which gets the count, and shards' counts of the same value add up.
struct FacetTally {
    private var tallies: [Field: [String: Int]] = [:]

    /// Adds the counts of every facet that `enquire` counted.
    mutating func add(from enquire: Enquire) {
        for facet in IndexSchema.facets {
            guard let slot = facet.slot else { continue }
            for entry in enquire.valueCounts(slot: slot) {
                for value in facet.values(inSlotValue: entry.term) {
                    tallies[facet, default: [:]][String(value), default: 0] += entry.count
                }
            }
        }
    }

    /// Each facet's counts, most matches first, then by value in byte order, as Xapian's counts of one index come.
    var facets: [Field: [SearchResult.FacetCount]] {
        tallies.mapValues { counts in
            counts.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }
            .map { SearchResult.FacetCount(value: $0.key, count: $0.value) }
        }
    }
}
