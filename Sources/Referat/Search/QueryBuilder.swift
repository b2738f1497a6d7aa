import Foundation
import Minutes
import XapianKit

/// Builds the Xapian query for a ``SearchRequest``: the words through Xapian's query parser with referat's
/// fields and Danish analysis, the options as boolean filters.
final class QueryBuilder {
    /// Xapian's usual syntax plus trailing wildcards (`budget*`), which need the database the parser has.
    ///
    /// Spelling correction is left out: it looks up every word in the spelling data, which costs more than the
    /// search itself, and is wanted only when a search finds next to nothing (``spellingCorrection(of:)``).
    static let flags: QueryParser.Flags = [.boolean, .phrase, .loveHate, .pureNot, .wildcard]

    private let database: Database
    private let analysis: Analysis
    private let expansion: QueryExpansion
    private let matcher: NameMatcher
    private let parser: QueryParser
    /// Parses phrases without stemming, to rank exact phrases above inflected ones.
    private let exactParser: QueryParser?
    /// Widens phrase words to their other forms when inflected phrases are on.
    private let phraseStemmer: Stemmer?
    /// Widens words the dictionary does not know to what Snowball would have matched, when lemmas are on.
    private let lemmaStemmer: Stemmer?

    /// Creates a builder for queries on `database` analysed like `analyzer`, each wildcard standing for at most
    /// `wildcardWords` words (the most frequent).
    init(database: Database, analyzer: DanishAnalyzer, wildcardWords: Int) {
        self.database = database
        analysis = analyzer.analysis
        expansion = QueryExpansion(analysis: analysis)
        matcher = NameMatcher(analysis: analysis)
        parser = Self.makeParser(database: database, analyzer: analyzer, strategy: analyzer.strategy)
        exactParser =
            analysis.inflectedPhrases ? Self.makeParser(database: database, analyzer: analyzer, strategy: .none) : nil
        // The most frequent words rather than an error: `for*` is a fair query and stands for 1,005 words in the
        // 2,919 items of the shipped corpus.
        for parser in [parser, exactParser].compactMap({ $0 }) {
            parser.limitExpansion(to: wildcardWords, keeping: .mostFrequent)
        }
        phraseStemmer = analysis.inflectedPhrases ? analyzer.stemmer : nil
        lemmaStemmer = analysis.lemmas ? analyzer.stemmer : nil
    }

    private static func makeParser(
        database: Database,
        analyzer: DanishAnalyzer,
        strategy: StemmingStrategy
    ) -> QueryParser {
        let parser = QueryParser()
        parser.stemmer = analyzer.stemmer
        parser.stemmingStrategy = strategy
        parser.stopper = analyzer.stopper
        parser.defaultOperator = .and
        parser.database = database
        let matcher = NameMatcher(analysis: analyzer.analysis)
        // Xapian's field names are case-sensitive; people type `Sag:` and `SAG:` too. The standard library's case
        // mapping, not Foundation's locale-aware one, which would load ICU's data in every search process.
        let spellings: [(String) -> String] = [
            { $0 }, { $0.prefix(1).uppercased() + $0.dropFirst() }, { $0.uppercased() },
        ]
        for spelling in spellings {
            for field in IndexSchema.textFields {
                for name in field.queryNames { parser.addPrefix(spelling(name), field.prefix) }
            }
            for field in IndexSchema.fields {
                for name in field.queryNames {
                    parser.addField(spelling(name), boolean: true) { value throws(FieldValueError) in
                        try Self.filter(field, value, in: database, matcher: matcher)
                    }
                }
            }
            let stemmer = analyzer.stemmer
            for (field, wordPrefix) in [
                (IndexSchema.compoundPart, ""), (IndexSchema.titlePart, IndexSchema.title.prefix),
            ] {
                for name in field.queryNames {
                    parser.addField(spelling(name), boolean: false) { word throws(FieldValueError) in
                        Self.wordOrPart(stemmer.stem(BooleanTerm.code(word)), wordPrefix: wordPrefix, part: field)
                    }
                }
            }
        }
        return parser
    }

    /// The parsed words of `text`, or `nil` when it has none; throws ``SearchError/malformedQuery(query:reason:)``.
    ///
    /// With inflected phrases on, a query with a phrase also gets the exact phrase to rank by, so
    /// `"lokalplaner for"` finds "lokalplanen for" but ranks "lokalplaner for" first.
    func words(_ text: String) throws -> ParsedWords? {
        let plain = QueryText.rewrite(text)
        guard !plain.isEmpty else { return nil }
        // The query as typed is checked first: expansion must not turn a malformed query into a valid one.
        guard !(try parse(plain, with: parser, typed: text)).isEmpty else { return nil }
        let expansion = self.expansion
        let rewritten = QueryText.rewrite(text, spellings: { expansion.spellings(of: $0) }, fielded: expansion.fielded)
        var parsed = try parse(rewritten, with: parser, typed: text)
        guard !parsed.isEmpty else { return nil }
        // A name the dictionary does not know (`ukraine`) still finds its inflections it does know (`ukrainere`).
        if let lemmaStemmer { parsed = try parsed.wideningUnknownWords(in: database, stemmer: lemmaStemmer) }
        // Hyphenated words are phrases too (`budget-opfølgning`), so any query may hold one.
        guard let exactParser, let phraseStemmer else { return ParsedWords(matching: parsed, exactPhrases: nil) }
        let query = try parsed.inflectingPhrases(in: database, stemmer: phraseStemmer)
        guard rewritten.contains("\"") else { return ParsedWords(matching: query, exactPhrases: nil) }
        let exact = try parse(rewritten, with: exactParser, typed: text)
        return ParsedWords(matching: query, exactPhrases: exact.isEmpty ? nil : exact)
    }

    private func parse(_ rewritten: String, with parser: QueryParser, typed text: String) throws -> Query {
        do {
            return try parser.parse(rewritten, flags: Self.flags)
        } catch  where error.code == .querySyntax {
            throw SearchError.malformedQuery(query: text, reason: error.message)
        }
    }

    /// Xapian's spelling correction of what the user typed (before any expansion), if it has one.
    func spellingCorrection(of text: String) -> String? {
        guard (try? parser.parse(QueryText.rewrite(text), flags: Self.flags.union(.spellingCorrection))) != nil
        else { return nil }
        let corrected = parser.correctedQuery
        return corrected.isEmpty ? nil : corrected
    }

    /// `del:word` (and `titeldel:word` in titles): the stemmed word and the stemmed word as part of a compound, as
    /// one synonym, so that the weaker evidence of the part shares the word's statistics: an item is found by either
    /// and ranked by how often it has both, never by how rare the part alone is.
    private static func wordOrPart(_ stem: String, wordPrefix: String, part: TextField) -> Query {
        .combine(.synonym, [.term("Z" + wordPrefix + stem), .term("Z" + part.prefix + stem)])
    }

    /// The filter `field:value` in a query stands for: the value's term, the indexed names a part of a name
    /// matches (as the options do), or a range of dates.
    private static func filter(
        _ field: Field,
        _ value: String,
        in database: Database,
        matcher: NameMatcher
    ) throws(FieldValueError) -> Query {
        if !field.accepts(value) {
            throw FieldValueError(
                "\"\(value)\" is not a party: use its letter (A, V, Ø, …) or its name (Enhedslisten, …)"
            )
        }
        if field.matching == .partial {
            do {
                let terms = try resolve(value, of: field, in: database, matcher: matcher)
                return .combine(.or, terms.map { .term($0) })
            } catch let error as SearchError {
                throw FieldValueError(error.description)
            } catch {
                throw FieldValueError("cannot read the indexed \(field.noun) names: \(error)")
            }
        }
        guard field.matching == .dateRange, let slot = field.slot else { return .term(field.term(value)) }
        guard let range = DateBound.range(value) else {
            throw FieldValueError(
                "\"\(value)\" is not a date or range of dates: use YYYY, YYYY-MM, YYYY-MM-DD, \"marts 2023\" or FROM..TO"
            )
        }
        return dateFilter(slot: slot, from: range.from, to: range.to)
    }

    /// Meetings from the first day of `from` to the last of `to` in a `YYYYMMDD` slot; either end may be open.
    private static func dateFilter(slot: UInt32, from: DateBound?, to: DateBound?) -> Query {
        .valueRange(slot: slot, from: from?.first.compact ?? "00000000", to: to?.last.compact ?? "99999999")
    }

    /// The names as displayed of every indexed value of `field`, for messages.
    private static func displayNames(of field: Field, in database: Database) -> [String] {
        guard let slot = field.slot else { return [] }
        let enquire = Enquire(database: database)
        enquire.setQuery(.matchAll())
        enquire.countValues(slot: slot)
        _ = try? enquire.mset(offset: 0, limit: 0, checkAtLeast: database.documentCount)
        let values = enquire.valueCounts(slot: slot).flatMap { field.values(inSlotValue: $0.term) }
        return Set(values.map(String.init)).sorted()
    }

    /// The filters the request asks for, each one query, and the indexed values (normalised) that each field
    /// matching part of a name matched.
    func filters(for request: SearchRequest) throws -> (queries: [Query], matched: [Field: Set<String>]) {
        var queries: [Query] = []
        var matched: [Field: Set<String>] = [:]
        for field in IndexSchema.fields {
            guard let values = request.filters[field], !values.isEmpty else { continue }
            if let value = values.first(where: { !field.accepts($0) }) {
                throw SearchError.unknownValue(
                    field: field,
                    value: value,
                    known: Self.displayNames(of: field, in: database)
                )
            }
            let terms: [String]
            switch field.matching {
            case .exact:
                terms = values.map(field.term)
            case .dateRange:
                // The same days as `dato:` would give, not a term no item has.
                let ranges = try values.map { value in
                    do {
                        return try Self.filter(field, value, in: database, matcher: matcher)
                    } catch let error as FieldValueError {
                        throw SearchError.malformedQuery(query: value, reason: error.message)
                    }
                }
                queries.append(.combine(.or, ranges))
                continue
            case .partial:
                terms = try values.flatMap { try Self.resolve($0, of: field, in: database, matcher: matcher) }
                matched[field] = Set(terms.map { String($0.dropFirst(field.prefix.count)) })
            }
            queries.append(.combine(.or, terms.map { .term($0) }))
        }
        if request.from != nil || request.to != nil, let slot = IndexSchema.date.slot {
            queries.append(Self.dateFilter(slot: slot, from: request.from, to: request.to))
        }
        if let closed = request.closed {
            queries.append(.term(IndexSchema.status.term(closed ? IndexSchema.Status.closed : IndexSchema.Status.open)))
        }
        return (queries, matched)
    }

    /// The indexed terms a name typed by a user stands for (``NameMatcher``); throws
    /// ``SearchError/unknownValue(field:value:known:)`` with the closest indexed names when there are none.
    private static func resolve(
        _ name: String,
        of field: Field,
        in database: Database,
        matcher: NameMatcher
    ) throws -> [String] {
        let prefix = field.prefix
        let indexed = try database.terms(withPrefix: prefix).map { String($0.term.dropFirst(prefix.count)) }
        let matches = matcher.matches(name, of: field, among: indexed)
        guard !matches.isEmpty else {
            let known = matcher.closest(to: name, of: field, among: displayNames(of: field, in: database))
            throw SearchError.unknownValue(field: field, value: name, known: known)
        }
        return matches.map { prefix + $0 }
    }
}

@available(*, unavailable)
extension QueryBuilder: Sendable {}
