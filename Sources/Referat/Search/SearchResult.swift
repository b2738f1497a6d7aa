/// The answer to a ``SearchRequest``.
public struct SearchResult: Sendable, Hashable {
    /// The request answered.
    public var request: SearchRequest
    /// The exact number of matching items.
    public var total: Int
    /// The hits on the requested page.
    public var hits: [SearchHit]
    /// Exact counts of all matching items by the value of each facet (``IndexSchema/facets``); a multi-valued
    /// facet counts an item once under each of its values.
    public var facets: [Field: [FacetCount]]
    /// The indexed values each filter that takes part of a name matched, as written: `--absent genning` →
    /// `absent: ["Marc Genning"]`.
    public var matchedFilters: [Field: [String]] = [:]
    /// A spelling correction of the query, offered only when it finds few items and the correction more.
    public var suggestion: String?
    /// Whether the hits, total and facets are for ``suggestion`` because the query as typed found nothing.
    public var corrected = false
    /// Whether counting every match took longer than ``SearchLimits/countingTime``, so that ``total`` and
    /// ``facets`` are Xapian's estimates, not exact counts; the hits are the best ones either way.
    public var timeLimited = false
    /// With ``SearchRequest/group``: how many groups the matches fall into (cases, and items without one), which
    /// the pages of hits count; `nil` when not grouped.
    public var groups: Int?
    /// Whether ``groups`` is exact; a result of more than 10,000 groups has Xapian's estimate.
    public var groupsAreExact = true

    /// One facet value and how many matching items have it.
    public struct FacetCount: Sendable, Hashable {
        /// The value as displayed.
        public var value: String
        /// Matching items with the value.
        public var count: Int

        /// Creates a count.
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// The counts of `facet`, most matches first; empty when no match has a value.
    public func counts(of facet: Field) -> [FacetCount] {
        facets[facet] ?? []
    }
}
