/// Terminal styling for text output: ANSI escapes on a colour terminal, nothing otherwise.
public struct TextStyle: Sendable {
    /// Whether to emit escapes.
    public var enabled: Bool

    /// Creates a style; pass whether standard output is a terminal that wants colour.
    public init(enabled: Bool) { self.enabled = enabled }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    var matchOpen: String { enabled ? "\u{1B}[1;33m" : "" }
    var matchClose: String { enabled ? "\u{1B}[0m" : "" }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
