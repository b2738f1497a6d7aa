/// One agenda item found by a search: the item as stored, where it ranks and why it matched.
///
/// The stored item's fields read as the hit's own: `hit.committee`, `hit.votes`.
@dynamicMemberLookup
public struct SearchHit: Sendable, Hashable {
    /// The item as the index stores it; of a long item's ``StoredItem/text`` only the start, where the snippet was
    /// looked for (`Searcher.item(id:)` reads it whole).
    public var stored: StoredItem
    /// The position in the whole result, from 1.
    public var rank: Int
    /// Xapian's relevance weight (0 when sorted by date without query words).
    public var score: Double
    /// A passage of the item with the matched words marked; the start of its text when they are not in it.
    public var snippet: HighlightedText
    /// Where the query's words matched: ``MatchPlace/text`` when the snippet shows them, else where they are;
    /// `nil` when the query has no words (filters only) or its words are found nowhere they could be shown.
    public var matchedIn: MatchPlace?
    /// With ``SearchRequest/group``: how many other matching items of the hit's group it stands for.
    public var collapsed = 0
    /// With ``SearchRequest/group`` by case: the meeting day of the case's newest item with a decision.
    public var caseLatestDecision: String?

    /// A field of the stored item.
    public subscript<Value>(dynamicMember keyPath: KeyPath<StoredItem, Value>) -> Value {
        stored[keyPath: keyPath]
    }
}
