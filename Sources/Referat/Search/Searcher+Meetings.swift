import XapianKit

extension Searcher {
    /// The meeting with id `id` (``MeetingAgenda/id``): its items in agenda order and the committee's previous and
    /// next meetings; `nil` when the index holds no item of it.
    public func meeting(id: String) throws -> MeetingAgenda? {
        // Ids are ASCII slugs, so a prefix of an id term cannot run into another meeting's ids but through `/`.
        let idTerms = try database.terms(withPrefix: IndexSchema.id.term(id + "/")).map(\.term)
        guard !idTerms.isEmpty else { return nil }
        let enquire = Enquire(database: database)
        enquire.setQuery(.combine(.or, idTerms.map { .term($0) }))
        enquire.sort = .value(slot: IndexSchema.orderSlot, descending: false)
        let mset = try enquire.mset(offset: 0, limit: idTerms.count)
        var items: [SearchHit] = []
        for index in 0..<mset.count {
            let stored = try StoredItem(documentData: try mset.hit(at: index).data)
            items.append(SearchHit(stored: stored, rank: index + 1, score: 0, snippet: HighlightedText(marked: "")))
        }
        let details = try items.first.flatMap { try item(id: $0.id) }?.details ?? StoredItem.Details()
        let (previous, next) = try neighbours(of: id)
        return MeetingAgenda(id: id, items: items, details: details, previous: previous, next: next)
    }

    /// The ids of the meetings of the same committee just before and after meeting `id`, from the meeting register
    /// (``IndexSchema/Metadata/meetingPrefix``), ordered by day and then key.
    private func neighbours(of id: String) throws -> (previous: String?, next: String?) {
        let meetingPart = id.split(separator: "~", maxSplits: 1).first.map(String.init) ?? id
        guard let daySlash = meetingPart.lastIndex(of: "/") else { return (nil, nil) }
        let committeePrefix = IndexSchema.Metadata.meetingPrefix + meetingPart[...daySlash]
        var ids: [String] = []
        for key in try database.metadataKeys(withPrefix: committeePrefix) {
            let part = String(key.dropFirst(IndexSchema.Metadata.meetingPrefix.count))
            let keys = IndexedMeeting.list(from: try database.metadata(forKey: key)).map(\.key).sorted()
            ids += keys.map { $0.isEmpty ? part : part + "~" + $0 }
        }
        guard let position = ids.firstIndex(of: id) else { return (nil, nil) }
        return (
            position > 0 ? ids[position - 1] : nil,
            position + 1 < ids.count ? ids[position + 1] : nil
        )
    }
}
