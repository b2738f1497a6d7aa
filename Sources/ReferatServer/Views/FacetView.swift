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
    /// How many values are not listed at all, beyond the disclosure's; `nil` when every value is listed.
    let unlisted: String?

    /// Values shown before the disclosure.
    static let shownAtOnce = 8
    /// Values listed in all: a facet of a big index can have thousands (absent members), which would make every
    /// page large and slow to build; the others are reached by typing the field in the query.
    static let listed = 50

    /// The counts of `field` in `result`, each linking to `search` narrowed to it; `nil` when no match has a value.
    init?(_ field: Field, result: SearchResult, search: WebSearch, limits: WebLimits) {
        let counts = result.counts(of: field)
        guard !counts.isEmpty else { return nil }
        let chosen = Set(search.filters[field] ?? [])
        // Chosen values stay listed however few items have them, so that each can be removed here too.
        let shown =
            Array(counts.prefix(Self.listed)) + counts.dropFirst(Self.listed).filter { chosen.contains($0.value) }
        let values = shown.map { count in
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
        unlisted = counts.count > shown.count ? DanishFormat.number(counts.count - shown.count) : nil
    }
}

/// A filter in force, with the link that drops it.
struct ActiveFilterView: Sendable {
    let label: String
    let value: String
    let removeHref: String
}
