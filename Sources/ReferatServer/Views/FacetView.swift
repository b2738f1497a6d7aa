import Referat

/// One facet's counts as links that narrow the search, the values already chosen marked.
struct FacetView: Sendable {
    /// A value and how many matches have it.
    struct Value: Sendable {
        let value: String
        let count: String
        let href: String
        let active: Bool
    }

    /// The facet's heading, Danish.
    let label: String
    /// The values with the most matches, shown at once.
    let top: [Value]
    /// The rest, behind a disclosure.
    let rest: [Value]
    let hasRest: Bool
    let restCount: Int

    /// Values shown before the disclosure.
    static let shownAtOnce = 8

    /// The counts of `field` in `result`, each linking to `search` narrowed to it; `nil` when no match has a value.
    init?(_ field: Field, result: SearchResult, search: WebSearch, limits: WebLimits) {
        let counts = result.counts(of: field)
        guard !counts.isEmpty else { return nil }
        let chosen = Set(search.filters[field] ?? [])
        let values = counts.map { count in
            let active = chosen.contains(count.value)
            let target = active ? search.removing(count.value, from: field) : search.adding(count.value, to: field)
            return Value(
                value: count.value,
                count: DanishFormat.number(count.count),
                href: Links.search(target, limits: limits),
                active: active
            )
        }
        label = field.danishLabel
        top = Array(values.prefix(Self.shownAtOnce))
        rest = Array(values.dropFirst(Self.shownAtOnce))
        hasRest = !rest.isEmpty
        restCount = rest.count
    }
}

/// A filter in force, with the link that drops it.
struct ActiveFilterView: Sendable {
    let label: String
    let value: String
    let removeHref: String
}
