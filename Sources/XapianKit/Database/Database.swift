import CXapian

/// A read-only view of one or more Xapian indexes (`Xapian::Database`).
///
/// A reader sees the revision that was current when it was opened or last reopened; when a writer has moved on
/// far enough, reads fail with ``XapianError/Code/modified`` and ``reopen()`` is the cure.
public final class Database {
    let handle: OpaquePointer

    /// Opens the index at `path`: an index directory, or a stub file whose lines (`glass /abs/path`,
    /// `remote host:port`) list shards that are then searched as one.
    ///
    /// - Throws: ``XapianError`` with code `.notFound` when nothing exists at `path`, `.opening` when it is not an
    ///   index.
    public init(path: String) throws(XapianError) {
        var handle: OpaquePointer?
        try check { error in path.withBytes { cx_db_open($0, $1, &handle, error) } }
        self.handle = allocated(handle)
    }

    deinit {
        cx_db_free(handle)
    }

    /// Adds `other`'s shards to this database, so that searches cover both (`add_database`); document ids of
    /// the combined database interleave the shards' ids.
    public func add(_ other: Database) {
        mustSucceed { error in cx_db_add_database(handle, other.handle, error) }
    }

    /// Writes a compacted copy of this database, all its shards merged, as a new index at `destination`
    /// (`compact` with `DBCOMPACT_MULTIPASS` at the default level; never `FULLER`, which is buggy in 1.4).
    ///
    /// Document ids are renumbered to close gaps, so the copy's ids may differ from the source's.
    ///
    /// - Throws: ``XapianError`` when the source cannot be read or `destination` cannot be created.
    public func compact(to destination: String) throws(XapianError) {
        try check { error in
            destination.withBytes { cx_db_compact(handle, $0, $1, UInt32(CX_COMPACT_MULTIPASS), error) }
        }
    }

    /// Moves to the latest committed revision; returns whether anything changed.
    @discardableResult
    public func reopen() throws(XapianError) -> Bool {
        var changed: Int32 = 0
        try check { error in cx_db_reopen(handle, &changed, error) }
        return changed != 0
    }

    /// The number of documents in the revision being read (0 if it cannot be read).
    public var documentCount: Int {
        var count: UInt64 = 0
        do {
            try check { error in cx_db_doc_count(handle, &count, error) }
        } catch {
            return 0
        }
        return Int(clamping: count)
    }

    /// The number of documents indexed by `term`.
    public func termFrequency(_ term: String) throws(XapianError) -> Int {
        var count: UInt64 = 0
        try check { error in term.withBytes { cx_db_termfreq(handle, $0, $1, &count, error) } }
        return Int(clamping: count)
    }

    /// Every term starting with `prefix`, in byte order, with the number of documents indexed by it.
    public func terms(withPrefix prefix: String) throws(XapianError) -> [TermCount] {
        try checkTermList { list, error in prefix.withBytes { cx_db_terms(handle, $0, $1, list, error) } }
    }

    /// The user metadata stored under `key`, or `""` when unset.
    public func metadata(forKey key: String) throws(XapianError) -> String {
        try checkString { bytes, count, error in
            key.withBytes { cx_db_get_metadata(handle, $0, $1, bytes, count, error) }
        }
    }

    /// All metadata keys starting with `prefix`, in byte order.
    public func metadataKeys(withPrefix prefix: String) throws(XapianError) -> [String] {
        try checkTermList { list, error in prefix.withBytes { cx_db_metadata_keys(handle, $0, $1, list, error) } }
            .map(\.term)
    }

    /// The data stored with document `docID`.
    ///
    /// - Throws: ``XapianError`` with code `.documentNotFound` when no such document exists.
    public func documentData(_ docID: UInt32) throws(XapianError) -> String {
        try checkString { bytes, count, error in cx_db_document_data(handle, docID, bytes, count, error) }
    }

    /// The value in `slot` of document `docID`, or `""` when the slot is empty.
    public func documentValue(_ docID: UInt32, slot: UInt32) throws(XapianError) -> String {
        try checkString { bytes, count, error in cx_db_document_value(handle, docID, slot, bytes, count, error) }
    }
}

@available(*, unavailable)
extension Database: Sendable {}
