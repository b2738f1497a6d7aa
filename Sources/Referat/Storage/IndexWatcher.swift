import XapianKit

/// Notices when an index has a newer committed revision than the one a reader opened, so that a long-running
/// reader (the server's searchers) can open it again and see newly indexed items.
///
/// Not thread-safe: one thread at a time, as every Xapian handle.
public final class IndexWatcher {
    private let database: Database

    /// Opens the index at `path` (see ``IndexLocation``) to watch its revision.
    ///
    /// - Throws: ``SearchError/indexNotFound(path:)`` or ``SearchError/indexUnreadable(path:reason:)``.
    public init(databasePath path: String) throws(SearchError) {
        database = try IndexLocation(path: path).open()
    }

    /// Whether a writer has committed since the last call (or since opening): moves this watcher to the newest
    /// revision (`Database::reopen`) and says whether that changed anything.
    public func hasNewRevision() throws -> Bool {
        try database.reopen()
    }

    /// Whether `error` means a reader fell too far behind a writer (Xapian's `DatabaseModifiedError`), so opening
    /// the index again and retrying will succeed.
    public static func isStaleRead(_ error: any Error) -> Bool {
        (error as? XapianError)?.code == .modified
    }
}

@available(*, unavailable)
extension IndexWatcher: Sendable {}
