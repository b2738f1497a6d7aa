import Minutes

/// What the index keeps in each document's data: everything a hit displays and the text snippets are cut from.
///
/// Stored as one line of JSON with every field but the text, then a newline and the text: outside tools read
/// the first line as JSON, and a hit's fields decode without reading through its text.
public struct StoredItem: Sendable, Hashable {
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
    /// ``documentData()``).
    public var text: String = ""

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
    public func documentData() -> String {
        // JSON escapes newlines inside strings, so the first newline always ends the fields.
        storedFields.text(.compact) + "\n" + text
    }

    /// Reads document data written by ``documentData()``.
    public init(documentData data: String) throws(UnreadableData) {
        let bytes = data.utf8
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let fields: JSONValue
        do {
            fields = try JSONValue(parsing: data[..<newline])
        } catch {
            throw UnreadableData(reason: error.description)
        }
        func string(_ key: String) throws(UnreadableData) -> String {
            guard let value = fields[key]?.stringValue else { throw UnreadableData(reason: "no string \"\(key)\"") }
            return value
        }
        func optionalString(_ key: String) throws(UnreadableData) -> String? {
            switch fields[key] {
            case nil, .null?: return nil
            case .string(let value)?: return value
            default: throw UnreadableData(reason: "\"\(key)\" is not a string")
            }
        }
        id = try string("id")
        municipality = try optionalString("municipality")
        committee = try string("committee")
        date = try string("date")
        item = try string("item")
        title = try string("title")
        caseNumber = try optionalString("case")
        guard let closed = fields["closed"]?.boolValue else { throw UnreadableData(reason: "no Boolean \"closed\"") }
        self.closed = closed
        decision = try optionalString("decision")
        recommendation = try optionalString("recommendation")
        guard let absent = fields["absent"]?.arrayValue?.compactMap(\.stringValue) else {
            throw UnreadableData(reason: "no list \"absent\"")
        }
        self.absent = absent
        source = try string("source")
        text = newline == bytes.endIndex ? "" : String(data[bytes.index(after: newline)...])
    }

    /// The fields as JSON, absent optional fields left out.
    private var storedFields: JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(id),
            "committee": .string(committee),
            "date": .string(date),
            "item": .string(item),
            "title": .string(title),
            "closed": .bool(closed),
            "absent": .array(absent.map(JSONValue.string)),
            "source": .string(source),
        ]
        members["municipality"] = municipality.map(JSONValue.string)
        members["case"] = caseNumber.map(JSONValue.string)
        members["decision"] = decision.map(JSONValue.string)
        members["recommendation"] = recommendation.map(JSONValue.string)
        return .object(members)
    }

    /// Document data that is not an item's as referat stores it: another program wrote the index, or it is damaged.
    public struct UnreadableData: Error, Hashable, Sendable, CustomStringConvertible {
        /// What was wrong.
        public var reason: String

        public var description: String { "an item's stored data is not referat's: \(reason)" }
    }
}
