import XapianKit

/// What a query looks for in an item's words, read off its Xapian terms: the words as written, their stems, the
/// stems of compound parts, and the fields it filters on.
struct QueryWords: Sendable, Hashable {
    /// Words searched as written (unstemmed terms, lower case), from any text field.
    var forms: Set<String> = []
    /// Stems searched (`Z` terms) in the text, the title, the decision, the recommendation or attachment names.
    var stems: Set<String> = []
    /// Stems searched as parts of compounds (`del:`, `titeldel:`).
    var partStems: Set<String> = []
    /// The beginnings of words the query's wildcards stand for (`budget*`), lower case, until
    /// ``expandWildcards(_:)``.
    private(set) var beginnings: [String] = []
    /// The fields whose values the query names (`sag:20-055908K`), in the order of its terms.
    var fields: [Field] = []

    /// Whether the query looks for any word at all.
    var isEmpty: Bool { forms.isEmpty && stems.isEmpty && partStems.isEmpty && beginnings.isEmpty }

    /// The words of `query`, parsed from `text`; empty for `nil`.
    ///
    /// A wildcard's words are not among a query's terms until Xapian expands it while matching, so its beginning
    /// is read off the text.
    init(_ query: Query?, text: String = "") throws {
        guard let query else { return }
        beginnings = Self.wildcardBeginnings(in: text)
        for term in try query.terms {
            let stemmed = term.hasPrefix("Z")
            let unstemmed = stemmed ? term.dropFirst() : Substring(term)
            let prefix = String(unstemmed.prefix { $0 >= "A" && $0 <= "Z" })
            let word = String(unstemmed.dropFirst(prefix.count))
            if Self.partPrefixes.contains(prefix) {
                if stemmed, !word.isEmpty { partStems.insert(word) }
            } else if Self.wordPrefixes.contains(prefix) {
                guard !word.isEmpty else { continue }
                if stemmed { stems.insert(word) } else { forms.insert(word) }
            } else if let field = IndexSchema.fields.first(where: { $0.prefix == prefix }), !fields.contains(field) {
                fields.append(field)
            }
        }
    }

    /// Adds the words each wildcard stands for, as `words` gives them for its beginning, to ``forms``.
    mutating func expandWildcards(_ words: (String) throws -> [String]) rethrows {
        for beginning in beginnings { forms.formUnion(try words(beginning)) }
        beginnings = []
    }

    /// `bud` and `øk` of `titel:bud* -øk*`.
    private static func wildcardBeginnings(in text: String) -> [String] {
        text.split { $0.isWhitespace || "\"()".contains($0) }.compactMap { token in
            guard token.hasSuffix("*") else { return nil }
            let field = token.split(separator: ":").last ?? token
            let word = field.drop { "+-".contains($0) }.prefix { $0.isLetter || $0.isNumber }
            return word.isEmpty ? nil : String(word).lowercased()
        }
    }

    /// The prefixes of text whose words a snippet can show: none (the body), and the text fields.
    private static let wordPrefixes = Set([""] + IndexSchema.textFields.map(\.prefix))
    /// The prefixes of compound parts.
    private static let partPrefixes: Set<String> = [IndexSchema.compoundPart.prefix, IndexSchema.titlePart.prefix]
}
