import Minutes

/// What the index remembers of one meeting it holds, so that a meeting published twice is recognised as one and
/// two distinct meetings of a committee on one day never share item ids.
///
/// The meetings of one municipality, committee and day (one ``ItemID/meetingPart(of:)``) are kept together in one
/// metadata entry (``IndexSchema/Metadata/meetingPrefix``). The first meeting indexed there has the plain ids; a
/// distinct one indexed later has its ``key`` after the date.
struct IndexedMeeting: Hashable {
    /// The absolute path of the file whose items the index holds.
    var source: String
    /// What follows the date in the meeting's item ids after a `~`; empty for the plain ids.
    var key: String
    /// The publisher's meeting id, if any (``Meeting/meetingID``).
    var publisherID: String?
    /// Each item number with its title folded to lower-case letters and digits, cut to ``titleLength``.
    var agenda: [String: String]

    /// The entry for `meeting` read from `source`, its key not yet chosen.
    init(meeting: Meeting, source: String) {
        self.source = source
        key = ""
        publisherID = meeting.meetingID
        agenda = [:]
        for item in meeting.items where agenda[item.number] == nil {
            agenda[item.number] = Self.folded(item.title)
        }
    }

    /// Whether this and `other` are one meeting: the publisher's ids decide when both have one; otherwise the
    /// agendas must agree, most item numbers in common and every common item's title alike (one title may be
    /// cut short, as a PDF's running text can be).
    func isSameMeeting(as other: IndexedMeeting) -> Bool {
        if let id = publisherID, let otherID = other.publisherID { return id == otherID }
        let common = agenda.keys.filter { other.agenda[$0] != nil }
        guard !common.isEmpty, common.count * 5 >= max(agenda.count, other.agenda.count) * 4 else { return false }
        return common.allSatisfy { number in
            let (title, otherTitle) = (agenda[number] ?? "", other.agenda[number] ?? "")
            return title.hasPrefix(otherTitle) || otherTitle.hasPrefix(title)
        }
    }

    /// The key this meeting takes when another meeting already has the plain ids: the start of the publisher's
    /// id, else a hash of the source file's name (not its folder, so moving the corpus keeps the ids).
    var ownKey: String {
        if let publisherID {
            let slug = ItemID.slug(publisherID)
            if !slug.isEmpty { return String(slug.prefix(8)) }
        }
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return String(ContentHash.of(name).prefix(8))
    }

    private static let titleLength = 40

    private static func folded(_ title: String) -> String {
        String(title.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(titleLength))
    }

    // MARK: Stored form

    /// The meetings of one metadata entry.
    static func list(from text: String) -> [IndexedMeeting] {
        guard !text.isEmpty, let parsed = try? JSONValue(parsing: text) else { return [] }
        return (parsed.arrayValue ?? []).compactMap { value in
            guard let source = value["source"]?.stringValue else { return nil }
            var agenda: [String: String] = [:]
            if case .object(let members)? = value["agenda"] {
                for (number, title) in members { agenda[number] = title.stringValue ?? "" }
            }
            return IndexedMeeting(
                source: source,
                key: value["key"]?.stringValue ?? "",
                publisherID: value["publisher"]?.stringValue,
                agenda: agenda
            )
        }
    }

    /// `meetings` as one metadata entry; empty, which deletes the entry, for none.
    static func text(of meetings: [IndexedMeeting]) -> String {
        guard !meetings.isEmpty else { return "" }
        return JSONValue.array(
            meetings.map { meeting in
                .object([
                    "source": .string(meeting.source), "key": .string(meeting.key),
                    "publisher": .string(meeting.publisherID),
                    "agenda": .object(meeting.agenda.mapValues(JSONValue.string)),
                ])
            }
        ).text(.compact)
    }

    private init(source: String, key: String, publisherID: String?, agenda: [String: String]) {
        self.source = source
        self.key = key
        self.publisherID = publisherID
        self.agenda = agenda
    }
}
