import Foundation
import Minutes

/// What the index keeps in each document's data: everything a hit displays and the text snippets are cut from.
///
/// Stored as one line of JSON with every field but the text, then a newline and the text: outside tools read
/// the first line as JSON, and a hit's fields decode without reading through its text.
public struct StoredItem: Sendable, Hashable, Codable {
    /// The stable item id (see ``ItemID``).
    public var id: String
    /// The municipality, or `nil` when unknown.
    public var municipality: String?
    /// The committee.
    public var committee: String
    /// The meeting date, `YYYY-MM-DD`.
    public var date: String
    /// The item number as printed.
    public var item: String
    /// The item title.
    public var title: String
    /// The case number as printed.
    public var caseNumber: String?
    /// Whether the item is on the closed agenda.
    public var closed: Bool
    /// The decision, if recorded.
    public var decision: String?
    /// The recommendation, if any.
    public var recommendation: String?
    /// Members absent for the item.
    public var absent: [String]
    /// The source file.
    public var source: String
    /// The item's text after its title: its sections with their headings. Not among the JSON fields (see
    /// ``documentData(encoder:)``), so decoding the fields alone leaves it empty.
    public var text: String = ""

    enum CodingKeys: String, CodingKey {
        case id, municipality, committee, date, item, title
        case caseNumber = "case"
        case closed, decision, recommendation, absent, source
    }

    /// Makes the stored form of `item` of `meeting`, read from `source`.
    public init(meeting: Meeting, item: AgendaItem, source: String) {
        self.id = ItemID.make(meeting: meeting, item: item)
        self.municipality = meeting.municipality
        self.committee = meeting.committee
        self.date = meeting.date.iso
        self.item = item.number
        self.title = item.title
        self.caseNumber = item.caseNumber
        self.closed = item.isClosed
        self.decision = item.decision
        self.recommendation = item.recommendation
        self.absent = item.absent.isEmpty ? meeting.absent : item.absent
        self.source = source
        self.text = Self.body(of: item)
    }

    /// The item's text without the title it starts with, since the title is shown on its own.
    static func body(of item: AgendaItem) -> String {
        guard item.text.hasPrefix(item.title) else { return item.text }
        return String(item.text.dropFirst(item.title.count).drop { $0.isWhitespace })
    }

    /// The item as document data: the fields as one JSON line (keys sorted), a newline, the text.
    public func documentData(encoder: JSONEncoder) throws -> String {
        // JSON escapes newlines inside strings, so the first newline always ends the fields.
        String(decoding: try encoder.encode(self), as: UTF8.self) + "\n" + text
    }

    /// Reads document data written by ``documentData(encoder:)``.
    public init(documentData data: String, decoder: JSONDecoder) throws {
        let bytes = data.utf8
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        self = try decoder.decode(StoredItem.self, from: Data(bytes[..<newline]))
        text = newline == bytes.endIndex ? "" : String(data[bytes.index(after: newline)...])
    }
}
