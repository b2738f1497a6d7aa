/// How results are printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Readable text for people, highlighted on a terminal.
    case text
    /// One JSON object for tools: hits, exact total and facets.
    case json
    /// One JSON object per hit per line, for streaming tools (`jq -c`, log pipelines).
    case ndjson
    /// A header row and one row per hit, for spreadsheets.
    case csv
}

/// What a command answers: a page of search results or the items on one case.
public enum Answer: Sendable {
    /// A search's result.
    case search(SearchResult)
    /// Every item on a case, oldest first.
    case caseHistory(caseNumber: String, items: [SearchHit])

    /// The hits the answer lists.
    public var hits: [SearchHit] {
        switch self {
        case .search(let result): result.hits
        case .caseHistory(_, let items): items
        }
    }
}

extension OutputFormat {
    /// `answer` in this format, styled with `style` and wrapped to `width` when it is text; `""` for no lines
    /// (NDJSON of no hits).
    public func render(_ answer: Answer, style: TextStyle, width: Int? = nil) -> String {
        switch (self, answer) {
        case (.text, .search(let result)): TextRenderer(style: style, width: width).render(result)
        case (.text, .caseHistory(let caseNumber, let items)):
            TextRenderer(style: style, width: width).render(caseNumber: caseNumber, items: items)
        case (.json, .search(let result)): JSONRenderer.render(result)
        case (.json, .caseHistory(let caseNumber, let items)): JSONRenderer.render(caseNumber: caseNumber, items: items)
        case (.ndjson, _): JSONRenderer.renderLines(answer.hits)
        case (.csv, _): CSVRenderer.render(answer.hits)
        }
    }
}
