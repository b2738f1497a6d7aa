import Foundation

/// Reads the meeting XML that the eDoc case system publishes for OS2dagsorden.
///
/// The root `Meeting` names the committee and the date (`MeetingDate`, `04-12-2012 13:00:00`) and may carry the
/// whole minutes as text (`FullText`), whose cover lists who took part. Each `MeetingAgendaType` (`Åben dagsorden`,
/// `Lukket dagsorden`) holds `MeetingAgendaItem`s with `AgendaItemNumber`, the item `Document` (its `Title` and
/// `Attachments`) and the item's text in `FullText`, in which the case number and the sections are printed as in
/// the PDF. Items are returned in agenda-number order, because the export lists them in no particular order.
public struct EDocReader: MinutesReader {
    /// Creates the reader.
    public init() {}

    /// Whether `source` is XML whose root is `Meeting` and which has eDoc's agenda lists.
    public func canRead(_ source: SourceDocument) -> Bool {
        guard let text = source.text, XMLTree.rootName(of: text) == "Meeting" else { return false }
        return text.contains("<MeetingAgendaTypes") || text.contains("<MeetingAgendaItem")
    }

    /// Parses the eDoc XML of `source` into a meeting.
    ///
    /// - Throws: `MinutesError` with `not well-formed XML (…)`, `no meeting date found` or `no agenda items found`.
    public func read(_ source: SourceDocument) throws -> Meeting {
        let root = try XMLTree.parse(source)
        guard let stamp = root.value("MeetingDate").flatMap(OS2Timestamp.init) else {
            throw source.error("no meeting date found")
        }
        let agendas = root.child("MeetingAgendaTypes")?.children("MeetingAgendaType") ?? []
        // The minutes' own text sits beside the item list of an agenda type (or, in some exports, on the root).
        let cover = (root.value("FullText") ?? agendas.lazy.compactMap { $0.value("FullText") }.first)
            .map(Self.cover(of:))

        var items: [AgendaItem] = []
        for agenda in agendas {
            let isClosed = agenda.value("AgendaType").flatMap { AgendaStatus.marker(in: Line($0)) } ?? false
            for entry in agenda.child("MeetingAgendaItems")?.children("MeetingAgendaItem") ?? [] {
                if let item = Self.item(entry, isClosed: isClosed) { items.append(item) }
            }
        }
        guard !items.isEmpty else { throw source.error("no agenda items found") }
        items.sort { ItemOrder.precedes($0.number, $1.number) }

        return Meeting(
            municipality: cover?.municipality,
            committee: root.value("Committee").map(CoverPage.committeeName) ?? cover?.committee ?? "",
            date: stamp.date,
            time: stamp.time ?? cover?.time,
            place: cover?.place,
            participants: cover?.participants ?? [],
            absent: cover?.absent ?? [],
            items: items
        )
    }

    private static func item(_ entry: XMLTree.Element, isClosed: Bool) -> AgendaItem? {
        let document = entry.child("Document")
        guard
            let number = entry.value("AgendaItemNumber")
                ?? document?.value("AgendaItems", "AgendaItem", "AgendaItemNumber")
        else { return nil }
        let title = document?.value("Title") ?? document?.value("AgendaItems", "AgendaItem", "Name") ?? ""
        let body = OS2ItemText(entry.value("FullText") ?? "")
        let listed = (document?.child("Attachments")?.children("Attachment") ?? []).compactMap { $0.value("Title") }
        var item = AgendaItem(
            number: number,
            title: TextLine.collapsed(title),
            caseNumber: body.caseNumber,
            isClosed: isClosed,
            sections: body.sections,
            attachments: listed.isEmpty ? body.attachments : listed,
            absent: body.absent
        )
        item.text = TextMinutesReader.text(of: item)
        return item
    }

    // The minutes' own text opens with the cover page: committee, date and time, and the members present.
    private static func cover(of text: String) -> CoverPage {
        let lines = TextPages.lines(of: TextDecoding.normalized(text))
        let first = ItemHeading.locate(in: lines).first?.startLine ?? lines.count
        return CoverPage(lines: lines[..<first])
    }
}
