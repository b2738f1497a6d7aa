import Foundation

/// Renders results as JSON for tools: field names and shapes are documented in the README and kept stable.
public enum JSONRenderer {
    /// `{query, total, offset, limit, hits, facets, suggestion, corrected}`.
    public static func render(_ result: SearchResult) throws -> String {
        try encode(SearchDocument(result))
    }

    /// `{case, items}` with the items oldest first.
    public static func render(caseNumber: String, items: [SearchHit]) throws -> String {
        try encode(CaseDocument(caseNumber: caseNumber, items: items.map(HitDocument.init)))
    }

    /// Each hit as one JSON object on a line of its own (the objects of `hits` in ``render(_:)``), or `""` for none.
    public static func renderLines(_ hits: [SearchHit]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try hits.map { String(decoding: try encoder.encode(HitDocument($0)), as: UTF8.self) }
            .joined(separator: "\n")
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

private struct SearchDocument: Encodable {
    let result: SearchResult

    init(_ result: SearchResult) { self.result = result }

    enum CodingKeys: String, CodingKey { case query, total, offset, limit, hits, facets, suggestion, corrected }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(result.request.query, forKey: .query)
        try container.encode(result.total, forKey: .total)
        try container.encode(result.request.offset, forKey: .offset)
        try container.encode(result.request.limit, forKey: .limit)
        try container.encode(result.hits.map(HitDocument.init), forKey: .hits)
        try container.encode(
            [
                "municipality": dictionary(result.facets.municipality),
                "committee": dictionary(result.facets.committee),
                "year": dictionary(result.facets.year),
            ],
            forKey: .facets
        )
        try container.encode(result.suggestion, forKey: .suggestion)
        try container.encode(result.corrected, forKey: .corrected)
    }

    private func dictionary(_ counts: [SearchResult.FacetCount]) -> [String: Int] {
        Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
    }
}

private struct CaseDocument: Encodable {
    let caseNumber: String
    let items: [HitDocument]

    enum CodingKeys: String, CodingKey {
        case caseNumber = "case"
        case items
    }
}

private struct HitDocument: Encodable {
    let hit: SearchHit

    init(_ hit: SearchHit) { self.hit = hit }

    enum CodingKeys: String, CodingKey {
        case id, rank, score, municipality, committee, date, item, title
        case caseNumber = "case"
        case closed, decision, snippet, source
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hit.id, forKey: .id)
        try container.encode(hit.rank, forKey: .rank)
        try container.encode(hit.score, forKey: .score)
        try container.encode(hit.municipality, forKey: .municipality)
        try container.encode(hit.committee, forKey: .committee)
        try container.encode(hit.date, forKey: .date)
        try container.encode(hit.item, forKey: .item)
        try container.encode(hit.title, forKey: .title)
        try container.encode(hit.caseNumber, forKey: .caseNumber)
        try container.encode(hit.closed, forKey: .closed)
        try container.encode(hit.decision, forKey: .decision)
        try container.encode(hit.snippet.html, forKey: .snippet)
        try container.encode(hit.source, forKey: .source)
    }
}
