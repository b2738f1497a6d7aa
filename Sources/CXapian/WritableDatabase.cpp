// Entry points over Xapian::WritableDatabase: opening, committing, documents, spelling data and metadata.
#include "Errors.hpp"
#include "Handles.hpp"

using namespace cxapian;

int cx_wdb_open(const char *path, size_t path_length, cx_open_mode mode, cx_wdb **out, char **error) noexcept {
    return guarded(error, [&] {
        int action = Xapian::DB_CREATE_OR_OPEN;
        if (mode == CX_OPEN_OPEN) action = Xapian::DB_OPEN;
        if (mode == CX_OPEN_CREATE_OR_OVERWRITE) action = Xapian::DB_CREATE_OR_OVERWRITE;
        *out = new cx_wdb{Xapian::WritableDatabase(bytes(path, path_length), action)};
    });
}

void cx_wdb_free(cx_wdb *db) noexcept { delete db; }

int cx_wdb_commit(cx_wdb *db, char **error) noexcept {
    return guarded(error, [&] { db->db.commit(); });
}

int cx_wdb_close(cx_wdb *db, char **error) noexcept {
    return guarded(error, [&] { db->db.close(); });
}

int cx_wdb_doc_count(const cx_wdb *db, uint64_t *out, char **error) noexcept {
    return guarded(error, [&] { *out = db->db.get_doccount(); });
}

int cx_wdb_termfreq(const cx_wdb *db, const char *term, size_t term_length, uint64_t *out, char **error) noexcept {
    return guarded(error, [&] { *out = db->db.get_termfreq(bytes(term, term_length)); });
}

int cx_wdb_replace_document(cx_wdb *db, const char *unique_term, size_t unique_term_length, const cx_doc *doc,
                            uint32_t *docid, char **error) noexcept {
    return guarded(error, [&] { *docid = db->db.replace_document(bytes(unique_term, unique_term_length), doc->doc); });
}

int cx_wdb_add_spellings(cx_wdb *db, const cx_doc *doc, char **error) noexcept {
    return guarded(error, [&] {
        for (auto term = doc->doc.termlist_begin(); term != doc->doc.termlist_end(); ++term) {
            const std::string &word = *term;
            if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
            db->db.add_spelling(word, term.get_wdf());
        }
    });
}

int cx_wdb_add_spellings_of_all_terms(cx_wdb *db, char **error) noexcept {
    return guarded(error, [&] {
        auto term = db->db.allterms_begin();
        const auto end = db->db.allterms_end();
        while (term != end) {
            const std::string word = *term;
            if (word[0] >= 'A' && word[0] <= 'Z') {
                // Prefixed terms sort together, from "A" to just before "[": step over them all at once.
                term.skip_to("[");
                continue;
            }
            db->db.add_spelling(word, db->db.get_collection_freq(word));
            ++term;
        }
    });
}

int cx_wdb_delete_documents(cx_wdb *db, const char *term, size_t term_length, char **error) noexcept {
    return guarded(error, [&] { db->db.delete_document(bytes(term, term_length)); });
}

int cx_wdb_get_metadata(const cx_wdb *db, const char *key, size_t key_length, char **value, size_t *value_length,
                        char **error) noexcept {
    return guarded(error, [&] { give(db->db.get_metadata(bytes(key, key_length)), value, value_length); });
}

int cx_wdb_set_metadata(cx_wdb *db, const char *key, size_t key_length, const char *value, size_t value_length,
                        char **error) noexcept {
    return guarded(error, [&] { db->db.set_metadata(bytes(key, key_length), bytes(value, value_length)); });
}

int cx_wdb_metadata_keys(const cx_wdb *db, const char *prefix, size_t prefix_length, cx_term_list **out,
                         char **error) noexcept {
    return guarded(error, [&] {
        std::string p = bytes(prefix, prefix_length);
        *out = new_term_list(db->db.metadata_keys_begin(p), db->db.metadata_keys_end(p), false);
    });
}
