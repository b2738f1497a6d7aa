import Referat

/// What a case's page shows: every item on the case number, oldest first, across committees, the newest decision
/// marked.
struct CasePageView: Sendable {
    let pageTitle: String
    let caseNumber: String
    let summary: String
    let items: [HitView]
    let latestTitle: String?
    let latestDecision: String?
    let latestHref: String?
    let latestText: String?
    let apiHref: String

    init(caseNumber: String, items: [SearchHit]) {
        pageTitle = "Sag \(caseNumber)"
        self.caseNumber = caseNumber
        let committees = Set(items.map(\.committee)).count
        summary =
            DanishFormat.count(items.count, "punkt", "punkter") + " i "
            + DanishFormat.count(committees, "udvalg", "udvalg")
        let latest = items.lastIndex { $0.decision != nil }
        self.items = items.indices.map { HitView(items[$0], isLatestDecision: $0 == latest, inTimeline: true) }
        latestTitle = latest.map { items[$0].title }
        latestDecision = latest.flatMap { items[$0].decision }
        latestHref = latest.map { Links.item(items[$0].id) }
        latestText = latest.map { "\(items[$0].committee), \(DanishFormat.date(items[$0].date))" }
        apiHref = "/api/v1/case/" + Links.path(caseNumber)
    }
}
