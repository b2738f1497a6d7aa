import Referat

/// One query of the judged set and the items a careful reader judged relevant to it.
struct JudgedQuery: Decodable, Sendable {
    /// A stable name, e.g. `compound-kontanthjaelp`.
    var id: String
    /// The kind of query: `topic`, `compound`, `phrase`, `case`, …
    var group: String
    /// The query as a user types it.
    var query: String
    /// Municipality filters, as typed.
    var municipalities: [String]
    /// Committee filters, as typed.
    var committees: [String]
    /// The first meeting date kept, if any.
    var from: String?
    /// The last meeting date kept, if any.
    var to: String?
    /// Item id → grade: 2 = about exactly this, 1 = relevant.
    var relevant: [String: Int]

    /// The search this query stands for, with `limit` hits.
    func request(limit: Int) -> SearchRequest {
        SearchRequest(
            query: query,
            filters: [IndexSchema.municipality: municipalities, IndexSchema.committee: committees],
            from: from.flatMap(DateBound.init),
            to: to.flatMap(DateBound.init),
            limit: limit
        )
    }
}

/// The file of judged queries.
struct JudgedQuerySet: Decodable, Sendable {
    /// The queries.
    var queries: [JudgedQuery]
}
