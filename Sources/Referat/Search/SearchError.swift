/// Why a search could not run, in one line a user can act on.
public enum SearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No index at the path.
    case indexNotFound(path: String)
    /// The index exists but cannot be opened.
    case indexUnreadable(path: String, reason: String)
    /// The query is not valid syntax.
    case malformedQuery(query: String, reason: String)
    /// The query (`field` `nil`) or a value of a filter has more characters than ``SearchLimits/queryLength``.
    case queryTooLong(field: Field?, length: Int, limit: Int)
    /// The query has more wildcards than ``SearchLimits/wildcards``.
    case tooManyWildcards(count: Int, limit: Int)
    /// No indexed value of the field matches what was typed; `known` lists indexed values, the closest first for
    /// a field matching part of a name.
    case unknownValue(field: Field, value: String, known: [String])

    public var description: String {
        switch self {
        case .indexNotFound(let path):
            return "no index at \(path); run `referat index` first"
        case .indexUnreadable(let path, let reason):
            return "cannot open the index at \(path): \(reason)"
        case .malformedQuery(let query, let reason):
            // One line, whatever was typed.
            let shown = String(query.map { $0.isNewline ? " " : $0 })
            return "malformed query \"\(shown)\": \(reason)"
        case .queryTooLong(let field, let length, let limit):
            let what = field.map { "the \($0.noun) given" } ?? "the query"
            return "\(what) is \(length) characters long; at most \(limit) are allowed"
        case .tooManyWildcards(let count, let limit):
            return "the query has \(count) wildcards (word*); at most \(limit) are allowed"
        case .unknownValue(let field, let value, let known):
            return "no \(field.noun) in the index matches \"\(value)\""
                + Self.list(known, label: field.matching == .partial ? "closest" : "known")
        }
    }

    private static func list(_ known: [String], label: String) -> String {
        guard !known.isEmpty else { return "" }
        let shown = known.prefix(8).joined(separator: ", ")
        return known.count > 8 ? "; \(label): \(shown), …" : "; \(label): \(shown)"
    }
}
