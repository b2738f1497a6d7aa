import Foundation

/// Reads the agenda or minutes XML that the SBSYS case system publishes for OS2dagsorden (eDagsorden).
///
/// The root `Publication` holds `Agendas/Agenda`, whose `Meeting` gives the date and time (`When`), the place
/// (`Where`) and the members with their participation status, whose `Committee/Name` names the committee, and
/// whose `Items/Item`s carry `Number`, `Caption` (the title), `Case/Number`, `IsPublic` and the sections as
/// `Fields/ItemField` (`Caption` and HTML `Content`). Attachments are the item's `Enclosures`.
public struct SBSYSReader: MinutesReader {
    /// Creates the reader.
    public init() {}

    /// Whether `source` is XML whose root is `Publication` and which holds SBSYS agendas.
    public func canRead(_ source: SourceDocument) -> Bool {
        guard let text = source.text, XMLTree.rootName(of: text) == "Publication" else { return false }
        return text.contains("<Agendas") && text.contains("<Items")
    }

    /// Parses the SBSYS publication XML of `source` into a meeting.
    ///
    /// - Throws: `MinutesError` with `not well-formed XML (…)`, `no meeting date found` or `no agenda items found`.
    public func read(_ source: SourceDocument) throws -> Meeting {
        let root = try XMLTree.parse(source)
        let agendas = root.child("Agendas")?.children("Agenda") ?? []
        guard let agenda = agendas.first(where: { $0.child("Items") != nil }) ?? agendas.first else {
            throw source.error("no agenda items found")
        }
        let meeting = agenda.child("Meeting")
        guard let stamp = meeting?.value("When").flatMap(OS2Timestamp.init) else {
            throw source.error("no meeting date found")
        }

        var participants: [String] = []
        var absent: [String] = []
        for member in meeting?.child("Members")?.children("MeetingMember") ?? [] {
            guard let name = member.value("Name") else { continue }
            participants.append(name)
            if Self.isAbsent(member) { absent.append(name) }
        }

        let shared = agenda.child("Enclosures")?.children("Enclosure") ?? []
        var items = (agenda.child("Items")?.children("Item") ?? []).compactMap {
            Self.item($0, sharedEnclosures: shared)
        }
        guard !items.isEmpty else { throw source.error("no agenda items found") }
        items.sort { ItemOrder.precedes($0.number, $1.number) }

        let committee = agenda.value("Committee", "Name") ?? agenda.value("Name") ?? ""
        return Meeting(
            committee: CoverPage.committeeName(committee),
            date: stamp.date,
            time: stamp.time ?? agenda.value("Committee", "DefaultMeetingTime").flatMap(CoverPage.time(in:)),
            place: meeting?.value("Where") ?? agenda.value("Committee", "DefaultMeetingPlace"),
            participants: participants,
            absent: absent,
            items: items,
            meetingID: meeting?.attributes["ID"].map { "sbsys-\($0)" }
        )
    }

    private static func item(_ element: XMLTree.Element, sharedEnclosures: [XMLTree.Element]) -> AgendaItem? {
        guard let number = element.value("Number") else { return nil }
        let fields = (element.child("Fields")?.children("ItemField") ?? [])
            .sorted { Int($0.value("Index") ?? "") ?? 0 < Int($1.value("Index") ?? "") ?? 0 }
        var sections: [Section] = []
        for field in fields {
            // SBSYS styles its ordered lists with letters (`list-style-type: upper-alpha`), which numbers would misstate.
            let text = HTMLText.text(from: field.value("Content") ?? "", listMarkers: .bullets)
            // Fields the meeting has not filled in yet (an agenda's empty Beslutning) are no sections.
            guard !text.isEmpty else { continue }
            let heading = TextLine.collapsed(field.value("Caption") ?? "")
            let kind = SectionHeading.kind(ofName: heading) ?? SectionHeading.find(in: heading)?.kind ?? .other
            sections.append(Section(heading: heading, kind: kind, text: text))
        }
        let own = element.child("Enclosures")?.children("Enclosure") ?? []
        let id = element.attributes["ID"]
        let listed = own.isEmpty ? sharedEnclosures.filter { id != nil && $0.attributes["ItemID"] == id } : own
        var item = AgendaItem(
            number: number,
            title: TextLine.collapsed(element.value("Caption") ?? ""),
            caseNumber: element.value("Case", "Number"),
            isClosed: element.value("IsPublic")?.lowercased() == "false",
            sections: sections,
            attachments: listed.compactMap { $0.value("Name") ?? $0.value("FileName") }
        )
        item.text = TextMinutesReader.text(of: item)
        return item
    }

    // SBSYS statuses 0 (not decided), 1 and 4 mean taking part (OS2dagsorden's importer reads them so);
    // any other status is an absence.
    private static func isAbsent(_ member: XMLTree.Element) -> Bool {
        guard let status = member.value("ParticipationStatusAsValue") else { return false }
        return !["0", "1", "4"].contains(status)
    }
}
