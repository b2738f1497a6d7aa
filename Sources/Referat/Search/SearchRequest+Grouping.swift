extension SearchRequest {
    /// How hits are grouped: one hit per group, the best of it, standing for the rest.
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        /// One hit per case number (Xapian's collapse key on the case slot); items without a case number stay
        /// hits of their own. ``SearchResult/groups`` counts the groups, ``SearchHit/collapsed`` the items each
        /// hit stands for besides itself; the total and the facets still count items.
        case `case`
    }
}
