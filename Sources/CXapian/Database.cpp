// Entry points over Xapian::Database (read-only): opening, shards, compaction, statistics, documents.
#include "Errors.hpp"
#include "Handles.hpp"

using namespace cxapian;

int cx_db_open(const char *path, size_t path_length, cx_db **out, char **error) noexcept {
    return guarded(error, [&] { *out = new cx_db{Xapian::Database(bytes(path, path_length))}; });
}

void cx_db_free(cx_db *db) noexcept { delete db; }

int cx_db_add_database(cx_db *db, const cx_db *other, char **error) noexcept {
    return guarded(error, [&] { db->db.add_database(other->db); });
}

int cx_db_compact(const cx_db *db, const char *dest, size_t dest_length, unsigned flags, char **error) noexcept {
    const unsigned allowed = CX_COMPACT_NO_RENUMBER | CX_COMPACT_MULTIPASS;
    return guarded(error, [&] {
        // compact() is not const in Xapian's API, though it only reads the source: copy the (shared) handle.
        Xapian::Database source = db->db;
        source.compact(bytes(dest, dest_length), flags & allowed);
    });
}

int cx_db_reopen(cx_db *db, int *changed, char **error) noexcept {
    return guarded(error, [&] { *changed = db->db.reopen() ? 1 : 0; });
}

int cx_db_doc_count(const cx_db *db, uint64_t *out, char **error) noexcept {
    return guarded(error, [&] { *out = db->db.get_doccount(); });
}

int cx_db_termfreq(const cx_db *db, const char *term, size_t term_length, uint64_t *out, char **error) noexcept {
    return guarded(error, [&] { *out = db->db.get_termfreq(bytes(term, term_length)); });
}

int cx_db_terms(const cx_db *db, const char *prefix, size_t prefix_length, cx_term_list **out, char **error) noexcept {
    return guarded(error, [&] {
        std::string p = bytes(prefix, prefix_length);
        *out = new_term_list(db->db.allterms_begin(p), db->db.allterms_end(p), true);
    });
}

int cx_db_get_metadata(const cx_db *db, const char *key, size_t key_length, char **value, size_t *value_length,
                       char **error) noexcept {
    return guarded(error, [&] { give(db->db.get_metadata(bytes(key, key_length)), value, value_length); });
}

int cx_db_metadata_keys(const cx_db *db, const char *prefix, size_t prefix_length, cx_term_list **out,
                        char **error) noexcept {
    return guarded(error, [&] {
        std::string p = bytes(prefix, prefix_length);
        *out = new_term_list(db->db.metadata_keys_begin(p), db->db.metadata_keys_end(p), false);
    });
}

int cx_db_document_data(const cx_db *db, uint32_t docid, char **data, size_t *data_length, char **error) noexcept {
    return guarded(error, [&] { give(db->db.get_document(docid).get_data(), data, data_length); });
}

int cx_db_document_value(const cx_db *db, uint32_t docid, uint32_t slot, char **value, size_t *value_length,
                         char **error) noexcept {
    return guarded(error, [&] { give(db->db.get_document(docid).get_value(slot), value, value_length); });
}
