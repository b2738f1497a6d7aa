import Minutes
import Referat

/// One item as a line of a list: a search hit, a step of a case timeline or a point of an agenda.
struct HitView: Sendable {
    /// A run of the snippet, shown marked when it is a match.
    struct Run: Sendable {
        let text: String
        let isMatch: Bool
    }

    let title: String
    let href: String
    let date: String
    let dateText: String
    let municipality: String?
    let committee: String
    let meetingHref: String
    let item: String
    let caseNumber: String?
    let caseHref: String?
    let closed: Bool
    let decision: String?
    let votes: VotesView?
    let snippet: [Run]
    let hasSnippet: Bool
    /// On a case timeline: the item with the newest decision.
    let isLatestDecision: Bool
    /// On a meeting's agenda, where the meeting need not be said again: the item number leads the title.
    let inAgenda: Bool
    /// In a search grouped by case: the other matching items of the case, said with a link to its timeline.
    let collapsedText: String?

    /// Decisions longer than this are cut in lists; the item's page shows them whole.
    static let decisionLength = 400

    init(_ hit: SearchHit, isLatestDecision: Bool = false, inAgenda: Bool = false, inTimeline: Bool = false) {
        title = hit.title
        href = Links.item(hit.id)
        date = hit.date
        dateText = DanishFormat.date(hit.date)
        municipality = hit.municipality
        committee = hit.committee
        meetingHref = Links.meeting(MeetingAgenda.id(ofItem: hit.id))
        item = hit.item
        caseNumber = hit.caseNumber
        caseHref = hit.caseNumber.map(Links.caseTimeline)
        closed = hit.closed
        decision = hit.decision.map { Self.cut($0, to: Self.decisionLength) }
        votes = hit.votes.map(VotesView.init)
        // A timeline or agenda matched no words, so a snippet would only repeat the item's first lines.
        snippet =
            inTimeline || inAgenda
            ? [] : hit.snippet.segments.map { Run(text: $0.text, isMatch: $0.isMatch) }
        hasSnippet = !snippet.isEmpty
        self.isLatestDecision = isLatestDecision
        self.inAgenda = inAgenda
        collapsedText =
            hit.collapsed > 0 ? "+ \(DanishFormat.count(hit.collapsed, "punkt", "punkter")) mere på sagen" : nil
    }

    /// `text` cut at a word to at most `length` characters, with `…` when cut.
    static func cut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let prefix = text.prefix(length)
        let end = prefix.lastIndex(where: \.isWhitespace) ?? prefix.endIndex
        return String(prefix[..<end]) + " …"
    }
}

/// How the parties voted, in words.
struct VotesView: Sendable {
    let unanimous: Bool
    let inFavour: String?
    let against: String?
    let abstained: String?

    init(_ votes: PartyVotes) {
        unanimous = votes.unanimous
        inFavour = Self.list(votes.inFavour)
        against = Self.list(votes.against)
        abstained = Self.list(votes.abstained)
    }

    private static func list(_ parties: [String]) -> String? {
        parties.isEmpty ? nil : parties.joined(separator: ", ")
    }
}
