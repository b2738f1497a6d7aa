/// What a user asks the index for: query words and filters.
public struct SearchRequest: Sendable, Hashable {
    /// How hits are ordered.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        /// Best match first; equal scores go to the newer meeting.
        case relevance
        /// Newest meeting first.
        case date
    }

    /// The query in Xapian's syntax with referat's fields; empty to select by filters alone.
    public var query: String
    /// Municipalities to keep (any of them); a name may be partial, e.g. `haderslev`.
    public var municipalities: [String]
    /// Committees to keep (any of them); a name may be partial, e.g. `økonomi`.
    public var committees: [String]
    /// A case number to keep.
    public var caseNumber: String?
    /// The first meeting day to keep.
    public var from: DateBound?
    /// The last meeting day to keep.
    public var to: DateBound?
    /// Keep items where any of these members was absent (whole names, any case).
    public var absent: [String]
    /// Keep only closed (`true`) or open (`false`) items.
    public var closed: Bool?
    /// The order of hits; `nil` means relevance, or date when the query has no words.
    public var sort: Sort?
    /// Hits to skip.
    public var offset: Int
    /// Hits to return.
    public var limit: Int

    /// Creates a request.
    public init(
        query: String = "",
        municipalities: [String] = [],
        committees: [String] = [],
        caseNumber: String? = nil,
        from: DateBound? = nil,
        to: DateBound? = nil,
        absent: [String] = [],
        closed: Bool? = nil,
        sort: Sort? = nil,
        offset: Int = 0,
        limit: Int = 10
    ) {
        self.query = query
        self.municipalities = municipalities
        self.committees = committees
        self.caseNumber = caseNumber
        self.from = from
        self.to = to
        self.absent = absent
        self.closed = closed
        self.sort = sort
        self.offset = offset
        self.limit = limit
    }
}
