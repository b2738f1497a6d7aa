/// The answer to a ``SearchRequest``.
public struct SearchResult: Sendable, Hashable {
    /// The request answered.
    public var request: SearchRequest
    /// The exact number of matching items.
    public var total: Int
    /// The hits on the requested page.
    public var hits: [SearchHit]
    /// Exact counts of all matching items by municipality, committee and year.
    public var facets: Facets
    /// A spelling correction of the query, offered only when it finds few items and the correction more.
    public var suggestion: String?
    /// Whether the hits, total and facets are for ``suggestion`` because the query as typed found nothing.
    public var corrected = false

    /// Counts of matching items per value of a field.
    public struct Facets: Sendable, Hashable {
        /// Items per municipality.
        public var municipality: [FacetCount]
        /// Items per committee.
        public var committee: [FacetCount]
        /// Items per meeting year.
        public var year: [FacetCount]
    }

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
}
