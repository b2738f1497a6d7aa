import Foundation

/// Reads FirstAgenda publications: one meeting as JSON, as Greve Kommune publishes its minutes.
///
/// Gives the committee (`Udvalg.Navn` without its election period), the date and time (`Moede.Dato`), the
/// place, the participants with those marked absent or cancelled, and every item with its number, title
/// (a `Lukket:` prefix marks a closed item and is removed), case number (`SagsNummer`), attachment titles
/// (`Bilag`) and sections read from the HTML body. The municipality is left to the caller, as the JSON never
/// names it.
public struct FirstAgendaReader: MinutesReader {
    /// Creates the reader.
    public init() {}

    /// Whether `source` is text that looks like JSON.
    ///
    /// The reader claims every JSON document, so that JSON of another shape or cut short is reported as such
    /// rather than as an unknown format; a reader for another JSON format goes before it.
    public func canRead(_ source: SourceDocument) -> Bool {
        guard let first = source.text?.first(where: { !$0.isWhitespace }) else { return false }
        return first == "{" || first == "["
    }

    /// Parses the JSON of `source` into a meeting.
    ///
    /// - Throws: `MinutesError` with `truncated or invalid JSON: …`, `JSON is not a FirstAgenda meeting …`,
    ///   `no agenda items found` or `no meeting date found`, or why the bytes are not text.
    public func read(_ source: SourceDocument) throws -> Meeting {
        let document: FirstAgendaDocument
        do {
            document = try FirstAgendaDocument(data: Data(try source.decodedText().utf8))
        } catch let failure as FirstAgendaDocument.Failure {
            throw source.error(failure.reason)
        }
        guard !document.items.isEmpty else { throw source.error("no agenda items found") }
        guard let start = document.start, let date = CalendarDate(iso: start.prefix(10)) else {
            throw source.error("no meeting date found")
        }
        var participants: [String] = []
        var absent: [String] = []
        for participant in document.participants where !participants.contains(participant.name) {
            participants.append(participant.name)
            if participant.isAbsent { absent.append(participant.name) }
        }
        return Meeting(
            committee: document.committee.map(Self.committee) ?? "",
            date: date,
            time: Self.time(in: start),
            place: document.place,
            participants: participants,
            absent: absent,
            items: document.items.enumerated().map { Self.item($1, position: $0, of: document) },
            meetingID: document.meetingID
        )
    }

    static func item(
        _ item: FirstAgendaDocument.Item,
        position: Int,
        of document: FirstAgendaDocument? = nil
    ) -> AgendaItem {
        var title = TextLine.collapsed(item.title)
        var isClosed = false
        if let prefix = title.range(of: "lukket:", options: [.caseInsensitive, .anchored]) {
            title = title[prefix.upperBound...].trimmingCharacters(in: .whitespaces)
            isClosed = true
        }
        var blocks: [HTMLText.Block] = []
        for field in item.fields {
            if let name = field.name { blocks.append(HTMLText.Block(kind: .heading(level: 1), text: name)) }
            if let html = field.html {
                blocks += HTMLText.blocks(from: html)
            } else if let text = field.text {
                blocks += text.components(separatedBy: "\n\n").map { HTMLText.Block(kind: .paragraph, text: $0) }
            }
        }
        let body = FirstAgendaBody(blocks: blocks, title: title)
        var result = AgendaItem(
            number: item.number ?? String(position + 1),
            title: title,
            caseNumber: item.caseNumber,
            isClosed: isClosed,
            sections: body.sections,
            attachments: item.attachments,
            absent: body.absent
        )
        result.text = TextMinutesReader.text(of: result)
        if let site = document?.site {
            if let meetingID = document?.meetingID, let itemID = item.id {
                result.url = "https://\(site)/vis?id=\(meetingID)&punktid=\(itemID)"
            }
            if item.attachmentIDs.contains(where: { $0 != nil }) {
                result.attachmentURLs = item.attachmentIDs.map { id in id.map { "https://\(site)/vis/pdf/bilag/\($0)" }
                }
            }
        }
        return result
    }

    // `Byråd 2022-2025` → `Byråd`; FirstAgenda sorts some pseudo-committees first with a leading full stop
    // (`.Spørgsmål / Svar til Byrådet 2022-2025`), which is no part of the name.
    private static func committee(_ name: String) -> String {
        CoverPage.committeeName(name).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }

    // `2022-01-10T08:00:00+01:00` → `08:00`, the local time the minutes print.
    private static func time(in start: String) -> String? {
        let characters = Array(start)
        guard characters.count >= 16, characters[10] == "T", characters[13] == ":" else { return nil }
        let time = String(characters[11..<16])
        return CoverPage.time(in: time)
    }
}
