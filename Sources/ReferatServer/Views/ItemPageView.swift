import Foundation
import Referat

/// What an item's page shows: the whole item in its sections, with links to its meeting, its case and the
/// published original.
struct ItemPageView: Sendable {
    /// A section under its heading, its text in paragraphs.
    struct Section: Sendable {
        let heading: String
        let paragraphs: [String]
        let isDecision: Bool
    }

    /// An attachment, linked when its address is a web address.
    struct Attachment: Sendable {
        let name: String
        let href: String?
    }

    let pageTitle: String
    let title: String
    let municipality: String?
    let committee: String
    let dateText: String
    let date: String
    let time: String?
    let place: String?
    let item: String
    let caseNumber: String?
    let caseHref: String?
    let meetingHref: String
    let closed: Bool
    let decision: String?
    let votes: VotesView?
    let absent: String?
    let sections: [Section]
    let hasSections: Bool
    let attachments: [Attachment]
    let hasAttachments: Bool
    let originalHref: String?
    let apiHref: String

    init(_ item: StoredItem) {
        pageTitle = item.title
        title = item.title
        municipality = item.municipality
        committee = item.committee
        dateText = DanishFormat.date(item.date)
        date = item.date
        time = item.details.time
        place = item.details.place
        self.item = item.item
        caseNumber = item.caseNumber
        caseHref = item.caseNumber.map(Links.caseTimeline)
        meetingHref = Links.meeting(MeetingAgenda.id(ofItem: item.id))
        closed = item.closed
        decision = item.decision
        votes = item.votes.map(VotesView.init)
        absent = item.absent.isEmpty ? nil : item.absent.joined(separator: ", ")
        // The decision is shown first, in its box; its section would say it again.
        let shownSections = StoredItem.SectionText.split(item).filter { item.decision == nil || $0.kind != "decision" }
        sections = shownSections.map { section in
            Section(
                heading: section.heading.isEmpty ? "Tekst" : section.heading,
                paragraphs: Self.paragraphs(section.text),
                isDecision: section.kind == "decision"
            )
        }
        hasSections = !sections.isEmpty
        attachments = item.details.attachments.map { attachment in
            Attachment(name: attachment.name, href: attachment.url.flatMap { Links.isSafeExternal($0) ? $0 : nil })
        }
        hasAttachments = !attachments.isEmpty
        originalHref = item.url.flatMap { Links.isSafeExternal($0) ? $0 : nil }
        apiHref = "/api/v1/item/" + Links.path(item.id)
    }

    /// `text` in paragraphs, as separated by blank lines, each paragraph's lines joined by spaces.
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { paragraph in
            paragraph.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
        }
        .filter { !$0.isEmpty }
    }
}
