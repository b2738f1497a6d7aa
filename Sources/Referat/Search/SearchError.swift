/// Why a search could not run, in one line a user can act on.
public enum SearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No index at the path.
    case indexNotFound(path: String)
    /// The index exists but cannot be opened.
    case indexUnreadable(path: String, reason: String)
    /// The query is not valid syntax.
    case malformedQuery(query: String, reason: String)
    /// No indexed municipality matches the name.
    case unknownMunicipality(String, known: [String])
    /// No indexed committee matches the name.
    case unknownCommittee(String, known: [String])

    public var description: String {
        switch self {
        case .indexNotFound(let path):
            return "no index at \(path); run `referat index` first"
        case .indexUnreadable(let path, let reason):
            return "cannot open the index at \(path): \(reason)"
        case .malformedQuery(let query, let reason):
            return "malformed query \"\(query)\": \(reason)"
        case .unknownMunicipality(let name, let known):
            return "no municipality in the index matches \"\(name)\"" + Self.list(known)
        case .unknownCommittee(let name, let known):
            return "no committee in the index matches \"\(name)\"" + Self.list(known)
        }
    }

    private static func list(_ known: [String]) -> String {
        guard !known.isEmpty else { return "" }
        let shown = known.prefix(8).joined(separator: ", ")
        return known.count > 8 ? "; known: \(shown), …" : "; known: \(shown)"
    }
}
