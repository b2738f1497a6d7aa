/// SQLite FTS5 in this process: top 10 by bm25 (title weighted double) with titles and snippets, then the exact
/// total and the facet counts by municipality, committee and year with a `GROUP BY`; newest first without words.
final class FTS5Search: PeerSearcher {
    let name = "SQLite FTS5"
    private let database: SQLiteDatabase

    /// Opens the FTS5 database at `path`.
    init(path: String) throws { database = try SQLiteDatabase(path: path) }

    func search(_ query: PeerQuery) throws -> Int {
        var (conditions, values) = query.sqlFilters
        var from = "items i"
        var order = "i.date DESC"
        var columns = "i.id, i.date"
        if let match = query.ftsMatch {
            values.append(match)
            conditions.insert("fts MATCH ?\(values.count)", at: 0)
            from = "fts JOIN items i ON i.id = fts.rowid"
            order = "bm25(fts, 2.0, 1.0, 1.0, 1.0, 1.0)"
            columns = "i.id, fts.title, snippet(fts, 4, '<mark>', '</mark>', '…', 12)"
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let top = try database.prepare("SELECT \(columns) FROM \(from)\(filter) ORDER BY \(order) LIMIT 10")
        try top.bind(values)
        while try top.step() { _ = top.text(1) + top.text(2) }
        let facets = try database.prepare(
            "SELECT i.municipality, i.committee, i.year, count(*) FROM \(from)\(filter) GROUP BY 1, 2, 3"
        )
        try facets.bind(values)
        var total = 0
        while try facets.step() { total += facets.integer(3) }
        return total
    }
}
