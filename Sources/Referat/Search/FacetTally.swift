import XapianKit

/// Adds up the counts Xapian gives per slot value into counts per facet value: a multi-valued facet's slot value
/// holds several values, each of which gets the count, and shards' counts of the same value add up.
struct FacetTally {
    private var counts: [Field: [SearchResult.FacetCount]] = [:]
    /// Facets whose counts were added up from several lists or split values, so must be sorted again.
    private var merged: [Field: [String: Int]] = [:]

    /// Adds the counts of every facet that `enquire` counted.
    mutating func add(from enquire: Enquire) {
        for facet in IndexSchema.facets {
            guard let slot = facet.slot else { continue }
            let entries = enquire.valueCounts(slot: slot)
            // Counts of one index come from Xapian already in order, most matches first, then by value; a facet
            // table has already split the values of a multi-valued facet.
            let split = !facet.isMultiValued || !entries.contains { $0.term.utf8.contains(Field.valueSeparatorByte) }
            if split, counts[facet] == nil, merged[facet] == nil {
                counts[facet] = entries.compactMap { $0.term.isEmpty ? nil : .init(value: $0.term, count: $0.count) }
                continue
            }
            var tally = merged[facet] ?? [:]
            for counted in counts.removeValue(forKey: facet) ?? [] { tally[counted.value, default: 0] += counted.count }
            for entry in entries {
                for value in facet.values(inSlotValue: entry.term) { tally[String(value), default: 0] += entry.count }
            }
            merged[facet] = tally
        }
    }

    /// Each facet's counts, most matches first, then by value in byte order, as Xapian's counts of one index come.
    var facets: [Field: [SearchResult.FacetCount]] {
        var facets = counts
        for (facet, tally) in merged {
            facets[facet] = tally.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }
            .map { SearchResult.FacetCount(value: $0.key, count: $0.value) }
        }
        return facets
    }
}
