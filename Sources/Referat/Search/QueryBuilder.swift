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
    private let parser: QueryParser
    /// Parses phrases without stemming, to rank exact phrases above inflected ones.
    private let exactParser: QueryParser?
    /// Widens phrase words to their other forms when inflected phrases are on.
    private let phraseStemmer: Stemmer?

    /// Creates a builder for queries on `database` analysed like `analyzer`.
    init(database: Database, analyzer: DanishAnalyzer) {
        self.database = database
        analysis = analyzer.analysis
        expansion = QueryExpansion(analysis: analysis)
        parser = Self.makeParser(database: database, analyzer: analyzer, strategy: analyzer.strategy)
        exactParser =
            analysis.inflectedPhrases ? Self.makeParser(database: database, analyzer: analyzer, strategy: .none) : nil
        phraseStemmer = analysis.inflectedPhrases ? analyzer.stemmer : nil
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
        // Xapian's field names are case-sensitive; people type `Sag:` and `SAG:` too. The standard library's case
        // mapping, not Foundation's locale-aware one, which would load ICU's data in every search process.
        let spellings: [(String) -> String] = [
            { $0 }, { $0.prefix(1).uppercased() + $0.dropFirst() }, { $0.uppercased() },
        ]
        for spelling in spellings {
            parser.addPrefix(spelling(SearchFields.title), IndexSchema.Prefix.title)
            parser.addPrefix(spelling(SearchFields.decision), IndexSchema.Prefix.decision)
            parser.addPrefix(spelling(SearchFields.recommendation), IndexSchema.Prefix.recommendation)
            parser.addBooleanPrefix(
                spelling(SearchFields.committee),
                IndexSchema.Prefix.committee,
                normalization: .lowercase
            )
            parser.addBooleanPrefix(
                spelling(SearchFields.municipality),
                IndexSchema.Prefix.municipality,
                normalization: .lowercase
            )
            parser.addBooleanPrefix(
                spelling(SearchFields.caseNumber),
                IndexSchema.Prefix.caseNumber,
                normalization: .code
            )
            parser.addBooleanPrefix(spelling(SearchFields.year), IndexSchema.Prefix.year)
            parser.addBooleanPrefix(spelling(SearchFields.absent), IndexSchema.Prefix.absent, normalization: .lowercase)
            parser.addDateRange(field: spelling(SearchFields.date), slot: IndexSchema.Slot.date)
            parser.addStemSynonymPrefix(
                spelling(SearchFields.compoundPart),
                IndexSchema.Prefix.compoundPart,
                stemmer: analyzer.stemmer
            )
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
        let rewritten = QueryText.rewrite(text) { expansion.spellings(of: $0) }
        let parsed = try parse(rewritten, with: parser, typed: text)
        guard !parsed.isEmpty else { return nil }
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

    /// The names as displayed of every indexed value in `slot`, for messages.
    private func displayNames(slot: UInt32) -> [String] {
        let enquire = Enquire(database: database)
        enquire.setQuery(.matchAll())
        enquire.countValues(slot: slot)
        _ = try? enquire.mset(offset: 0, limit: 0, checkAtLeast: database.documentCount)
        return enquire.valueCounts(slot: slot).map(\.term).filter { !$0.isEmpty }.sorted()
    }

    /// The filters the request's options ask for, each one query.
    func filters(for request: SearchRequest) throws -> [Query] {
        var filters: [Query] = []
        if !request.municipalities.isEmpty {
            let terms = try request.municipalities.flatMap {
                try resolve($0, prefix: IndexSchema.Prefix.municipality) { name in
                    SearchError.unknownMunicipality(name, known: displayNames(slot: IndexSchema.Slot.municipality))
                }
            }
            filters.append(.combine(.or, terms.map { .term($0) }))
        }
        if !request.committees.isEmpty {
            let terms = try request.committees.flatMap {
                try resolve($0, prefix: IndexSchema.Prefix.committee) { name in
                    SearchError.unknownCommittee(name, known: displayNames(slot: IndexSchema.Slot.committee))
                }
            }
            filters.append(.combine(.or, terms.map { .term($0) }))
        }
        if let caseNumber = request.caseNumber {
            filters.append(.term(IndexSchema.Prefix.caseNumber + BooleanTerm.code(caseNumber)))
        }
        if request.from != nil || request.to != nil {
            filters.append(
                .valueRange(
                    slot: IndexSchema.Slot.date,
                    from: request.from?.first.compact ?? "00000000",
                    to: request.to?.last.compact ?? "99999999"
                )
            )
        }
        if !request.absent.isEmpty {
            filters.append(
                .combine(.or, request.absent.map { .term(IndexSchema.Prefix.absent + BooleanTerm.name($0)) })
            )
        }
        if let closed = request.closed {
            let status = closed ? IndexSchema.Status.closed : IndexSchema.Status.open
            filters.append(.term(IndexSchema.Prefix.status + status))
        }
        return filters
    }

    /// The indexed terms a name typed by a user stands for: the exact name if indexed, else every indexed
    /// name containing it (`økonomi` → `økonomiudvalget`).
    private func resolve(
        _ name: String,
        prefix: String,
        unknown: (String) -> SearchError
    ) throws -> [String] {
        let wanted = BooleanTerm.name(name)
        let indexed = try database.terms(withPrefix: prefix).map { String($0.term.dropFirst(prefix.count)) }
        if indexed.contains(wanted) { return [prefix + wanted] }
        // `ØU` means Økonomiudvalget: try the thesaurus's spellings too.
        let names = [wanted] + (analysis.thesaurus ? MunicipalThesaurus.synonyms(of: wanted).map(BooleanTerm.name) : [])
        let matches = indexed.filter { candidate in names.contains { candidate.contains($0) } }
        guard !matches.isEmpty else { throw unknown(name) }
        return matches.map { prefix + $0 }
    }
}

@available(*, unavailable)
extension QueryBuilder: Sendable {}
