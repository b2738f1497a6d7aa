import Foundation

/// Reads the publishing XML of the Acadre case system (Formpipe), which many municipalities publish minutes from.
///
/// The root `root` holds nested `<table name="…">` elements, each with `<fields><field name="…">value</field></fields>`:
/// an `agenda` holding the `committee` and the `meeting` (its date, place and `member`s), and the agenda items,
/// each an `agendaitem` (often wrapped in an `agendaitemparents` table whose `sort` field is the item number) with
/// `name` (the title), `caseno`, `accessname` (`Åben`/`Lukket`) or `access`, `absent` and `excuse`, its text as
/// nested `bullet` tables (a heading and HTML or plain-text content), its attachments as `enclosure` tables and its
/// case as a `noarksak` table. Field names vary between versions, so each is looked up under its known variants.
public struct AcadreReader: MinutesReader {
    /// Creates the reader.
    public init() {}

    /// Whether `source` is XML whose root is `root` and which holds Acadre agenda item tables.
    public func canRead(_ source: SourceDocument) -> Bool {
        guard let text = source.text, XMLTree.rootName(of: text) == "root" else { return false }
        return text.contains("<table") && text.contains("agendaitem") && text.contains("<fields")
    }

    /// Parses the Acadre publishing XML of `source` into a meeting.
    ///
    /// - Throws: `MinutesError` with `not well-formed XML (…)`, `no meeting date found` or `no agenda items found`.
    public func read(_ source: SourceDocument) throws -> Meeting {
        let root = try XMLTree.parse(source)
        let top = AcadreTable(XMLTree.Element(name: "table", children: root.children))
        guard let top else { throw source.error("no agenda items found") }
        let agendas = top.descendants(["agenda"])
        let agenda = agendas.first { !$0.descendants(Self.itemTables).isEmpty } ?? agendas.first ?? top
        let meeting = agenda.descendants(["meeting"]).first
        let committee = agenda.descendants(["committee"]).first

        let entries = Self.itemEntries(in: agenda)
        var items = entries.enumerated().map { position, entry in
            Self.item(entry.item, number: entry.number ?? String(position + 1))
        }
        guard !items.isEmpty else { throw source.error("no agenda items found") }
        items.sort { ItemOrder.precedes($0.number, $1.number) }

        let stamp =
            (meeting?.field("date", "meetingdate", "startdate", "start", "begin")
            ?? agenda.field("meetingdate", "date")).flatMap(Self.timestamp)
        guard let stamp else { throw source.error("no meeting date found") }

        var participants: [String] = []
        var absent: [String] = []
        for member in agenda.descendants(["member"]) {
            guard let name = Self.memberName(member), !participants.contains(name) else { continue }
            participants.append(name)
            if Self.isAbsent(member) { absent.append(name) }
        }

        let committeeName =
            committee?.field("name", "comname", "committeename")
            ?? meeting?.field("comname", "committee", "committeename")
            ?? entries.lazy.compactMap { $0.item.field("comname") }.first
            ?? meeting?.field("name")
        let municipality = [agenda, committee, meeting, top].lazy.compactMap {
            $0?.field("municipality", "kommune", "organisation", "organization", "orgname", "customer")
        }.first
        return Meeting(
            municipality: municipality.map { MunicipalityDirectory.match($0) ?? $0 },
            committee: CoverPage.committeeName(committeeName ?? ""),
            date: stamp.date,
            time: stamp.time,
            place: meeting?.field("location", "place", "locationname", "room"),
            participants: participants,
            absent: absent,
            items: items
        )
    }

    private static let itemTables: Set<String> = ["agendaitemparents", "agendaitemparent", "agendaitem"]

    // Each agenda item with the number its wrapping table gives it, if any.
    private static func itemEntries(in agenda: AcadreTable) -> [(item: AcadreTable, number: String?)] {
        agenda.descendants(itemTables).flatMap { table -> [(item: AcadreTable, number: String?)] in
            if table.name == "agendaitem" { return [(table, table.field("number", "itemno", "no", "sort"))] }
            let number = table.field("sort", "number", "no")
            return table.tables("agendaitem").map { ($0, $0.field("number", "itemno", "no") ?? number) }
        }
    }

    private static func item(_ table: AcadreTable, number: String) -> AgendaItem {
        var sections: [Section] = []
        collectSections(in: table, into: &sections)
        let caseNumber =
            table.field("caseno", "casenumber", "sagsnr", "journalno")
            ?? table.descendants(["noarksak", "case"]).lazy.compactMap {
                $0.field("caseno", "casenumber", "sagsnr", "journalno", "number")
            }.first
        let absentees = [table.field("absent"), table.field("excuse", "afbud")].compactMap { $0 }
            .filter { !isFlag($0) }
        var item = AgendaItem(
            number: number,
            title: TextLine.collapsed(table.field("name", "title", "caption") ?? ""),
            caseNumber: caseNumber.map(TextLine.collapsed),
            isClosed: isClosed(table),
            sections: sections,
            attachments: table.descendants(["enclosure", "attachment"]).compactMap {
                $0.field("name", "title", "filename").map(TextLine.collapsed)
            },
            absent: NameList.names(in: absentees.joined(separator: "\n"))
        )
        item.text = TextMinutesReader.text(of: item)
        return item
    }

    // Bullets (and any other nested table with a heading and content) are the item's sections, in document order.
    private static func collectSections(in table: AcadreTable, into sections: inout [Section]) {
        for child in table.tables where !["enclosure", "attachment", "noarksak", "case", "member"].contains(child.name)
        {
            if let content = child.field("bulletcontent", "content", "html", "text", "body") {
                let text = sectionText(content)
                guard !text.isEmpty else { continue }
                let heading = TextLine.collapsed(child.field("bulletname", "heading", "name", "title", "caption") ?? "")
                let kind = SectionHeading.kind(ofName: heading) ?? SectionHeading.find(in: heading)?.kind ?? .other
                sections.append(Section(heading: heading, kind: kind, text: text))
            } else {
                collectSections(in: child, into: &sections)
            }
        }
    }

    // Bullet content is HTML in most exports and plain text in some.
    private static func sectionText(_ content: String) -> String {
        if content.contains("<"), content.contains(">") { return HTMLText.text(from: content) }
        let lines = TextDecoding.normalized(content).split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextLine.collapsed(String($0)) }
        return lines.split(whereSeparator: \.isEmpty).map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    // `accessname` says Åben or Lukket; older exports give only `access`, 1 for a public item.
    private static func isClosed(_ table: AcadreTable) -> Bool {
        if let name = table.field("accessname", "accesstype") {
            return name.lowercased().hasPrefix("lukk")
        }
        if let access = table.field("access") { return access != "1" }
        return false
    }

    private static func memberName(_ member: AcadreTable) -> String? {
        guard let name = member.field("name", "membername", "fullname").map(TextLine.collapsed) else { return nil }
        guard let party = member.field("party", "parti", "partyname"), !name.hasSuffix(")") else { return name }
        return "\(name) (\(party))"
    }

    private static func isAbsent(_ member: AcadreTable) -> Bool {
        if let absent = member.field("absent", "isabsent") { return isTrue(absent) }
        if let status = member.field("status", "attendance", "participation")?.lowercased() {
            return ["fravær", "afbud", "absent", "forfald"].contains { status.contains($0) }
        }
        return false
    }

    private static func isFlag(_ value: String) -> Bool {
        ["true", "false", "ja", "nej", "yes", "no", "0", "1"].contains(value.lowercased())
    }

    private static func isTrue(_ value: String) -> Bool {
        ["true", "ja", "yes", "1"].contains(value.lowercased())
    }

    // `2023-06-12T16:00:00` or `12-06-2023 16:00`: the `T` of ISO stamps becomes the space OS2 stamps have.
    private static func timestamp(_ text: String) -> OS2Timestamp? {
        var previous: Character = " "
        let spaced = String(
            text.map { character -> Character in
                defer { previous = character }
                return character == "T" && previous.isNumber ? " " : character
            }
        )
        return OS2Timestamp(spaced)
    }
}
