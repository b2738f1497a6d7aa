import XapianKit

/// Tells whether a word of an item's text is one a query matched: the word as written, an inflection of it (the same
/// stem) or a compound holding it (a part with that stem), as the index analysed it.
///
/// Remembers each word's stem and part stems, since the same words recur from hit to hit and search to search.
/// Owns a Xapian stemmer, so it is not shared across threads.
final class WordMatcher {
    private let stemmer: Stemmer
    private let compounds: (any CompoundParts)?
    private var stems: [String: String] = [:]
    private var partStems: [String: [String]] = [:]

    /// A matcher stemming like `analyzer` and, when given, splitting compounds with `compounds`.
    init(analyzer: DanishAnalyzer, compounds: (any CompoundParts)?) {
        stemmer = analyzer.stemmer
        self.compounds = analyzer.analysis.compounds ? compounds : nil
    }

    /// Whether `word`, lower case, is one `query` looks for.
    func matches(_ word: String, _ query: QueryWords) -> Bool {
        if query.forms.contains(word) { return true }
        if !query.stems.isEmpty, query.stems.contains(stem(of: word)) { return true }
        guard !query.partStems.isEmpty, word.unicodeScalars.count >= ItemDocumentBuilder.minimumCompoundLength
        else { return false }
        return parts(of: word).contains(where: query.partStems.contains)
    }

    private func stem(of word: String) -> String {
        if let known = stems[word] { return known }
        forgetIfFull(&stems)
        let stem = stemmer.stem(word)
        stems[word] = stem
        return stem
    }

    private func parts(of word: String) -> [String] {
        if let known = partStems[word] { return known }
        forgetIfFull(&partStems)
        let parts = (compounds?.parts(of: word) ?? []).map(stemmer.stem)
        partStems[word] = parts
        return parts
    }

    // A bound keeps a long-running server's memory flat; starting afresh costs only some stemming.
    private func forgetIfFull<Value>(_ table: inout [String: Value]) {
        if table.count >= Self.remembered { table.removeAll(keepingCapacity: true) }
    }

    private static let remembered = 50_000
}

@available(*, unavailable)
extension WordMatcher: Sendable {}
