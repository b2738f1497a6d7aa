import Foundation

/// A compiled regular expression with the few operations the readers need, on Swift strings.
struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented as safe to use from several threads at once.
    private let regex: NSRegularExpression
    private let literals: [[UInt8]]
    private let caseInsensitive: Bool

    /// Compiles `pattern`; case-insensitive unless told otherwise. A bad pattern is a programming error.
    ///
    /// `literals`, when given, are ASCII strings of which every match contains at least one (compared
    /// ASCII-case-insensitively when the pattern is). Text holding none of them is known not to match without
    /// running the regular expression, which is what makes most lines cheap to reject.
    init(_ pattern: String, caseInsensitive: Bool = true, requiring literals: [String] = []) {
        var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("bad pattern \(pattern): \(error)")
        }
        precondition(literals.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }, "literals must be ASCII")
        self.literals = literals.map { Array(caseInsensitive ? $0.lowercased().utf8 : $0.utf8) }
        self.caseInsensitive = caseInsensitive
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
        guard mayMatch(text) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            match(from: $0, in: text)
        }
    }

    /// The first match in `text`, if any.
    func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap {
            match(from: $0, in: text)
        }
    }

    /// Whether `text` contains a match.
    func matches(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match replaced by `template` (`$1` names a group).
    func replacing(in text: String, with template: String) -> String {
        guard mayMatch(text) else { return text }
        return regex.stringByReplacingMatches(
            in: text,
            range: NSRange(text.startIndex..., in: text),
            withTemplate: template
        )
    }

    // False only when no match is possible: the text holds none of the required literals.
    private func mayMatch(_ text: String) -> Bool {
        guard !literals.isEmpty else { return true }
        let found = literals.contains { literal in
            text.utf8.withContiguousStorageIfAvailable { contains(literal, in: $0) }
                ?? Array(text.utf8).withUnsafeBufferPointer { contains(literal, in: $0) }
        }
        // Case-insensitive matching also lets a few non-ASCII letters (ſ, K, ß, ligatures) stand for ASCII ones.
        return found || (caseInsensitive && mayHoldFoldsToASCII(text))
    }

    private func contains(_ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard literal.count <= bytes.count else { return false }
        let first = literal[0]
        for start in 0...(bytes.count - literal.count) where folded(bytes[start]) == first {
            var offset = 1
            while offset < literal.count, folded(bytes[start + offset]) == literal[offset] { offset += 1 }
            if offset == literal.count { return true }
        }
        return false
    }

    private func folded(_ byte: UInt8) -> UInt8 {
        caseInsensitive && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    private func mayHoldFoldsToASCII(_ text: String) -> Bool {
        // All of them are from U+0100 on (lead byte 0xC4 or more), except ß (0xC3 0x9F).
        var previous: UInt8 = 0
        let some = text.utf8.contains { byte in
            defer { previous = byte }
            return byte >= 0xC4 || (previous == 0xC3 && byte == 0x9F)
        }
        return some && text.unicodeScalars.contains { Self.foldsToASCII.contains($0.value) }
    }

    // Scalars whose case folding contains ASCII letters: ß, İ, ŉ, ſ, ǰ, ẖ–ẚ, ẞ, the Kelvin sign, ﬀ–ﬆ.
    private static let foldsToASCII: Set<UInt32> = [
        0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E, 0x212A,
        0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06,
    ]

    private func match(from result: NSTextCheckingResult, in text: String) -> Match? {
        guard let range = Range(result.range, in: text) else { return nil }
        let groups: [Substring?] = (1..<max(1, result.numberOfRanges)).map { index in
            Range(result.range(at: index), in: text).map { text[$0] }
        }
        return Match(range: range, groups: groups)
    }
}
