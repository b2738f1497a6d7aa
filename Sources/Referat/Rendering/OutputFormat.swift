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
