/// One meeting of a committee or council, as its published minutes describe it.
public struct Meeting: Sendable, Hashable, Codable {
    /// The municipality or region, e.g. `Haderslev Kommune`; `nil` when neither the document nor the caller names it.
    public var municipality: String?
    /// The committee without any election period, e.g. `Beskæftigelse- og Borgerserviceudvalget`.
    public var committee: String
    /// The meeting date.
    public var date: CalendarDate
    /// The start time as printed, `HH:MM`, when given.
    public var time: String?
    /// Where the meeting was held, when given.
    public var place: String?
    /// Everyone listed as taking part, absent members included.
    public var participants: [String]
    /// Members listed as absent from the whole meeting.
    public var absent: [String]
    /// The agenda items in the order they appear.
    public var items: [AgendaItem]
    /// The publisher's own id of the meeting, when the format gives one: FirstAgenda's meeting `Id` (the items'
    /// `AgendaUid`), SBSYS's `Meeting ID`. Two publications with the same id are the same meeting.
    public var meetingID: String?

    /// Creates a meeting.
    public init(
        municipality: String? = nil,
        committee: String,
        date: CalendarDate,
        time: String? = nil,
        place: String? = nil,
        participants: [String] = [],
        absent: [String] = [],
        items: [AgendaItem] = [],
        meetingID: String? = nil
    ) {
        self.municipality = municipality
        self.committee = committee
        self.date = date
        self.time = time
        self.place = place
        self.participants = participants
        self.absent = absent
        self.items = items
        self.meetingID = meetingID
    }
}
