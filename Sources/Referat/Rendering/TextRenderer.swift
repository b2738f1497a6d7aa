import Minutes

/// Renders results as readable text for people.
public struct TextRenderer: Sendable {
    /// The styling to use.
    public var style: TextStyle
    /// The longest decision shown per hit, in characters, when it takes more than ``decisionLines``.
    public var decisionLength = 300
    /// A decision that fits in this many lines is shown whole.
    public var decisionLines = 5
    /// The terminal's width in characters, to wrap to; `nil` for no wrapping.
    public var width: Int?

    /// Creates a renderer wrapping to `width` characters, or not at all.
    public init(style: TextStyle, width: Int? = nil) {
        self.style = style
        self.width = width
    }

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
        if result.timeLimited {
            lines.append(style.dim("Counting took too long and was cut short: the total and the counts are estimates"))
        }
        for hit in result.hits {
            lines.append("")
            lines += block(for: hit, rank: hit.rank)
        }
        let facets = IndexSchema.facets.filter { !result.counts(of: $0).isEmpty }
        if result.total > 0, !facets.isEmpty {
            lines.append("")
            for facet in facets {
                let line = facetLine(facet.label, result.counts(of: facet))
                lines += TextWrap.lines(line, width: width, indent: "  ", firstIndent: "")
            }
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
        lines += wrapped((rank.map { "\($0). " } ?? "") + "\(hit.date)  \(place)", indent: "")
        lines += wrapped(style.bold(hit.title))
        var facts: [String] = []
        if let caseNumber = hit.caseNumber { facts.append("Case \(caseNumber)") }
        if hit.collapsed > 0 {
            facts.append("\(hit.collapsed) more \(hit.collapsed == 1 ? "item" : "items") on the case")
        }
        if let latest = hit.caseLatestDecision { facts.append("latest decision \(latest)") }
        if hit.closed { facts.append("closed agenda") }
        if !facts.isEmpty { lines += wrapped(style.dim(facts.joined(separator: " · "))) }
        if let decision = hit.decision {
            lines += wrapped("Decision: " + shortened(decision, indent: Self.indent.count))
        }
        if let votes = hit.votes, let line = Self.votesLine(votes) { lines += wrapped(line) }
        if !hit.absent.isEmpty { lines += wrapped(style.dim("Absent: " + hit.absent.joined(separator: ", "))) }
        if snippet, let matchedIn = hit.matchedIn, !matchedIn.isShown {
            // The text's opening would not show why the item matched.
            lines += wrapped(style.dim("(match in \(matchedIn.phrase))"))
        } else if snippet {
            let text = hit.snippet.render(open: style.matchOpen, close: style.matchClose)
            if !text.isEmpty { lines += wrapped(text) }
        }
        return lines
    }

    /// One item as `referat show` prints it: where and when, the title, the facts, every section under its
    /// heading, the attachments, the source and the public address.
    public func render(item: StoredItem) -> String {
        let details = item.details
        let when = [item.date, details.time].compactMap { $0 }.joined(separator: " ")
        let place = [item.municipality, item.committee, details.place].compactMap { $0 }.joined(separator: " · ")
        var lines = wrapped("\(when)  \(place)", indent: "")
        lines += wrapped(style.bold("Item \(item.item): \(item.title)"), indent: "")
        var facts = ["Id \(item.id)"]
        if let caseNumber = item.caseNumber { facts.append("Case \(caseNumber)") }
        facts.append(item.closed ? "closed agenda" : "open agenda")
        lines += wrapped(style.dim(facts.joined(separator: " · ")), indent: "")
        if let votes = item.votes, let line = Self.votesLine(votes) { lines += wrapped(line, indent: "") }
        if !item.absent.isEmpty { lines += wrapped("Absent: " + item.absent.joined(separator: ", "), indent: "") }
        for section in StoredItem.SectionText.split(item) {
            lines.append("")
            if !section.heading.isEmpty { lines.append(style.bold(section.heading)) }
            lines += TextWrap.lines(section.text, width: width, indent: Self.indent)
        }
        if !details.attachments.isEmpty {
            lines.append("")
            lines.append(style.bold("Attachments"))
            for attachment in details.attachments {
                lines += TextWrap.lines(attachment.name, width: width, indent: "     ", firstIndent: "   - ")
                // Addresses are never broken, so that a terminal can open them.
                if let url = attachment.url { lines.append("     " + style.dim(url)) }
            }
        }
        lines.append("")
        lines.append(style.dim("Source: \(item.source)"))
        if let url = item.url { lines.append("URL: \(url)") }
        return lines.joined(separator: "\n")
    }

    private static let indent = "   "

    private func wrapped(_ text: String, indent: String = Self.indent) -> [String] {
        TextWrap.lines(text, width: width, indent: indent)
    }

    // The decision whole when it fits in a few lines at this width, else cut.
    private func shortened(_ decision: String, indent: Int) -> String {
        let line = decision.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let lineWidth = max(20, (width ?? 100) - indent)
        if line.count <= decisionLines * lineWidth - "Decision: ".count { return line }
        return Self.oneLine(line, limit: max(decisionLength, 3 * lineWidth))
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
