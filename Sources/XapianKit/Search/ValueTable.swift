import CXapian

/// Every document's values in a few slots, kept in the index's metadata, so that counting the values of a
/// search's matches (facets) looks each match up in a table instead of reading its values from the index.
///
/// A table describes one revision of one database: ``WritableDatabase/storeValueTable(slots:forKey:)`` writes it
/// in a commit of its own, and ``Database/valueTable(forKey:)`` finds it only while the database is still at that
/// revision. After another writer's commit, a compaction, or over several shards there is none, and
/// ``Enquire/countValues(slot:)`` reads the values as before.
public final class ValueTable {
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        cx_value_table_free(handle)
    }
}

@available(*, unavailable)
extension ValueTable: Sendable {}

extension Database {
    /// The value table stored under `key`, or `nil` when there is none current for the revision being read, or
    /// this database combines several shards or is remote.
    public func valueTable(forKey key: String) throws(XapianError) -> ValueTable? {
        var table: OpaquePointer?
        try check { error in key.withBytes { cx_db_value_table(handle, $0, $1, &table, error) } }
        return table.map(ValueTable.init(handle:))
    }
}

extension WritableDatabase {
    /// Commits, then stores a table of every document's values in `slots` under `key` in a commit of its own, so
    /// that readers of this revision can count those values from it; returns `false`, writing nothing, when the
    /// table there is already current. `slots` must not be empty.
    ///
    /// A slot with a byte in `separators` holds several values per document, joined by that byte: a search then
    /// counts each value, not each combination, and the splitting is done once when the table is loaded.
    @discardableResult
    public func storeValueTable(
        slots: [UInt32],
        separators: [UInt32: UInt8] = [:],
        forKey key: String
    ) throws(XapianError) -> Bool {
        precondition(!slots.isEmpty, "a value table needs at least one slot")
        let separatorBytes = slots.map { separators[$0] ?? 0 }
        var stored: Int32 = 0
        try check { error in
            key.withBytes { keyBytes, keyCount in
                slots.withUnsafeBufferPointer { slots in
                    separatorBytes.withUnsafeBufferPointer { separators in
                        cx_wdb_store_value_table(
                            handle,
                            keyBytes,
                            keyCount,
                            slots.baseAddress!,
                            separators.baseAddress!,
                            slots.count,
                            &stored,
                            error
                        )
                    }
                }
            }
        }
        return stored != 0
    }
}

extension Enquire {
    /// Counts the values of every slot `table` holds over the matches of each following search, from the table;
    /// ``valueCounts(slot:)`` then answers for those slots. The enquire keeps the table alive as long as it needs it.
    public func countValues(from table: ValueTable) {
        mustSucceed { error in cx_enquire_count_values_from(handle, table.handle, error) }
    }
}
