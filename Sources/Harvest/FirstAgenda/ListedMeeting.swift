/// A meeting as a FirstAgenda site's committee list (`/api/agenda/udvalgsliste`) shows it.
public struct ListedMeeting: Sendable, Hashable {
    /// The meeting's id (`Moeder[].Id`), a checked GUID in lower case.
    public var id: String
    /// The committee's name as published (`Navn`), election period included.
    public var committee: String
    /// The meeting day, `YYYY-MM-DD` (`Dato`, else `MeetingBeginUtc`).
    public var date: String
    /// What a change of publication shows in: the agenda kind (`Navn`: Dagsorden, Referat, Tillægsdagsorden…),
    /// `ReleasedDate`, `IsSupplementaryAgenda` and `Afsluttet`, joined.
    public var version: String
    /// Whether the committee is marked `Historisk` (dissolved).
    public var historic: Bool
}
