import XapianKit

/// Chooses the key of each meeting's item ids (``IndexedMeeting/key``) from the meetings the index already holds
/// for the same municipality, committee and day, and keeps that record in the index's metadata.
///
/// A meeting that is the same as one recorded there (``IndexedMeeting/isSameMeeting(as:)``) takes its key, so its
/// items replace that copy's. A distinct one takes the plain ids when no meeting there has them, else its own key.
enum MeetingRegister {
    /// Where a meeting's items go.
    struct Placement {
        /// The key of the meeting's item ids.
        var key: String
        /// The meeting of another file this one is the same as, whose items it replaces.
        var sameAs: IndexedMeeting?
        /// The distinct meeting of another file that has the plain ids this one would have had.
        var besides: IndexedMeeting?
    }

    /// Forgets the meeting recorded for the file at `source`, if any.
    static func forget(source: String, in database: WritableDatabase) throws {
        let reverseKey = IndexSchema.Metadata.meetingOfPrefix + source
        let entryKey = try database.metadata(forKey: reverseKey)
        guard !entryKey.isEmpty else { return }
        let kept = IndexedMeeting.list(from: try database.metadata(forKey: entryKey)).filter { $0.source != source }
        try database.setMetadata(IndexedMeeting.text(of: kept), forKey: entryKey)
        try database.setMetadata("", forKey: reverseKey)
    }

    /// Forgets the meeting recorded for the file at `source` under `meetingPart`, even when the record naming
    /// its entry was never written.
    static func forget(source: String, under meetingPart: String, in database: WritableDatabase) throws {
        try forget(source: source, in: database)
        let entryKey = entryKey(of: meetingPart)
        let meetings = IndexedMeeting.list(from: try database.metadata(forKey: entryKey))
        let kept = meetings.filter { $0.source != source }
        if kept.count < meetings.count { try database.setMetadata(IndexedMeeting.text(of: kept), forKey: entryKey) }
    }

    /// The metadata key of the meetings recorded under `meetingPart`, within Xapian's limit.
    private static func entryKey(of meetingPart: String) -> String {
        KeyLength.bounded(IndexSchema.Metadata.meetingPrefix + meetingPart, toBytes: KeyLength.maximumMetadataKeyBytes)
    }

    /// Records `meeting`, whose ids start with `meetingPart`, and says where its items go.
    static func place(
        _ meeting: IndexedMeeting,
        under meetingPart: String,
        in database: WritableDatabase
    ) throws -> Placement {
        let entryKey = entryKey(of: meetingPart)
        var meetings = IndexedMeeting.list(from: try database.metadata(forKey: entryKey))
            .filter { $0.source != meeting.source }
        var placed = meeting
        var placement = Placement(key: "")
        if let index = meetings.firstIndex(where: { meeting.isSameMeeting(as: $0) }) {
            let same = meetings.remove(at: index)
            placement.sameAs = same
            placement.key = same.key
            try database.setMetadata("", forKey: IndexSchema.Metadata.meetingOfPrefix + same.source)
        } else if let plain = meetings.first(where: { $0.key.isEmpty }) {
            placement.besides = plain
            var key = meeting.ownKey
            var suffix = 2
            while meetings.contains(where: { $0.key == key }) {
                key = meeting.ownKey + "-\(suffix)"
                suffix += 1
            }
            placement.key = key
        }
        placed.key = placement.key
        meetings.append(placed)
        try database.setMetadata(IndexedMeeting.text(of: meetings), forKey: entryKey)
        try database.setMetadata(entryKey, forKey: IndexSchema.Metadata.meetingOfPrefix + meeting.source)
        return placement
    }
}
