/// One match on a page of results.
public struct Hit: Sendable {
    /// The document id in the searched database (ids of combined shards interleave).
    public var docID: UInt32
    /// The position in the whole result list, counting from 0 (so the first hit of page 2 has rank `offset`).
    public var rank: Int
    /// The relevance weight (BM25 by default); 0 when sorting ignores relevance.
    public var weight: Double
    /// The weight scaled to 0...100 relative to the best hit.
    public var percent: Int
    /// The document's stored data.
    public var data: String
    /// With a collapse key: how many further documents with the same key were dropped in favour of this one (a
    /// lower bound).
    public var collapseCount: Int
    /// Whether ``data`` is only the start of the stored data (``MSet/hit(at:dataPrefix:)``).
    public var dataIsCut: Bool

    /// Creates a hit.
    public init(
        docID: UInt32,
        rank: Int,
        weight: Double,
        percent: Int,
        data: String,
        collapseCount: Int = 0,
        dataIsCut: Bool = false
    ) {
        self.docID = docID
        self.rank = rank
        self.weight = weight
        self.percent = percent
        self.data = data
        self.collapseCount = collapseCount
        self.dataIsCut = dataIsCut
    }
}
