/// One meeting as the index holds it: its items in agenda order and its place among the committee's meetings.
public struct MeetingAgenda: Sendable, Hashable {
    /// The meeting's id: what its items' ids start with, `greve-kommune/byraad/2022-01-14` (a second meeting that
    /// day has its key after the date, `…/2022-01-14~5d0c9a73`).
    public var id: String
    /// The items in agenda order; each hit's rank is its place on the agenda, from 1.
    public var items: [SearchHit]
    /// The meeting's time, place and publisher id, as the first item records them.
    public var details: StoredItem.Details
    /// The id of the committee's meeting before this one, if the index holds one.
    public var previous: String?
    /// The id of the committee's meeting after this one, if the index holds one.
    public var next: String?

    /// The municipality, or `nil` when unknown.
    public var municipality: String? { items.first?.municipality }
    /// The committee.
    public var committee: String { items.first?.committee ?? "" }
    /// The meeting date, `YYYY-MM-DD`.
    public var date: String { items.first?.date ?? "" }

    /// The meeting id of the item with id `itemID`: the id without its last part.
    public static func id(ofItem itemID: String) -> String {
        guard let slash = itemID.lastIndex(of: "/") else { return itemID }
        return String(itemID[..<slash])
    }
}
