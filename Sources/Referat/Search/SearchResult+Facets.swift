import XapianKit

extension SearchResult.Facets {
    /// Adds up the counts of each ``FacetKey`` value into counts per municipality, committee and year, each
    /// sorted by count (largest first) then value; unknown (empty) values are left out.
    init(counting keys: [TermCount]) {
        var municipality: [String: Int] = [:]
        var committee: [String: Int] = [:]
        var year: [String: Int] = [:]
        for entry in keys {
            guard let key = FacetKey(value: entry.term) else { continue }
            municipality[key.municipality, default: 0] += entry.count
            committee[key.committee, default: 0] += entry.count
            year[key.year, default: 0] += entry.count
        }
        self.init(
            municipality: Self.sorted(municipality),
            committee: Self.sorted(committee),
            year: Self.sorted(year)
        )
    }

    private static func sorted(_ counts: [String: Int]) -> [SearchResult.FacetCount] {
        counts.filter { !$0.key.isEmpty }
            .map { SearchResult.FacetCount(value: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
}
