/// A ``WordMatcher``'s answers for the words of one query, remembered: the same words recur from hit to hit, and
/// one lookup of the word then replaces the several its stem and compound parts take.
final class QueryWordMatcher {
    /// The query's words.
    let words: QueryWords
    /// Whether the query has a phrase, whose words a snippet should show side by side.
    let hasPhrase: Bool
    private let matcher: WordMatcher
    private let marksStopWords: Bool
    private var answers: [String: Bool] = [:]

    /// Answers for `words` (of a query with a phrase when `hasPhrase`) from `matcher`.
    init(_ matcher: WordMatcher, words: QueryWords, hasPhrase: Bool = false) {
        self.matcher = matcher
        self.words = words
        self.hasPhrase = hasPhrase
        marksStopWords = words.forms.union(words.stems).allSatisfy(DanishStopWords.set.contains)
    }

    /// Whether `word`, lower case, is one of the query's words (``WordMatcher/matches(_:_:)``).
    ///
    /// A stop word is one only in a query of nothing else (`for og`): in a phrase (`"børn og unge"`) it would
    /// otherwise be marked wherever it stands, and the phrase is found by its other words side by side.
    func matches(_ word: String) -> Bool {
        if let known = answers[word] { return known }
        if !marksStopWords, DanishStopWords.set.contains(word) { return false }
        let answer = matcher.matches(word, words)
        // A bound for a search whose hits hold very many distinct words; past it words are only not remembered.
        if answers.count < Self.remembered { answers[word] = answer }
        return answer
    }

    private static let remembered = 50_000
}

@available(*, unavailable)
extension QueryWordMatcher: Sendable {}
