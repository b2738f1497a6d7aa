/// What a user asks the index for: query words and filters.
public struct SearchRequest: Sendable, Hashable {
    /// How hits are ordered.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// Best match first; equal scores go to the newer meeting, then agenda order.
        case relevance
        /// Newest meeting first, its items in agenda order.
        case date
    }

    /// The query in Xapian's syntax with referat's fields; empty to select by filters alone.
    public var query: String
    /// Values to keep, by field: an item is kept when it has any of a field's values, for every field given.
    /// A field that matches partially (``Field/Matching/partial``) takes part of a name, e.g. `haderslev`.
    public var filters: [Field: [String]]
    /// The first meeting day to keep.
    public var from: DateBound?
    /// The last meeting day to keep.
    public var to: DateBound?
    /// Keep only closed (`true`) or open (`false`) items.
    public var closed: Bool?
    /// The order of hits; `nil` means relevance, or date when the query has no words.
    public var sort: Sort?
    /// Hits to skip.
    public var offset: Int
    /// Hits to return.
    public var limit: Int
    /// One hit per group (``Grouping``), or every item its own hit (`nil`); ``offset`` and ``limit`` then count
    /// groups.
    public var group: Grouping?

    /// Creates a request.
    public init(
        query: String = "",
        filters: [Field: [String]] = [:],
        from: DateBound? = nil,
        to: DateBound? = nil,
        closed: Bool? = nil,
        sort: Sort? = nil,
        offset: Int = 0,
        limit: Int = 10,
        group: Grouping? = nil
    ) {
        self.query = query
        self.filters = filters.filter { !$0.value.isEmpty }
        self.from = from
        self.to = to
        self.closed = closed
        self.sort = sort
        self.offset = offset
        self.limit = limit
        self.group = group
    }
}
