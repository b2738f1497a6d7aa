import CSQLite

/// An SQLite failure: the message SQLite gave.
struct SQLiteError: Error, CustomStringConvertible {
    /// SQLite's message.
    var description: String
}

/// An open SQLite database; closed when released.
final class SQLiteDatabase {
    fileprivate let handle: OpaquePointer

    /// Opens (creating if needed) the database file at `path`.
    init(path: String) throws {
        var opened: OpaquePointer?
        let status = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard status == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)"
            sqlite3_close(opened)
            throw SQLiteError(description: message)
        }
        handle = opened
    }

    deinit { sqlite3_close(handle) }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            defer { sqlite3_free(message) }
            throw SQLiteError(description: message.map { String(cString: $0) } ?? "error in \(sql)")
        }
    }

    /// A prepared statement for `sql`.
    func prepare(_ sql: String) throws -> SQLiteStatement { try SQLiteStatement(sql, in: self) }

    fileprivate var lastError: SQLiteError { SQLiteError(description: String(cString: sqlite3_errmsg(handle))) }
}

/// A prepared statement; finalized when released.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(_ sql: String, in database: SQLiteDatabase) throws {
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v2(database.handle, sql, -1, &prepared, nil) == SQLITE_OK, let prepared else {
            throw database.lastError
        }
        handle = prepared
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Clears the previous run and binds `values` to the parameters `?1`, `?2`, ….
    func bind(_ values: [String]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        // SQLITE_TRANSIENT: SQLite copies the text, since Swift's buffer lives only for the call.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            guard sqlite3_bind_text(handle, Int32(offset + 1), value, -1, transient) == SQLITE_OK else {
                throw database.lastError
            }
        }
    }

    /// Steps to the next row; `false` when there are no more.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.lastError
        }
    }

    /// Runs the statement to its end, discarding rows.
    func run(_ values: [String]) throws {
        try bind(values)
        while try step() {}
    }

    /// The text of column `index` of the current row (empty for NULL).
    func text(_ index: Int32) -> String {
        sqlite3_column_text(handle, index).map { String(cString: $0) } ?? ""
    }

    /// The integer in column `index` of the current row.
    func integer(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }
}

@available(*, unavailable)
extension SQLiteDatabase: Sendable {}

@available(*, unavailable)
extension SQLiteStatement: Sendable {}
