import Foundation

/// A compiled regular expression with the few operations the readers need, on Swift strings.
struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented as safe to use from several threads at once.
    private let regex: NSRegularExpression

    /// Compiles `pattern`; case-insensitive unless told otherwise. A bad pattern is a programming error.
    init(_ pattern: String, caseInsensitive: Bool = true) {
        var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("bad pattern \(pattern): \(error)")
        }
    }

    /// One match: the whole range and each capture group (nil when the group did not take part).
    struct Match {
        /// The range of the whole match.
        var range: Range<String.Index>
        /// The captured groups, group 1 first.
        var groups: [Substring?]
    }

    /// Every match in `text`, in order.
    func matches(in text: String) -> [Match] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match(from: $0, in: text) }
    }

    /// The first match in `text`, if any.
    func firstMatch(in text: String) -> Match? {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { match(from: $0, in: text) }
    }

    /// Whether `text` contains a match.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match replaced by `template` (`$1` names a group).
    func replacing(in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(
            in: text,
            range: NSRange(text.startIndex..., in: text),
            withTemplate: template
        )
    }

    private func match(from result: NSTextCheckingResult, in text: String) -> Match? {
        guard let range = Range(result.range, in: text) else { return nil }
        let groups: [Substring?] = (1..<max(1, result.numberOfRanges)).map { index in
            Range(result.range(at: index), in: text).map { text[$0] }
        }
        return Match(range: range, groups: groups)
    }
}
