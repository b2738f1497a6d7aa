/// A progress line redrawn in place on stderr, only when stderr is a terminal.
final class ProgressLine {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    /// Replaces the line with `text`, cut to fit a usual terminal.
    func show(_ text: String) {
        guard enabled else { return }
        let line = text.count > 78 ? String(text.prefix(77)) + "…" : text
        Terminal.writeError("\r\u{1B}[K" + line)
        shown = true
    }

    /// Removes the line so other output starts at the left margin.
    func clear() {
        guard shown else { return }
        Terminal.writeError("\r\u{1B}[K")
        shown = false
    }
}
