extension JSONRenderer {
    /// `{meeting, municipality, committee, date, time, place, previous, next, items}`: a meeting's items in agenda
    /// order with the fields of search hits, and the ids of the committee's meetings before and after it.
    public static func render(meeting: MeetingAgenda) -> String {
        JSONValue.object([
            "meeting": .string(meeting.id),
            "municipality": .string(meeting.municipality),
            "committee": .string(meeting.committee),
            "date": .string(meeting.date),
            "time": .string(meeting.details.time),
            "place": .string(meeting.details.place),
            "previous": .string(meeting.previous),
            "next": .string(meeting.next),
            "items": .array(meeting.items.map(value(of:))),
        ])
        .text(.pretty)
    }
}
