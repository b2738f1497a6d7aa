/// Renders results as JSON for tools: field names and shapes are documented in the README and kept stable.
public enum JSONRenderer {
    /// `{query, total, offset, limit, hits, facets, suggestion, corrected}`.
    public static func render(_ result: SearchResult) -> String {
        let facets = result.facets
        return JSONValue.object([
            "query": .string(result.request.query),
            "total": .int(result.total),
            "offset": .int(result.request.offset),
            "limit": .int(result.request.limit),
            "hits": .array(result.hits.map(value(of:))),
            "facets": .object([
                "municipality": value(of: facets.municipality),
                "committee": value(of: facets.committee),
                "year": value(of: facets.year),
            ]),
            "suggestion": .string(result.suggestion),
            "corrected": .bool(result.corrected),
        ])
        .text(.pretty)
    }

    /// `{case, items}` with the items oldest first.
    public static func render(caseNumber: String, items: [SearchHit]) -> String {
        JSONValue.object(["case": .string(caseNumber), "items": .array(items.map(value(of:)))]).text(.pretty)
    }

    /// Each hit as one JSON object on a line of its own (the objects of `hits` in ``render(_:)``), or `""` for none.
    public static func renderLines(_ hits: [SearchHit]) -> String {
        hits.map { value(of: $0).text(.compact) }.joined(separator: "\n")
    }

    private static func value(of hit: SearchHit) -> JSONValue {
        .object([
            "id": .string(hit.id),
            "rank": .int(hit.rank),
            "score": .double(hit.score),
            "municipality": .string(hit.municipality),
            "committee": .string(hit.committee),
            "date": .string(hit.date),
            "item": .string(hit.item),
            "title": .string(hit.title),
            "case": .string(hit.caseNumber),
            "closed": .bool(hit.closed),
            "decision": .string(hit.decision),
            "snippet": .string(hit.snippet.html),
            "source": .string(hit.source),
        ])
    }

    /// `{value: count}`; a value listed twice gets the sum of its counts.
    private static func value(of counts: [SearchResult.FacetCount]) -> JSONValue {
        .object(Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +).mapValues(JSONValue.int))
    }
}
