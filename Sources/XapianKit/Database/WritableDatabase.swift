import CXapian
import Glibc

/// A Xapian index opened for writing (`Xapian::WritableDatabase`); only one writer per index at a time.
///
/// Changes become visible to readers at ``commit()``. Closing or deinitialising without committing lets Xapian
/// commit silently and swallow any error, so call ``commit()`` (and ``close()``) yourself.
public final class WritableDatabase {
    /// How to treat an existing or missing index at the path.
    public enum OpenMode: Sendable {
        /// Open the index, creating it if missing (`DB_CREATE_OR_OPEN`).
        case createOrOpen
        /// Open an existing index; a missing one is ``XapianError/Code/notFound`` (`DB_OPEN`).
        case open
        /// Create a new, empty index, replacing any existing one (`DB_CREATE_OR_OVERWRITE`).
        case createOrOverwrite

        var cValue: cx_open_mode {
            switch self {
            case .createOrOpen: CX_OPEN_CREATE_OR_OPEN
            case .open: CX_OPEN_OPEN
            case .createOrOverwrite: CX_OPEN_CREATE_OR_OVERWRITE
            }
        }
    }

    let handle: OpaquePointer

    /// Opens (or creates) the index at `path` and takes its write lock.
    ///
    /// - Throws: ``XapianError`` with code `.locked` when another writer still holds the lock after half a second,
    ///   `.notFound` for a missing index in mode `.open`, `.opening` when the path is not a usable index.
    public init(path: String, mode: OpenMode = .createOrOpen) throws(XapianError) {
        var handle: OpaquePointer?
        for attempt in 1...Self.lockAttempts {
            do {
                try check { error in path.withBytes { cx_wdb_open($0, $1, mode.cValue, &handle, error) } }
                break
            } catch let error where error.code == .locked && attempt < Self.lockAttempts {
                // Xapian's lock belongs to the open file, which a child process forked by another thread of this
                // process shares until it execs: a writer closed a moment ago can look locked for that long. A
                // lock another writer really holds outlasts these attempts.
                usleep(10_000)
            }
        }
        self.handle = allocated(handle)
    }

    /// How often opening tries to take a lock that looks taken, 10 ms apart, before reporting
    /// ``XapianError/Code/locked``.
    static let lockAttempts = 50

    deinit {
        cx_wdb_free(handle)
    }

    /// The number of documents, including uncommitted changes (0 if Xapian cannot tell; after ``close()`` Xapian
    /// 1.4 still reports the last count).
    public var documentCount: Int {
        var count: UInt64 = 0
        do {
            try check { error in cx_wdb_doc_count(handle, &count, error) }
        } catch {
            return 0
        }
        return Int(clamping: count)
    }

    /// Adds `document`, replacing every document already indexed by `uniqueTerm` (re-indexing stays idempotent).
    ///
    /// The document should itself carry `uniqueTerm`, or a later replace will not find it.
    public func replaceDocument(_ document: Document, uniqueTerm: String) throws(XapianError) {
        var docID: UInt32 = 0
        try check { error in
            uniqueTerm.withBytes { cx_wdb_replace_document(handle, $0, $1, document.handle, &docID, error) }
        }
    }

    /// Adds the words of `document` (its unprefixed terms) to the spelling data, weighted by their wdf.
    ///
    /// This is what ``TermGenerator/enableSpelling(into:)`` does while indexing text; use it when documents are
    /// analysed on other threads and only the writer may touch the index.
    public func addSpellings(of document: Document) throws(XapianError) {
        try check { error in cx_wdb_add_spellings(handle, document.handle, error) }
    }

    /// Adds the words of every document (the unprefixed terms) to the spelling data, weighted by how often they
    /// occur: into an index with no spelling data yet, what ``addSpellings(of:)`` for each document adds, at a
    /// fraction of the cost, since each word is added once instead of once per document.
    public func addSpellingsOfAllTerms() throws(XapianError) {
        try check { error in cx_wdb_add_spellings_of_all_terms(handle, error) }
    }

    /// Deletes every document indexed by `term`.
    public func deleteDocuments(withTerm term: String) throws(XapianError) {
        try check { error in term.withBytes { cx_wdb_delete_documents(handle, $0, $1, error) } }
    }

    /// The number of documents indexed by `term`, including uncommitted changes.
    public func termFrequency(_ term: String) throws(XapianError) -> Int {
        var count: UInt64 = 0
        try check { error in term.withBytes { cx_wdb_termfreq(handle, $0, $1, &count, error) } }
        return Int(clamping: count)
    }

    /// Makes all changes since the last commit durable and visible to readers.
    public func commit() throws(XapianError) {
        try check { error in cx_wdb_commit(handle, error) }
    }

    /// Commits pending changes, releases the write lock and closes the files; later calls fail.
    public func close() throws(XapianError) {
        try check { error in cx_wdb_close(handle, error) }
    }

    /// The user metadata stored under `key`, or `""` when unset.
    public func metadata(forKey key: String) throws(XapianError) -> String {
        try checkString { bytes, count, error in
            key.withBytes { cx_wdb_get_metadata(handle, $0, $1, bytes, count, error) }
        }
    }

    /// Stores `value` under `key` (committed with the next ``commit()``); an empty value removes the key.
    public func setMetadata(_ value: String, forKey key: String) throws(XapianError) {
        try check { error in
            key.withBytes { keyBytes, keyCount in
                value.withBytes { cx_wdb_set_metadata(handle, keyBytes, keyCount, $0, $1, error) }
            }
        }
    }

    /// All metadata keys starting with `prefix`, in byte order.
    public func metadataKeys(withPrefix prefix: String) throws(XapianError) -> [String] {
        try checkTermList { list, error in
            prefix.withBytes { cx_wdb_metadata_keys(handle, $0, $1, list, error) }
        }
        .map(\.term)
    }
}

@available(*, unavailable)
extension WritableDatabase: Sendable {}
