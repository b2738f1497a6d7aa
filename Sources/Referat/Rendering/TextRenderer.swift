import Minutes

/// Renders results as readable text for people.
public struct TextRenderer: Sendable {
    /// The styling to use.
    public var style: TextStyle
    /// The longest decision shown per hit, in characters.
    public var decisionLength = 300

    /// Creates a renderer.
    public init(style: TextStyle) { self.style = style }

    /// A search result: a header line, each hit as a block, facet counts and any suggestion.
    public func render(_ result: SearchResult) -> String {
        var lines: [String] = []
        let request = result.request
        let shown =
            result.hits.isEmpty ? "" : ", showing \(request.offset + 1)–\(request.offset + result.hits.count)"
        let subject = request.query.isEmpty ? "" : " for \"\(request.query)\""
        let count = "\(result.total) \(result.total == 1 ? "item" : "items")"
        for field in IndexSchema.fields {
            guard let values = result.matchedFilters[field], let typed = request.filters[field] else { continue }
            let asked = typed.map { "\"\($0)\"" }.joined(separator: ", ")
            lines.append(style.dim("\(field.label) matching \(asked): " + values.joined(separator: ", ")))
        }
        if result.corrected, let suggestion = result.suggestion {
            lines.append("No items\(subject); \(count) for \"\(suggestion)\" instead\(shown)")
        } else {
            lines.append(style.bold(count + subject + shown))
            if let suggestion = result.suggestion { lines.append("Did you mean: \(suggestion)") }
        }
        for hit in result.hits {
            lines.append("")
            lines += block(for: hit, rank: hit.rank)
        }
        let facets = IndexSchema.facets.filter { !result.counts(of: $0).isEmpty }
        if result.total > 0, !facets.isEmpty {
            lines.append("")
            for facet in facets { lines.append(facetLine(facet.label, result.counts(of: facet))) }
        }
        return lines.joined(separator: "\n")
    }

    /// A case history: every item on the case, oldest first.
    public func render(caseNumber: String, items: [SearchHit]) -> String {
        guard !items.isEmpty else { return "No items on case \(caseNumber)." }
        var lines = [style.bold("Case \(caseNumber): \(items.count) \(items.count == 1 ? "item" : "items")")]
        for item in items {
            lines.append("")
            lines += block(for: item, rank: nil, snippet: false)
        }
        return lines.joined(separator: "\n")
    }

    private func block(for hit: SearchHit, rank: Int?, snippet: Bool = true) -> [String] {
        var lines: [String] = []
        let place = [hit.municipality, hit.committee, "item \(hit.item)"].compactMap { $0 }.joined(separator: " · ")
        lines.append((rank.map { "\($0). " } ?? "") + "\(hit.date)  \(place)")
        lines.append("   " + style.bold(hit.title))
        var facts: [String] = []
        if let caseNumber = hit.caseNumber { facts.append("Case \(caseNumber)") }
        if hit.closed { facts.append("closed agenda") }
        if !facts.isEmpty { lines.append("   " + style.dim(facts.joined(separator: " · "))) }
        if let decision = hit.decision {
            lines.append("   Decision: " + Self.oneLine(decision, limit: decisionLength))
        }
        if let votes = hit.votes, let line = Self.votesLine(votes) { lines.append("   " + line) }
        if !hit.absent.isEmpty { lines.append("   " + style.dim("Absent: " + hit.absent.joined(separator: ", "))) }
        if snippet {
            let text = hit.snippet.render(open: style.matchOpen, close: style.matchClose)
            if !text.isEmpty { lines.append("   " + text) }
        }
        return lines
    }

    private func facetLine(_ label: String, _ counts: [SearchResult.FacetCount]) -> String {
        "\(label): " + counts.map { "\($0.value) (\($0.count))" }.joined(separator: ", ")
    }

    /// `Votes: for A, C, V · against Ø · abstained F`, `Votes: unanimous`, or `nil` when nothing was recorded.
    static func votesLine(_ votes: PartyVotes) -> String? {
        let sides = [("for", votes.inFavour), ("against", votes.against), ("abstained", votes.abstained)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0) " + $0.1.joined(separator: ", ") }
        if !sides.isEmpty { return "Votes: " + sides.joined(separator: " · ") }
        return votes.unanimous ? "Votes: unanimous" : nil
    }

    static func oneLine(_ text: String, limit: Int) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}
