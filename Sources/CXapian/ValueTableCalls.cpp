// Entry points that store, load and count from value tables (ValueTable.hpp).
#include "Errors.hpp"
#include "Handles.hpp"

using namespace cxapian;

int cx_wdb_store_value_table(cx_wdb *db, const char *key, size_t key_length, const uint32_t *slots,
                             const uint8_t *separators, size_t slot_count, int *stored, char **error) noexcept {
    return guarded(error, [&] {
        std::string name = bytes(key, key_length);
        std::vector<cxapian::TableColumn> columns;
        for (size_t i = 0; i < slot_count; ++i) columns.push_back({slots[i], separators[i]});
        db->db.commit();
        cxapian::TableStamp stamp = cxapian::TableStamp::of(db->db);
        *stored = 0;
        if (cxapian::ValueTable::is_current(db->db.get_metadata(name), columns, stamp)) return;
        // Setting the table is this revision's only change, so the commit below makes exactly revision + 1.
        stamp.revision += 1;
        db->db.set_metadata(name, cxapian::ValueTable::encode(db->db, columns, stamp));
        db->db.commit();
        *stored = 1;
    });
}

int cx_db_value_table(const cx_db *db, const char *key, size_t key_length, cx_value_table **out,
                      char **error) noexcept {
    return guarded(error, [&] {
        *out = nullptr;
        cxapian::TableStamp stamp;
        try {
            stamp = cxapian::TableStamp::of(db->db);
        } catch (const Xapian::InvalidOperationError &) {
            return;  // several shards, or a remote one: no single revision to trust a table for
        }
        auto table = cxapian::ValueTable::decode(db->db.get_metadata(bytes(key, key_length)), stamp);
        if (table) *out = new cx_value_table{std::move(table)};
    });
}

void cx_value_table_free(cx_value_table *table) noexcept { delete table; }

int cx_enquire_count_values_from(cx_enquire *enquire, const cx_value_table *table, char **error) noexcept {
    return guarded(error, [&] { enquire->table = table->table; });
}
