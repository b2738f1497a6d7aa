import Referat

/// What a meeting's page shows: its agenda in order, with links to the committee's meetings before and after.
struct MeetingPageView: Sendable {
    let pageTitle: String
    let committee: String
    let municipality: String?
    let dateText: String
    let date: String
    let time: String?
    let place: String?
    let summary: String
    let items: [HitView]
    let previousHref: String?
    let previousText: String?
    let nextHref: String?
    let nextText: String?
    let apiHref: String

    init(_ meeting: MeetingAgenda) {
        pageTitle = "\(meeting.committee) \(DanishFormat.date(meeting.date))"
        committee = meeting.committee
        municipality = meeting.municipality
        dateText = DanishFormat.date(meeting.date)
        date = meeting.date
        time = meeting.details.time
        place = meeting.details.place
        summary = DanishFormat.count(meeting.items.count, "punkt", "punkter") + " på dagsordenen"
        items = meeting.items.map { HitView($0, inAgenda: true) }
        previousHref = meeting.previous.map(Links.meeting)
        previousText = meeting.previous.map(Self.dateText(ofMeeting:))
        nextHref = meeting.next.map(Links.meeting)
        nextText = meeting.next.map(Self.dateText(ofMeeting:))
        apiHref = "/api/v1/meeting/" + Links.path(meeting.id)
    }

    /// The date of a meeting id, `…/2022-01-14~key` → `14. januar 2022`.
    private static func dateText(ofMeeting id: String) -> String {
        let last = id.split(separator: "/").last.map(String.init) ?? id
        return DanishFormat.date(String(last.prefix { $0 != "~" }))
    }
}
