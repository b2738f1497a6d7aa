/// Renders results as JSON for tools: field names and shapes are documented in the README and kept stable.
public enum JSONRenderer {
    /// `{query, total, offset, limit, hits, facets, matched, suggestion, corrected, time_limited}`; a grouped
    /// result (``SearchRequest/group``) also has `groups` and `groups_exact`, and each hit `collapsed` and
    /// `case_latest_decision`.
    public static func render(_ result: SearchResult) -> String {
        var facets: [String: JSONValue] = [:]
        for facet in IndexSchema.facets { facets[facet.key] = value(of: result.counts(of: facet)) }
        var matched: [String: JSONValue] = [:]
        for (field, values) in result.matchedFilters { matched[field.key] = .array(values.map(JSONValue.string)) }
        var hits = result.hits.map(value(of:))
        if result.groups != nil {
            hits = zip(hits, result.hits).map { value, hit in
                guard case .object(var members) = value else { return value }
                members["collapsed"] = .int(hit.collapsed)
                members["case_latest_decision"] = .string(hit.caseLatestDecision)
                return .object(members)
            }
        }
        var members: [String: JSONValue] = [
            "query": .string(result.request.query),
            "total": .int(result.total),
            "offset": .int(result.request.offset),
            "limit": .int(result.request.limit),
            "hits": .array(hits),
            "facets": .object(facets),
            "matched": .object(matched),
            "suggestion": .string(result.suggestion),
            "corrected": .bool(result.corrected),
            "time_limited": .bool(result.timeLimited),
        ]
        if let groups = result.groups {
            members["groups"] = .int(groups)
            members["groups_exact"] = .bool(result.groupsAreExact)
        }
        return JSONValue.object(members).text(.pretty)
    }

    /// `{case, items}` with the items oldest first.
    public static func render(caseNumber: String, items: [SearchHit]) -> String {
        JSONValue.object(["case": .string(caseNumber), "items": .array(items.map(value(of:)))]).text(.pretty)
    }

    /// Each hit as one JSON object on a line of its own (the objects of `hits` in ``render(_:)``), or `""` for none.
    public static func renderLines(_ hits: [SearchHit]) -> String {
        hits.map { value(of: $0).text(.compact) }.joined(separator: "\n")
    }

    /// One item as `referat show --format json` prints it: a hit's fields, the meeting's time, place and id,
    /// every section with its heading, kind and text, the attachments with their addresses, and the whole text.
    public static func render(item: StoredItem) -> String {
        var members = item.outputObject
        let details = item.details
        members["time"] = .string(details.time)
        members["place"] = .string(details.place)
        members["meeting_id"] = .string(details.meetingID)
        members["sections"] = .array(
            StoredItem.SectionText.split(item).map {
                .object(["heading": .string($0.heading), "kind": .string($0.kind), "text": .string($0.text)])
            }
        )
        members["attachments"] = .array(
            details.attachments.map { .object(["name": .string($0.name), "url": .string($0.url)]) }
        )
        members["text"] = .string(item.text)
        return JSONValue.object(members).text(.pretty)
    }

    /// The item's output fields with the hit's rank, score, snippet and where it matched (`matched_in`).
    static func value(of hit: SearchHit) -> JSONValue {
        var members = hit.stored.outputObject
        members["rank"] = .int(hit.rank)
        members["score"] = .double(hit.score)
        members["snippet"] = .string(hit.snippet.html)
        members["matched_in"] = .string(hit.matchedIn?.key)
        return .object(members)
    }

    /// `{value: count}`; a value listed twice gets the sum of its counts.
    private static func value(of counts: [SearchResult.FacetCount]) -> JSONValue {
        .object(Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +).mapValues(JSONValue.int))
    }
}
