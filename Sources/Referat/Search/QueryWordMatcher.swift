/// A ``WordMatcher``'s answers for the words of one query, remembered: the same words recur from hit to hit, and
/// one lookup of the word then replaces the several its stem and compound parts take.
final class QueryWordMatcher {
    /// The query's words.
    let words: QueryWords
    private let matcher: WordMatcher
    private var answers: [String: Bool] = [:]

    /// Answers for `words` from `matcher`.
    init(_ matcher: WordMatcher, words: QueryWords) {
        self.matcher = matcher
        self.words = words
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
