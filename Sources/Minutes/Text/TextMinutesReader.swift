import Foundation

/// Reads minutes published as PDF and extracted to text, plain or markdown-like.
///
/// The reader follows the structure Danish minutes share rather than one municipality's template:
/// a cover with labelled fields (`Mødedato`, `Mødested`, `Deltagere`, `Fraværende`), an optional table of
/// contents, item headings (`Punkt 88: Title`, or a journal number line and then `21. Title`), and sections
/// under known headings (`Sagsfremstilling`, `Indstilling`, `Beslutning …`, `Bilag`). Markdown marks, form
/// feeds, page numbers and running page headers are ignored.
public struct TextMinutesReader: MinutesReader {
    /// Creates the reader.
    public init() {}

    /// Whether `source` is text that is not JSON, XML, HTML or a PDF.
    public func canRead(_ source: SourceDocument) -> Bool {
        guard let text = source.text else { return false }
        let start = text.drop { $0.isWhitespace }.prefix(5)
        return !(start.hasPrefix("{") || start.hasPrefix("[") || start.hasPrefix("<") || start.hasPrefix("%PDF"))
    }

    /// Parses the text of `source` into a meeting.
    ///
    /// - Throws: `MinutesError` with `no agenda items found` or `no meeting date found`, or why the bytes are
    ///   not text.
    public func read(_ source: SourceDocument) throws -> Meeting {
        let lines = TextPages.lines(of: try source.decodedText())
        let headings = ItemHeading.locate(in: lines)
        guard let first = headings.first else { throw source.error("no agenda items found") }
        let cover = CoverPage(lines: lines[..<first.startLine])
        guard let date = cover.date else { throw source.error("no meeting date found") }

        var items: [AgendaItem] = []
        var closedMarker: Bool?
        for (position, heading) in headings.enumerated() {
            let end = position + 1 < headings.count ? headings[position + 1].startLine : lines.count
            var bodyLines: [Line] = []
            var markerForNext: Bool?
            for line in lines[min(heading.bodyLine, end)..<end] {
                if Self.isClosing(line) { break }
                if let marker = AgendaStatus.marker(in: line) {
                    markerForNext = marker
                    continue
                }
                bodyLines.append(line)
            }
            let body = ItemBody(lines: bodyLines)
            let isClosed = heading.closedByTitle ?? closedMarker ?? cover.contentsStatus[heading.number] ?? false
            items.append(
                AgendaItem(
                    number: heading.number,
                    title: heading.title,
                    caseNumber: heading.caseNumber,
                    isClosed: isClosed,
                    sections: body.sections,
                    attachments: body.attachments,
                    absent: body.absent
                )
            )
            if let markerForNext { closedMarker = markerForNext }
        }
        items = Self.withoutEmptyDuplicates(items)
        items = Self.withoutMeetingAttachmentList(items)
        for index in items.indices { items[index].text = Self.text(of: items[index]) }

        return Meeting(
            municipality: cover.municipality,
            committee: cover.committee ?? "",
            date: date,
            time: cover.time,
            place: cover.place,
            participants: cover.participants,
            absent: cover.absent,
            items: items
        )
    }

    /// The item as plain text: the title, then each section's heading and text, separated by blank lines.
    static func text(of item: AgendaItem) -> String {
        var parts = [item.title]
        for section in item.sections {
            if !section.heading.isEmpty { parts.append(section.heading) }
            if !section.text.isEmpty { parts.append(section.text) }
        }
        return parts.joined(separator: "\n\n")
    }

    // The signature block at the end of the minutes belongs to no item.
    private static func isClosing(_ line: Line) -> Bool {
        closing.contains(TextLine.trimming(line.plain) { $0 == ":" || $0 == " " })
    }

    private static let closing = NameTable(["underskrifter", "underskrift", "underskriftsside", "underskriftsblad"])

    // A heading listed twice (an agenda overview, then the item itself) leaves an empty first copy.
    private static func withoutEmptyDuplicates(_ items: [AgendaItem]) -> [AgendaItem] {
        items.enumerated().filter { position, item in
            !(item.sections.isEmpty && items[(position + 1)...].contains { $0.number == item.number })
        }.map(\.element)
    }

    // Some minutes end with the list of every attachment of the meeting, printed after the last item as if it
    // were that item's Bilag. A Bilag list made mostly of attachments of two or more other items is that list.
    private static func withoutMeetingAttachmentList(_ items: [AgendaItem]) -> [AgendaItem] {
        let keys = items.map { Set($0.attachments.map(attachmentKey)) }
        return items.enumerated().map { position, item in
            var result = item
            result.sections.removeAll { section in
                guard section.kind == .attachments else { return false }
                let entries = Set(ItemBody.entries(in: section.text).map(attachmentKey))
                let others = keys.indices.filter { $0 != position && !keys[$0].isDisjoint(with: entries) }
                let shared = entries.filter { key in others.contains { keys[$0].contains(key) } }
                return entries.count >= 2 && others.count >= 2 && shared.count * 2 > entries.count
            }
            if result.sections.count != item.sections.count {
                result.attachments = result.sections.filter { $0.kind == .attachments }
                    .flatMap { ItemBody.entries(in: $0.text) }
            }
            return result
        }
    }

    private static func attachmentKey(_ title: String) -> String {
        String(title.lowercased().unicodeScalars.filter { alphanumerics.contains($0) })
    }

    private static let alphanumerics = CharacterSet.alphanumerics
}
