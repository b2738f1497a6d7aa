import Minutes

/// What the index keeps in each document's data: everything a hit displays and the text snippets are cut from.
///
/// Stored as one line of JSON with the fields a hit shows, a second line of JSON with what only `referat show`
/// needs (``details``), then the text: outside tools read the first line as JSON, and a hit's fields decode
/// without reading through the rest.
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
    /// Members absent for the item, by name without party (``MemberName``).
    public var absent: [String]
    /// How the parties voted on the decision, or `nil` when the decision records no vote that could be read.
    public var votes: PartyVotes?
    /// The kinds of the item's sections (``Section/Kind`` raw values), each once.
    public var sections: [String]
    /// The source file, as an absolute path.
    public var source: String
    /// Where the item is published, when the source says (``AgendaItem/url``).
    public var url: String?
    /// What only reading the whole item needs; empty when decoded for a hit.
    public var details = Details()
    /// The item's text after its title: its sections with their headings. Not among the JSON fields (see
    /// ``documentData()``).
    public var text: String = ""
    /// The text of the item's attachments that have one (a harvested PDF's), each cut to
    /// ``attachmentSnippetBytes``: what a snippet shows when a search matches only there.
    public var attachmentTexts: [AttachmentText] = []

    /// An attachment's title and the start of its text.
    public struct AttachmentText: Sendable, Hashable {
        /// The attachment's title.
        public var name: String
        /// Its text, cut to ``StoredItem/attachmentSnippetBytes``.
        public var text: String

        /// An attachment's title and text.
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// How much of each attachment's text is kept for snippets; all of it is indexed.
    public static let attachmentSnippetBytes = 32 * 1024

    // Separates the item's text from its attachments' in the document data: a control character no text holds.
    private static let attachmentSeparator: Character = "\u{1E}"
    private static let attachmentSeparatorByte: UInt8 = 0x1E

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
        let absent = (item.absent.isEmpty ? meeting.absent : item.absent).map(MemberName.normalised)
        self.absent = Self.distinct(absent.filter { !$0.isEmpty })
        self.votes = item.decision.flatMap(VoteParser.votes(in:))
        self.sections = Self.distinct(item.sections.map(\.kind.rawValue))
        self.source = source
        self.url = item.url
        self.text = Self.body(of: item)
        details.headings = item.sections.map { Details.Heading(heading: $0.heading, kind: $0.kind.rawValue) }
        details.attachments = item.attachments.enumerated().map { index, name in
            Details.Attachment(name: name, url: index < item.attachmentURLs.count ? item.attachmentURLs[index] : nil)
        }
        details.time = meeting.time
        details.place = meeting.place
        details.meetingID = meeting.meetingID
    }

    /// What `referat show` prints beyond a hit's fields, kept on the second line of the document data.
    public struct Details: Sendable, Hashable {
        /// A section's heading as printed and its kind (``Section/Kind`` raw value), in order.
        public struct Heading: Sendable, Hashable {
            public var heading: String
            public var kind: String
        }

        /// An attachment's title and, when the source gives it, where it is published.
        public struct Attachment: Sendable, Hashable {
            public var name: String
            public var url: String?
        }

        /// Every section of the item, in order.
        public var headings: [Heading] = []
        /// The attachments (*bilag*), in order.
        public var attachments: [Attachment] = []
        /// The meeting's start time, `HH:MM`.
        public var time: String?
        /// Where the meeting was held.
        public var place: String?
        /// The publisher's meeting id (``Meeting/meetingID``).
        public var meetingID: String?

        var json: JSONValue {
            .object([
                "sections": .array(
                    headings.map { .object(["heading": .string($0.heading), "kind": .string($0.kind)]) }
                ),
                "attachments": .array(attachments.map { .object(["name": .string($0.name), "url": .string($0.url)]) }),
                "time": .string(time), "place": .string(place), "meeting_id": .string(meetingID),
            ])
        }

        init() {}

        init(json: JSONValue) {
            headings = (json["sections"]?.arrayValue ?? []).map {
                Heading(heading: $0["heading"]?.stringValue ?? "", kind: $0["kind"]?.stringValue ?? "")
            }
            attachments = (json["attachments"]?.arrayValue ?? []).map {
                Attachment(name: $0["name"]?.stringValue ?? "", url: $0["url"]?.stringValue)
            }
            time = json["time"]?.stringValue
            place = json["place"]?.stringValue
            meetingID = json["meeting_id"]?.stringValue
        }
    }

    /// The item's text without the title it starts with, since the title is shown on its own.
    static func body(of item: AgendaItem) -> String {
        guard item.text.hasPrefix(item.title) else { return item.text }
        return String(item.text.dropFirst(item.title.count).drop { $0.isWhitespace })
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The keys of the fields tools see for a hit, in order: the members of a JSON hit and the columns of CSV,
    /// where a key `a.b` is member `b` of the object `a` in JSON.
    static let outputKeys = [
        IndexSchema.date.key, IndexSchema.municipality.key, IndexSchema.committee.key, "item", "title",
        IndexSchema.caseNumber.key, "closed", "decision", IndexSchema.id.key, "source", "url", IndexSchema.absent.key,
        "votes." + IndexSchema.votedFor.key, "votes." + IndexSchema.votedAgainst.key,
        "votes." + IndexSchema.abstained.key, "votes.unanimous",
    ]

    /// The value of output key `key` (one of ``outputKeys``); `.null` for no value.
    func outputValue(forKey key: String) -> JSONValue {
        switch key {
        case IndexSchema.date.key: .string(date)
        case IndexSchema.municipality.key: .string(municipality)
        case IndexSchema.committee.key: .string(committee)
        case "item": .string(item)
        case "title": .string(title)
        case IndexSchema.caseNumber.key: .string(caseNumber)
        case "closed": .bool(closed)
        case "decision": .string(decision)
        case IndexSchema.absent.key: .array(absent.map(JSONValue.string))
        case "votes." + IndexSchema.votedFor.key: Self.list(votes?.inFavour)
        case "votes." + IndexSchema.votedAgainst.key: Self.list(votes?.against)
        case "votes." + IndexSchema.abstained.key: Self.list(votes?.abstained)
        case "votes.unanimous": votes.map { .bool($0.unanimous) } ?? .null
        case IndexSchema.id.key: .string(id)
        case "source": .string(source)
        case "url": .string(url)
        default: .null
        }
    }

    private static func list(_ values: [String]?) -> JSONValue {
        values.map { .array($0.map(JSONValue.string)) } ?? .null
    }

    /// The output fields as one JSON object: `a.b` keys nested, an object whose members are all null as null.
    var outputObject: [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        var nested: [String: [String: JSONValue]] = [:]
        for key in Self.outputKeys {
            let value = outputValue(forKey: key)
            if let dot = key.firstIndex(of: ".") {
                nested[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = value
            } else {
                members[key] = value
            }
        }
        for (key, object) in nested {
            members[key] = object.values.allSatisfy { $0 == .null } ? .null : .object(object)
        }
        return members
    }

    /// The item as document data: the fields as one JSON line (keys sorted), a newline, the ``details`` as one JSON
    /// line, a newline, the text.
    public func documentData() -> String {
        // What a hit shows and little more: every hit's fields are parsed from this line, so each field kept costs
        // searches; the recommendation, long and shown nowhere, is only in the text.
        var fields = outputObject
        fields[IndexSchema.section.key] = .array(sections.map(JSONValue.string))
        // JSON escapes newlines inside strings, so the first newline always ends the fields.
        var data =
            JSONValue.object(fields.filter { $0.value != .null }).text(.compact) + "\n"
            + details.json.text(.compact) + "\n" + text.filter { $0 != Self.attachmentSeparator }
        if !attachmentTexts.isEmpty {
            let attachments = JSONValue.array(
                attachmentTexts.map { .object(["name": .string($0.name), "text": .string($0.text)]) }
            )
            data += String(Self.attachmentSeparator) + attachments.text(.compact)
        }
        return data
    }

    /// Reads document data written by ``documentData()``; the ``details`` only when `withDetails`, as a hit
    /// has no use for them.
    public init(documentData data: String, withDetails: Bool = false) throws(UnreadableData) {
        let bytes = data.utf8
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let detailsEnd =
            newline == bytes.endIndex
            ? newline : bytes[bytes.index(after: newline)...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let fields: JSONValue
        do {
            fields = try JSONValue(parsing: data[..<newline])
        } catch {
            throw UnreadableData(reason: error.description)
        }
        let reader = FieldReader(fields: fields)
        id = try reader.string(IndexSchema.id.key)
        municipality = try reader.optionalString(IndexSchema.municipality.key)
        committee = try reader.string(IndexSchema.committee.key)
        date = try reader.string(IndexSchema.date.key)
        item = try reader.string("item")
        title = try reader.string("title")
        caseNumber = try reader.optionalString(IndexSchema.caseNumber.key)
        closed = try reader.bool("closed")
        decision = try reader.optionalString("decision")
        absent = try reader.strings(IndexSchema.absent.key)
        if let votes = fields["votes"], votes != .null {
            let votesReader = FieldReader(fields: votes)
            self.votes = PartyVotes(
                inFavour: try votesReader.strings(IndexSchema.votedFor.key),
                against: try votesReader.strings(IndexSchema.votedAgainst.key),
                abstained: try votesReader.strings(IndexSchema.abstained.key),
                unanimous: try votesReader.bool("unanimous")
            )
        } else {
            votes = nil
        }
        sections = try reader.strings(IndexSchema.section.key)
        source = try reader.string("source")
        url = try reader.optionalString("url")
        if withDetails, newline != bytes.endIndex {
            do {
                details = Details(json: try JSONValue(parsing: data[bytes.index(after: newline)..<detailsEnd]))
            } catch {
                throw UnreadableData(reason: error.description)
            }
        }
        guard detailsEnd != bytes.endIndex else {
            text = ""
            return
        }
        let textStart = bytes.index(after: detailsEnd)
        // Looked for by byte: searching the text by Character took a sixth of a search page's time.
        guard let separator = bytes[textStart...].firstIndex(of: Self.attachmentSeparatorByte) else {
            text = String(data[textStart...])
            return
        }
        text = String(data[textStart..<separator])
        let attachments = try? JSONValue(parsing: data[bytes.index(after: separator)...])
        attachmentTexts = (attachments?.arrayValue ?? []).map {
            AttachmentText(name: $0["name"]?.stringValue ?? "", text: $0["text"]?.stringValue ?? "")
        }
    }

    /// Document data that is not an item's as referat stores it: another program wrote the index, or it is damaged.
    public struct UnreadableData: Error, Hashable, Sendable, CustomStringConvertible {
        /// What was wrong.
        public var reason: String

        public var description: String { "an item's stored data is not referat's: \(reason)" }
    }

    /// Reads the members of a JSON object, saying which one is missing or of the wrong kind.
    private struct FieldReader {
        let fields: JSONValue

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

        func bool(_ key: String) throws(UnreadableData) -> Bool {
            guard let value = fields[key]?.boolValue else { throw UnreadableData(reason: "no Boolean \"\(key)\"") }
            return value
        }

        func strings(_ key: String) throws(UnreadableData) -> [String] {
            guard let values = fields[key]?.arrayValue?.compactMap(\.stringValue) else {
                throw UnreadableData(reason: "no list \"\(key)\"")
            }
            return values
        }
    }
}
