/// A term (or value, or key) with a count: a term's document frequency or a facet value's number of matches.
public struct TermCount: Sendable, Hashable {
    /// The term, value or key as stored in the index.
    public var term: String
    /// How many documents carry it.
    public var count: Int

    /// Creates a pair.
    public init(term: String, count: Int) {
        self.term = term
        self.count = count
    }
}
