/// How results are printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Readable text for people, highlighted on a terminal.
    case text
    /// One JSON object for tools.
    case json
}
