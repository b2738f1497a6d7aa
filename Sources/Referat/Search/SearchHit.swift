/// One agenda item found by a search.
public struct SearchHit: Sendable, Hashable {
    /// The stable item id.
    public var id: String
    /// The position in the whole result, from 1.
    public var rank: Int
    /// Xapian's relevance weight (0 when sorted by date without query words).
    public var score: Double
    /// The municipality, or `nil` when unknown.
    public var municipality: String?
    /// The committee.
    public var committee: String
    /// The meeting date, `YYYY-MM-DD`.
    public var date: String
    /// The item number as printed in the minutes.
    public var item: String
    /// The item title.
    public var title: String
    /// The case number as printed.
    public var caseNumber: String?
    /// Whether the item is on the closed agenda.
    public var closed: Bool
    /// The decision, if recorded.
    public var decision: String?
    /// A passage of the item with the matched words marked.
    public var snippet: HighlightedText
    /// The file the item was read from.
    public var source: String
}
