/// The SQLite FTS5 peer's index: an FTS5 table of the text (no Danish stemmer exists for FTS5, so words are
/// matched as written, lower-cased) and a plain table of the facets with an index per filter.
enum FTS5Index {
    /// Creates the tables in the empty database at `path` and loads the dump file's records in one transaction.
    static func build(path: String, dump: String) throws -> Int {
        let database = try SQLiteDatabase(path: path)
        try database.execute(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE items(
                id INTEGER PRIMARY KEY, key TEXT UNIQUE, municipality TEXT, municipality_key TEXT,
                committee TEXT, committee_key TEXT, date TEXT, year TEXT, case_number TEXT, case_key TEXT,
                item TEXT, closed INTEGER);
            CREATE VIRTUAL TABLE fts USING fts5(
                title, committee, decision, recommendation, body, tokenize = 'unicode61 remove_diacritics 0');
            BEGIN;
            """
        )
        let item = try database.prepare(
            "INSERT INTO items VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 = 'closed')"
        )
        let text = try database.prepare(
            "INSERT INTO fts(rowid, title, committee, decision, recommendation, body) "
                + "VALUES (last_insert_rowid(), ?1, ?2, ?3, ?4, ?5)"
        )
        var count = 0
        try DumpFile.forEachRecord(in: dump) { record in
            count += 1
            let field = { (name: String) in record[name] ?? "" }
            try item.run(
                [
                    "id", "municipality", "municipality_key", "committee", "committee_key", "date", "year", "case",
                    "case_key", "item", "status",
                ]
                .map(field)
            )
            try text.run(["title", "committee", "decision", "recommendation", "body"].map(field))
        }
        try database.execute(
            """
            CREATE INDEX items_municipality ON items(municipality_key);
            CREATE INDEX items_committee ON items(committee_key);
            CREATE INDEX items_date ON items(date);
            CREATE INDEX items_case ON items(case_key);
            COMMIT;
            """
        )
        return count
    }

    /// Merges the FTS5 segments into one b-tree and rewrites the file without free pages.
    static func compact(path: String) throws {
        let database = try SQLiteDatabase(path: path)
        try database.execute("INSERT INTO fts(fts) VALUES ('optimize'); VACUUM;")
    }
}
