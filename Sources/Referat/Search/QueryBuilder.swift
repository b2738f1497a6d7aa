import Foundation
import Minutes
import XapianKit

/// Builds the Xapian query for a ``SearchRequest``: the words through Xapian's query parser with referat's
/// fields and Danish analysis, the options as boolean filters.
final class QueryBuilder {
    /// Xapian's usual syntax plus trailing wildcards (`budget*`), which need the database the parser has.
    static let flags: QueryParser.Flags = [.defaultFlags, .wildcard]

    private let database: Database
    private let parser: QueryParser

    /// Creates a builder for queries on `database`.
    init(database: Database, analyzer: DanishAnalyzer) {
        self.database = database
        parser = QueryParser()
        parser.stemmer = analyzer.stemmer
        parser.stemmingStrategy = analyzer.strategy
        parser.stopper = analyzer.stopper
        parser.defaultOperator = .and
        parser.database = database
        // Xapian's field names are case-sensitive; people type `Sag:` and `SAG:` too.
        for spelling in [{ (field: String) in field }, \.capitalized, \.localizedUppercase] as [(String) -> String] {
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
        }
    }

    /// The parsed words of `text`, or `nil` when it has none; throws ``SearchError/malformedQuery(query:reason:)``.
    func words(_ text: String) throws -> Query? {
        let rewritten = QueryText.rewrite(text)
        guard !rewritten.isEmpty else { return nil }
        do {
            let query = try parser.parse(rewritten, flags: Self.flags)
            return query.isEmpty ? nil : query
        } catch  where error.code == .querySyntax {
            throw SearchError.malformedQuery(query: text, reason: error.message)
        }
    }

    /// The spelling correction of the last parsed query, if Xapian has one.
    var correctedQuery: String? {
        let corrected = parser.correctedQuery
        return corrected.isEmpty ? nil : corrected
    }

    /// The filters the request's options ask for, each one query.
    func filters(for request: SearchRequest) throws -> [Query] {
        var filters: [Query] = []
        if !request.municipalities.isEmpty {
            let terms = try request.municipalities.flatMap {
                try resolve($0, prefix: IndexSchema.Prefix.municipality) { name, known in
                    SearchError.unknownMunicipality(name, known: known)
                }
            }
            filters.append(.combine(.or, terms.map { .term($0) }))
        }
        if !request.committees.isEmpty {
            let terms = try request.committees.flatMap {
                try resolve($0, prefix: IndexSchema.Prefix.committee) { name, known in
                    SearchError.unknownCommittee(name, known: known)
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
        unknown: (String, [String]) -> SearchError
    ) throws -> [String] {
        let wanted = BooleanTerm.name(name)
        let indexed = try database.terms(withPrefix: prefix).map { String($0.term.dropFirst(prefix.count)) }
        if indexed.contains(wanted) { return [prefix + wanted] }
        let matches = indexed.filter { $0.contains(wanted) }
        guard !matches.isEmpty else { throw unknown(name, indexed) }
        return matches.map { prefix + $0 }
    }
}

@available(*, unavailable)
extension QueryBuilder: Sendable {}
