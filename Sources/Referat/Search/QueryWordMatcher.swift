/// A ``WordMatcher``'s answers for the words of one query, remembered: the same words recur from hit to hit, and
/// one lookup of the word then replaces the several its stem and compound parts take.
final class QueryWordMatcher {
    /// The query's words.
    let words: QueryWords
    /// Whether the query has a phrase, whose words a snippet should show side by side.
    let hasPhrase: Bool
    private let matcher: WordMatcher
    private var answers: [String: Bool] = [:]

    /// Answers for `words` (of a query with a phrase when `hasPhrase`) from `matcher`.
    init(_ matcher: WordMatcher, words: QueryWords, hasPhrase: Bool = false) {
        self.matcher = matcher
        self.words = words
        self.hasPhrase = hasPhrase
    }

    /// Whether `word`, lower case, is one of the query's words (``WordMatcher/matches(_:_:)``).
    func matches(_ word: String) -> Bool {
        if let known = answers[word] { return known }
        let answer = matcher.matches(word, words)
        // A bound for a search whose hits hold very many distinct words; past it words are only not remembered.
        if answers.count < Self.remembered { answers[word] = answer }
        return answer
    }

    private static let remembered = 50_000
}

@available(*, unavailable)
extension QueryWordMatcher: Sendable {}
