import Foundation

/// Word-level judgments (`Tests/Evaluation/word-queries.json`): which words of the corpus are a query word itself,
/// a compound it is a real part of, or a word that holds its letters without being made of it.
struct WordJudgments: Decodable, Sendable {
    /// A query for one part of compounds, judged by the words of the items.
    struct CompoundQuery: Decodable, Sendable {
        /// A stable name, e.g. `part-affald`.
        var id: String
        /// The word as a user types it.
        var query: String
        /// Whole-word pattern of the word's own forms.
        var forms: String
        /// Whole-word pattern of the compounds the word is a real part of.
        var compounds: String
        /// Whole-word pattern of the words that hold its letters only by a false split, if any.
        var falseSplits: String?
    }

    /// A query for a word Snowball merges with unrelated words, judged relevant by its lexeme.
    struct PrecisionQuery: Decodable, Sendable {
        /// A stable name, e.g. `stem-ledighed`.
        var id: String
        /// The word as a user types it.
        var query: String
        /// Whole-word pattern of the words that make an item relevant.
        var relevant: String
    }

    /// The compound-part queries.
    var compoundQueries: [CompoundQuery]
    /// The over-stemming queries.
    var precisionQueries: [PrecisionQuery]
}

/// What a word is to one compound-part query.
enum WordRole {
    /// One of the word's own forms.
    case form
    /// A compound it is a real part of.
    case compound
    /// A word that holds its letters only by a false split.
    case falseSplit
}

/// Patterns that must match whole words, compiled once.
struct WordPattern {
    private let regex: Regex<AnyRegexOutput>

    /// Compiles `pattern`; throws when it is no valid regular expression.
    init(_ pattern: String) throws {
        regex = try Regex(pattern)
    }

    /// Whether all of `word` matches.
    func matches(_ word: String) -> Bool {
        (try? regex.wholeMatch(in: word)) != nil
    }
}

extension WordJudgments.CompoundQuery {
    /// The role of each word of `vocabulary` that has one.
    func roles(in vocabulary: Set<String>) throws -> [String: WordRole] {
        let forms = try WordPattern(self.forms)
        let compounds = try WordPattern(self.compounds)
        let falseSplits = try falseSplits.map(WordPattern.init)
        var roles: [String: WordRole] = [:]
        // Every pattern holds the query's first letters (`led` for `leder`'s false splits `ledighed`, `ledelse`), and
        // Swift's regular expressions are too slow to try on every word.
        let stem = String(query.lowercased().prefix(3))
        for word in vocabulary where word.contains(stem) {
            if forms.matches(word) {
                roles[word] = .form
            } else if let falseSplits, falseSplits.matches(word) {
                roles[word] = .falseSplit
            } else if compounds.matches(word) {
                roles[word] = .compound
            }
        }
        return roles
    }
}
