/// Says in one short line why a file was skipped, however long the error it comes from: a value of thousands of
/// characters quoted in an error would otherwise bury every other line of a run's report.
enum SkipReason {
    /// The most characters a reason keeps.
    static let maximumLength = 160

    /// The reason `error` gives, cut.
    static func of(_ error: any Error) -> String {
        cut(String(describing: error))
    }

    /// The first line of `text`, cut to ``maximumLength`` characters with `…` where it was cut.
    static func cut(_ text: String) -> String {
        let line = text.prefix { !$0.isNewline }
        guard line.count > maximumLength || line.endIndex < text.endIndex else { return String(line) }
        return String(line.prefix(maximumLength - 1)) + "…"
    }
}
