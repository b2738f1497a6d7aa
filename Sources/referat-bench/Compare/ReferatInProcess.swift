import Referat

/// referat's ``Searcher`` in this process: top 10 with snippets, exact total and exact facet counts.
final class ReferatInProcess: PeerSearcher {
    let name = "referat in-process"
    private let searcher: Searcher

    /// Opens the index at `path`.
    init(path: String) throws { searcher = try Searcher(databasePath: path) }

    func search(_ query: PeerQuery) throws -> Int {
        let result = try searcher.search(query.request)
        // Every item has one year, so exact facet counts add up to the exact total.
        let counted = result.counts(of: IndexSchema.year).reduce(0) { $0 + $1.count }
        guard counted == result.total else {
            throw SearchError.facetsNotExact(query.label, total: result.total, counted: counted)
        }
        return result.total
    }

    /// A search whose facets did not add up.
    enum SearchError: Error, CustomStringConvertible {
        case facetsNotExact(String, total: Int, counted: Int)

        var description: String {
            switch self {
            case .facetsNotExact(let label, let total, let counted):
                "facet counts of \(label) add up to \(counted), not the total \(total)"
            }
        }
    }
}
