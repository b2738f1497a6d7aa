// CXapian: C entry points over Xapian 1.4. Every function is noexcept and funnels exceptions through
// `classify()`, so no C++ exception ever unwinds into Swift.
#include "CXapian.h"
#include "InflectedPhrases.hpp"
#include "RememberingStem.hpp"
#include "ValueTable.hpp"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

struct cx_wdb {
    Xapian::WritableDatabase db;
};

struct cx_db {
    Xapian::Database db;
};

struct cx_doc {
    Xapian::Document doc;
};

struct cx_stem {
    Xapian::Stem stem;
};

struct cx_stopper {
    Xapian::SimpleStopper stopper;
};

struct cx_termgen {
    Xapian::TermGenerator termgen;
};

struct cx_query {
    Xapian::Query query;
};

struct cx_qparser {
    Xapian::QueryParser qp;
};

struct cx_enquire {
    explicit cx_enquire(const Xapian::Database &db) : enquire(db) {}
    Xapian::Enquire enquire;
    // Slot -> spy. The spies are handed to Xapian with release(), so the Enquire's internals own them; these raw
    // pointers stay valid while `enquire` lives and until the next get_mset replaces them.
    std::map<Xapian::valueno, Xapian::ValueCountMatchSpy *> spies;
    // Slots counted from a value table instead, and that run's spy (owned by `enquire` like the others).
    std::shared_ptr<const cxapian::ValueTable> table;
    cxapian::ValueTableSpy *table_spy = nullptr;
};

struct cx_value_table {
    std::shared_ptr<const cxapian::ValueTable> table;
};

struct cx_mset {
    Xapian::MSet mset;
};

struct cx_term_list {
    std::vector<std::pair<std::string, uint64_t>> entries;
};

static_assert(CX_QP_FLAG_BOOLEAN == Xapian::QueryParser::FLAG_BOOLEAN, "flag values must match Xapian");
static_assert(CX_QP_FLAG_PHRASE == Xapian::QueryParser::FLAG_PHRASE, "flag values must match Xapian");
static_assert(CX_QP_FLAG_LOVEHATE == Xapian::QueryParser::FLAG_LOVEHATE, "flag values must match Xapian");
static_assert(CX_QP_FLAG_BOOLEAN_ANY_CASE == Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE, "flags must match Xapian");
static_assert(CX_QP_FLAG_WILDCARD == Xapian::QueryParser::FLAG_WILDCARD, "flag values must match Xapian");
static_assert(CX_QP_FLAG_PURE_NOT == Xapian::QueryParser::FLAG_PURE_NOT, "flag values must match Xapian");
static_assert(CX_QP_FLAG_PARTIAL == Xapian::QueryParser::FLAG_PARTIAL, "flag values must match Xapian");
static_assert(CX_QP_FLAG_SPELLING_CORRECTION == Xapian::QueryParser::FLAG_SPELLING_CORRECTION,
              "flag values must match Xapian");
static_assert(CX_COMPACT_NO_RENUMBER == Xapian::DBCOMPACT_NO_RENUMBER, "flag values must match Xapian");
static_assert(CX_COMPACT_MULTIPASS == Xapian::DBCOMPACT_MULTIPASS, "flag values must match Xapian");

namespace {

// MARK: - Strings and errors

std::string bytes(const char *data, size_t length) { return length ? std::string(data, length) : std::string(); }

// malloc'ed, NUL-terminated copy; nullptr when out of memory.
char *copy_out(const std::string &s) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (p == nullptr) return nullptr;
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

// Stores a copy of `s` in the out-parameters, or throws bad_alloc so the caller reports CX_ERR_OUT_OF_MEMORY.
void give(const std::string &s, char **out, size_t *out_length) {
    char *p = copy_out(s);
    if (p == nullptr) throw std::bad_alloc();
    *out = p;
    *out_length = s.size();
}

std::string xapian_message(const Xapian::Error &e) {
    std::string message = e.get_msg();
    if (message.empty()) message = e.get_description();
    const char *detail = e.get_error_string();
    if (detail != nullptr && *detail != '\0') {
        message += " (";
        message += detail;
        message += ")";
    }
    return message;
}

int fail(char **error, int code, const std::string &message) {
    // If even the message cannot be allocated, the code alone still tells the caller what happened.
    *error = copy_out(message);
    return code;
}

// Rethrows the exception in flight and maps it to a code, most-derived classes first (Xapian::Error is not
// polymorphic enough for dynamic_cast). Must only be called from inside a catch block.
int classify(char **error) noexcept {
    try {
        throw;
    } catch (const Xapian::DatabaseLockError &e) {
        return fail(error, CX_ERR_LOCKED, xapian_message(e));
    } catch (const Xapian::DatabaseNotFoundError &e) {
        return fail(error, CX_ERR_NOT_FOUND, xapian_message(e));
    } catch (const Xapian::DatabaseCorruptError &e) {
        return fail(error, CX_ERR_CORRUPT, xapian_message(e));
    } catch (const Xapian::DatabaseModifiedError &e) {
        return fail(error, CX_ERR_MODIFIED, xapian_message(e));
    } catch (const Xapian::DatabaseVersionError &e) {
        return fail(error, CX_ERR_OPENING, xapian_message(e));
    } catch (const Xapian::DatabaseOpeningError &e) {
        return fail(error, CX_ERR_OPENING, xapian_message(e));
    } catch (const Xapian::DatabaseCreateError &e) {
        return fail(error, CX_ERR_OPENING, xapian_message(e));
    } catch (const Xapian::QueryParserError &e) {
        return fail(error, CX_ERR_QUERY_SYNTAX, xapian_message(e));
    } catch (const Xapian::InvalidArgumentError &e) {
        return fail(error, CX_ERR_INVALID_ARGUMENT, xapian_message(e));
    } catch (const Xapian::RangeError &e) {
        return fail(error, CX_ERR_RANGE, xapian_message(e));
    } catch (const Xapian::DocNotFoundError &e) {
        return fail(error, CX_ERR_DOC_NOT_FOUND, xapian_message(e));
    } catch (const Xapian::NetworkError &e) {
        return fail(error, CX_ERR_NETWORK, xapian_message(e));
    } catch (const Xapian::Error &e) {
        // Includes DatabaseClosedError, InvalidOperationError, WildcardError, ...: keep the type in the text.
        return fail(error, CX_ERR_OTHER, e.get_description());
    } catch (const std::bad_alloc &) {
        *error = nullptr;  // allocating a message would likely fail too
        return CX_ERR_OUT_OF_MEMORY;
    } catch (const std::exception &e) {
        return fail(error, CX_ERR_OTHER, e.what());
    } catch (...) {
        return fail(error, CX_ERR_OTHER, "unknown C++ exception");
    }
}

// Runs `body` and turns any exception into a code. `body` returns nothing; success is CX_OK.
template <typename Body>
int guarded(char **error, Body &&body) noexcept {
    try {
        body();
        return CX_OK;
    } catch (...) {
        return classify(error);
    }
}

// For the few infallible entry points: swallow anything (only bad_alloc is possible) and return `fallback`.
template <typename T, typename Body>
T or_else(T fallback, Body &&body) noexcept {
    try {
        return body();
    } catch (...) {
        return fallback;
    }
}

Xapian::Query::op to_xapian(cx_query_op op) {
    switch (op) {
    case CX_OP_AND: return Xapian::Query::OP_AND;
    case CX_OP_OR: return Xapian::Query::OP_OR;
    case CX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
    case CX_OP_FILTER: return Xapian::Query::OP_FILTER;
    case CX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
    }
    throw Xapian::InvalidArgumentError("unknown query operator");
}

// MARK: - Boolean field normalisation

std::string normalise(const std::string &value, cx_normalization mode) {
    if (mode == CX_NORMALIZE_NONE) return value;
    std::string result;
    result.reserve(value.size());
    bool pending_space = false;
    for (Xapian::Utf8Iterator it(value); it != Xapian::Utf8Iterator(); ++it) {
        unsigned ch = *it;
        // Names are compared without their dashes: "Beskæftigelses- og Erhvervsudvalget" is typed many ways.
        bool separator = Xapian::Unicode::is_whitespace(ch) ||
                         (mode == CX_NORMALIZE_LOWERCASE &&
                          Xapian::Unicode::get_category(ch) == Xapian::Unicode::DASH_PUNCTUATION);
        if (separator) {
            pending_space = (mode == CX_NORMALIZE_LOWERCASE);
            continue;
        }
        if (pending_space && !result.empty()) result += ' ';
        pending_space = false;
        Xapian::Unicode::append_utf8(result, Xapian::Unicode::tolower(ch));
    }
    return result;
}

// Turns `field:value` into the boolean term prefix + normalised value, so the query matches what the indexer wrote
// (the stock boolean prefix neither case-folds nor avoids inserting ':' before an upper-case value).
// Turns `field:word` into one synonym of the stemmed word and the stemmed word under a second term prefix, so that
// terms indexed as weaker evidence of the same word (the parts of compound words) share its statistics: an item is
// found by either and ranked by how often it has both, never by how rare the weaker term alone is.
class StemSynonymFieldProcessor : public Xapian::FieldProcessor {
  public:
    StemSynonymFieldProcessor(std::string prefix, Xapian::Stem stem) : prefix_(std::move(prefix)), stem_(std::move(stem)) {}

    Xapian::Query operator()(const std::string &value) override {
        std::string stemmed = stem_(normalise(value, CX_NORMALIZE_CODE));
        Xapian::Query terms[] = {Xapian::Query("Z" + stemmed), Xapian::Query("Z" + prefix_ + stemmed)};
        return Xapian::Query(Xapian::Query::OP_SYNONYM, terms, terms + 2);
    }

  private:
    std::string prefix_;
    Xapian::Stem stem_;
};

class NormalisingFieldProcessor : public Xapian::FieldProcessor {
  public:
    NormalisingFieldProcessor(std::string prefix, cx_normalization mode) : prefix_(std::move(prefix)), mode_(mode) {}

    Xapian::Query operator()(const std::string &value) override {
        return Xapian::Query(prefix_ + normalise(value, mode_));
    }

  private:
    std::string prefix_;
    cx_normalization mode_;
};

// MARK: - Date ranges

struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when not given
    int day = 0;    // 0 when not given
};

bool parse_digits(const std::string &s, size_t pos, size_t count, int &out) {
    if (pos + count > s.size()) return false;
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    out = value;
    return true;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (month == 2 && is_leap(year)) ? 29 : days[month - 1];
}

// Accepts YYYY, YYYY-MM or YYYY-MM-DD.
bool parse_partial_date(const std::string &s, PartialDate &date) {
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
    if (!parse_digits(s, 0, 4, date.year)) return false;
    if (s.size() >= 7) {
        if (s[4] != '-' || !parse_digits(s, 5, 2, date.month)) return false;
        if (date.month < 1 || date.month > 12) return false;
    }
    if (s.size() == 10) {
        if (s[7] != '-' || !parse_digits(s, 8, 2, date.day)) return false;
        if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return false;
    }
    return true;
}

std::string yyyymmdd(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
    return buffer;
}

std::string first_day(const PartialDate &d) { return yyyymmdd(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }

std::string last_day(const PartialDate &d) {
    int month = d.month ? d.month : 12;
    return yyyymmdd(d.year, month, d.day ? d.day : days_in_month(d.year, month));
}

// `field:START..END` over a slot holding YYYYMMDD. Xapian's DateRangeProcessor rejects partial dates (2022..,
// 2022-01..2022-06), so this expands a partial start to its first day and a partial end to its last day.
class PartialDateRangeProcessor : public Xapian::RangeProcessor {
  public:
    PartialDateRangeProcessor(Xapian::valueno slot, const std::string &prefix)
        : Xapian::RangeProcessor(slot, prefix, Xapian::RP_REPEATED) {}

    Xapian::Query operator()(const std::string &begin, const std::string &end) override {
        PartialDate from, to;
        bool has_from = !begin.empty(), has_to = !end.empty();
        if (!has_from && !has_to) return Xapian::Query(Xapian::Query::OP_INVALID);
        if ((has_from && !parse_partial_date(begin, from)) || (has_to && !parse_partial_date(end, to))) {
            throw Xapian::QueryParserError("Invalid date range '" + str + begin + ".." + end +
                                           "': use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (!has_to) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, first_day(from));
        if (!has_from) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, last_day(to));
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, first_day(from), last_day(to));
    }
};

cx_term_list *new_term_list(Xapian::TermIterator it, Xapian::TermIterator end, bool with_termfreq) {
    auto list = std::make_unique<cx_term_list>();
    for (; it != end; ++it) list->entries.emplace_back(*it, with_termfreq ? it.get_termfreq() : 0);
    return list.release();
}

}  // namespace

// MARK: - Strings and lists

void cx_string_free(char *string) noexcept { std::free(string); }

size_t cx_term_list_count(const cx_term_list *list) noexcept { return list->entries.size(); }

void cx_term_list_get(const cx_term_list *list, size_t index, const char **term, size_t *term_length,
                      uint64_t *count) noexcept {
    const auto &entry = list->entries[index];
    *term = entry.first.data();
    *term_length = entry.first.size();
    *count = entry.second;
}

void cx_term_list_free(cx_term_list *list) noexcept { delete list; }

// MARK: - WritableDatabase

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

// MARK: - Database

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

int cx_db_document_data(const cx_db *db, uint32_t docid, char **data, size_t *data_length, char **error) noexcept {
    return guarded(error, [&] { give(db->db.get_document(docid).get_data(), data, data_length); });
}

int cx_db_document_value(const cx_db *db, uint32_t docid, uint32_t slot, char **value, size_t *value_length,
                         char **error) noexcept {
    return guarded(error, [&] { give(db->db.get_document(docid).get_value(slot), value, value_length); });
}

// MARK: - Document

cx_doc *cx_doc_new(void) noexcept {
    return or_else<cx_doc *>(nullptr, [] { return new cx_doc{}; });
}

void cx_doc_free(cx_doc *doc) noexcept { delete doc; }

int cx_doc_add_term(cx_doc *doc, const char *term, size_t term_length, uint32_t wdf, char **error) noexcept {
    return guarded(error, [&] { doc->doc.add_term(bytes(term, term_length), wdf); });
}

int cx_doc_add_boolean_term(cx_doc *doc, const char *term, size_t term_length, char **error) noexcept {
    return guarded(error, [&] { doc->doc.add_boolean_term(bytes(term, term_length)); });
}

int cx_doc_add_value(cx_doc *doc, uint32_t slot, const char *value, size_t value_length, char **error) noexcept {
    return guarded(error, [&] { doc->doc.add_value(slot, bytes(value, value_length)); });
}

int cx_doc_set_data(cx_doc *doc, const char *data, size_t data_length, char **error) noexcept {
    return guarded(error, [&] { doc->doc.set_data(bytes(data, data_length)); });
}

int cx_doc_get_data(const cx_doc *doc, char **data, size_t *data_length, char **error) noexcept {
    return guarded(error, [&] { give(doc->doc.get_data(), data, data_length); });
}

// MARK: - Stem and Stopper

int cx_stem_new(const char *language, size_t language_length, cx_stem **out, char **error) noexcept {
    return guarded(error, [&] { *out = new cx_stem{Xapian::Stem(bytes(language, language_length))}; });
}

void cx_stem_free(cx_stem *stem) noexcept { delete stem; }

int cx_stem_word(const cx_stem *stem, const char *word, size_t word_length, char **out, size_t *out_length,
                 char **error) noexcept {
    return guarded(error, [&] { give(stem->stem(bytes(word, word_length)), out, out_length); });
}

cx_stopper *cx_stopper_new(void) noexcept {
    return or_else<cx_stopper *>(nullptr, [] { return new cx_stopper{}; });
}

void cx_stopper_free(cx_stopper *stopper) noexcept { delete stopper; }

int cx_stopper_add(cx_stopper *stopper, const char *word, size_t word_length, char **error) noexcept {
    return guarded(error, [&] { stopper->stopper.add(bytes(word, word_length)); });
}

// MARK: - TermGenerator

cx_termgen *cx_termgen_new(void) noexcept {
    return or_else<cx_termgen *>(nullptr, [] { return new cx_termgen{}; });
}

void cx_termgen_free(cx_termgen *termgen) noexcept { delete termgen; }

void cx_termgen_set_stemmer(cx_termgen *termgen, const cx_stem *stem) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_stemmer(stem ? stem->stem : Xapian::Stem());
        return 0;
    });
}

void cx_termgen_set_remembering_stemmer(cx_termgen *termgen, const cx_stem *stem, size_t limit) noexcept {
    // "none" has no implementation to wrap, and the generator must still see it as no stemming at all.
    if (!stem || stem->stem.is_none() || limit == 0) return cx_termgen_set_stemmer(termgen, stem);
    or_else(0, [&] {
        termgen->termgen.set_stemmer(Xapian::Stem(new cxapian::RememberingStem(stem->stem, limit)));
        return 0;
    });
}

void cx_termgen_set_stopper(cx_termgen *termgen, const cx_stopper *stopper) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_stopper(stopper ? &stopper->stopper : nullptr);
        return 0;
    });
}

void cx_termgen_set_stemming_strategy(cx_termgen *termgen, cx_stem_strategy strategy) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_stemming_strategy(static_cast<Xapian::TermGenerator::stem_strategy>(strategy));
        return 0;
    });
}

void cx_termgen_enable_spelling(cx_termgen *termgen, const cx_wdb *db) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_database(db->db);
        termgen->termgen.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
        return 0;
    });
}

void cx_termgen_set_document(cx_termgen *termgen, const cx_doc *doc) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_document(doc->doc);
        termgen->termgen.set_termpos(0);
        return 0;
    });
}

int cx_termgen_index_text(cx_termgen *termgen, const char *text, size_t text_length, uint32_t wdf,
                          const char *prefix, size_t prefix_length, int with_positions, char **error) noexcept {
    return guarded(error, [&] {
        std::string t = bytes(text, text_length), p = bytes(prefix, prefix_length);
        if (with_positions)
            termgen->termgen.index_text(t, wdf, p);
        else
            termgen->termgen.index_text_without_positions(t, wdf, p);
    });
}

void cx_termgen_increase_termpos(cx_termgen *termgen, uint32_t delta) noexcept {
    or_else(0, [&] {
        termgen->termgen.increase_termpos(delta);
        return 0;
    });
}

// MARK: - Query

cx_query *cx_query_new_term(const char *term, size_t term_length, uint32_t wqf, uint32_t pos) noexcept {
    return or_else<cx_query *>(nullptr, [&] { return new cx_query{Xapian::Query(bytes(term, term_length), wqf, pos)}; });
}

cx_query *cx_query_new_match_all(void) noexcept {
    return or_else<cx_query *>(nullptr, [] { return new cx_query{Xapian::Query::MatchAll}; });
}

cx_query *cx_query_new_value_range(uint32_t slot, const char *lower, size_t lower_length, const char *upper,
                                   size_t upper_length) noexcept {
    return or_else<cx_query *>(nullptr, [&] {
        return new cx_query{
            Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, bytes(lower, lower_length), bytes(upper, upper_length))};
    });
}

cx_query *cx_query_new_combine(cx_query_op op, const cx_query *const *queries, size_t count) noexcept {
    return or_else<cx_query *>(nullptr, [&] {
        std::vector<Xapian::Query> subqueries;
        subqueries.reserve(count);
        for (size_t i = 0; i < count; ++i) subqueries.push_back(queries[i]->query);
        return new cx_query{Xapian::Query(to_xapian(op), subqueries.begin(), subqueries.end())};
    });
}

cx_query *cx_query_new_scaled(const cx_query *query, double factor) noexcept {
    return or_else<cx_query *>(nullptr, [&] {
        return new cx_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query->query, factor)};
    });
}

void cx_query_free(cx_query *query) noexcept { delete query; }

int cx_query_is_empty(const cx_query *query) noexcept { return query->query.empty() ? 1 : 0; }

int cx_query_terms(const cx_query *query, cx_term_list **out, char **error) noexcept {
    return guarded(error, [&] {
        *out = new_term_list(query->query.get_unique_terms_begin(), query->query.get_unique_terms_end(), false);
    });
}

int cx_query_inflect_phrases(const cx_query *query, const cx_db *db, const cx_stem *stem, cx_query **out,
                             char **error) noexcept {
    return guarded(error, [&] { *out = new cx_query{cxapian::inflect_phrases(query->query, db->db, stem->stem)}; });
}

char *cx_query_description(const cx_query *query, size_t *length) noexcept {
    return or_else<char *>(nullptr, [&] {
        std::string description = query->query.get_description();
        *length = description.size();
        return copy_out(description);
    });
}

// MARK: - QueryParser

cx_qparser *cx_qparser_new(void) noexcept {
    return or_else<cx_qparser *>(nullptr, [] { return new cx_qparser{}; });
}

void cx_qparser_free(cx_qparser *qp) noexcept { delete qp; }

void cx_qparser_set_stemmer(cx_qparser *qp, const cx_stem *stem) noexcept {
    or_else(0, [&] {
        qp->qp.set_stemmer(stem ? stem->stem : Xapian::Stem());
        return 0;
    });
}

void cx_qparser_set_stemming_strategy(cx_qparser *qp, cx_stem_strategy strategy) noexcept {
    or_else(0, [&] {
        qp->qp.set_stemming_strategy(static_cast<Xapian::QueryParser::stem_strategy>(strategy));
        return 0;
    });
}

void cx_qparser_set_stopper(cx_qparser *qp, const cx_stopper *stopper) noexcept {
    or_else(0, [&] {
        qp->qp.set_stopper(stopper ? &stopper->stopper : nullptr);
        return 0;
    });
}

int cx_qparser_set_default_op(cx_qparser *qp, cx_query_op op, char **error) noexcept {
    return guarded(error, [&] {
        if (op != CX_OP_AND && op != CX_OP_OR)
            throw Xapian::InvalidArgumentError("the default operator must be AND or OR");
        qp->qp.set_default_op(to_xapian(op));
    });
}

void cx_qparser_set_database(cx_qparser *qp, const cx_db *db) noexcept {
    or_else(0, [&] {
        qp->qp.set_database(db ? db->db : Xapian::Database());
        return 0;
    });
}

int cx_qparser_add_prefix(cx_qparser *qp, const char *field, size_t field_length, const char *prefix,
                          size_t prefix_length, char **error) noexcept {
    return guarded(error, [&] { qp->qp.add_prefix(bytes(field, field_length), bytes(prefix, prefix_length)); });
}

int cx_qparser_add_boolean_prefix(cx_qparser *qp, const char *field, size_t field_length, const char *prefix,
                                  size_t prefix_length, cx_normalization normalization, char **error) noexcept {
    return guarded(error, [&] {
        auto processor = std::make_unique<NormalisingFieldProcessor>(bytes(prefix, prefix_length), normalization);
        // release() hands ownership to the QueryParser's reference count.
        qp->qp.add_boolean_prefix(bytes(field, field_length), processor.release()->release());
    });
}

int cx_qparser_add_stem_synonym_prefix(cx_qparser *qp, const char *field, size_t field_length, const char *prefix,
                                       size_t prefix_length, const cx_stem *stem, char **error) noexcept {
    return guarded(error, [&] {
        auto processor = std::make_unique<StemSynonymFieldProcessor>(bytes(prefix, prefix_length), stem->stem);
        qp->qp.add_prefix(bytes(field, field_length), processor.release()->release());
    });
}

int cx_qparser_add_date_range(cx_qparser *qp, const char *field, size_t field_length, uint32_t slot, char **error) noexcept {
    return guarded(error, [&] {
        auto processor = std::make_unique<PartialDateRangeProcessor>(slot, bytes(field, field_length) + ":");
        qp->qp.add_rangeprocessor(processor.release()->release());
    });
}

int cx_qparser_parse(cx_qparser *qp, const char *text, size_t text_length, unsigned flags, cx_query **out,
                     char **error) noexcept {
    return guarded(error, [&] { *out = new cx_query{qp->qp.parse_query(bytes(text, text_length), flags)}; });
}

char *cx_qparser_corrected_query(const cx_qparser *qp, size_t *length) noexcept {
    return or_else<char *>(nullptr, [&] {
        std::string corrected = qp->qp.get_corrected_query_string();
        *length = corrected.size();
        return copy_out(corrected);
    });
}

// MARK: - Enquire

cx_enquire *cx_enquire_new(const cx_db *db) noexcept {
    return or_else<cx_enquire *>(nullptr, [&] { return new cx_enquire(db->db); });
}

void cx_enquire_free(cx_enquire *enquire) noexcept { delete enquire; }

void cx_enquire_set_query(cx_enquire *enquire, const cx_query *query) noexcept {
    or_else(0, [&] {
        enquire->enquire.set_query(query->query);
        return 0;
    });
}

void cx_enquire_set_sort(cx_enquire *enquire, cx_sort sort, uint32_t slot, int reverse) noexcept {
    or_else(0, [&] {
        Xapian::Enquire &e = enquire->enquire;
        switch (sort) {
        case CX_SORT_RELEVANCE: e.set_sort_by_relevance(); break;
        case CX_SORT_VALUE: e.set_sort_by_value(slot, reverse != 0); break;
        case CX_SORT_VALUE_THEN_RELEVANCE: e.set_sort_by_value_then_relevance(slot, reverse != 0); break;
        case CX_SORT_RELEVANCE_THEN_VALUE: e.set_sort_by_relevance_then_value(slot, reverse != 0); break;
        }
        return 0;
    });
}

void cx_enquire_set_collapse_key(cx_enquire *enquire, int has_slot, uint32_t slot) noexcept {
    or_else(0, [&] {
        enquire->enquire.set_collapse_key(has_slot ? slot : Xapian::BAD_VALUENO);
        return 0;
    });
}

int cx_enquire_count_values(cx_enquire *enquire, uint32_t slot, char **error) noexcept {
    return guarded(error, [&] { enquire->spies.emplace(slot, nullptr); });
}

int cx_enquire_mset(cx_enquire *enquire, uint32_t first, uint32_t max, uint32_t checkatleast, cx_mset **out,
                    char **error) noexcept {
    return guarded(error, [&] {
        // ValueCountMatchSpy accumulates across runs and has no reset in 1.4: give each run fresh spies.
        enquire->enquire.clear_matchspies();
        for (auto &entry : enquire->spies) entry.second = nullptr;
        for (auto &entry : enquire->spies) {
            auto spy = std::make_unique<Xapian::ValueCountMatchSpy>(entry.first);
            Xapian::ValueCountMatchSpy *raw = spy.get();
            enquire->enquire.add_matchspy(spy.release()->release());
            entry.second = raw;
        }
        enquire->table_spy = nullptr;
        if (enquire->table) {
            auto spy = std::make_unique<cxapian::ValueTableSpy>(enquire->table);
            cxapian::ValueTableSpy *raw = spy.get();
            enquire->enquire.add_matchspy(spy.release()->release());
            enquire->table_spy = raw;
        }
        *out = new cx_mset{enquire->enquire.get_mset(first, max, checkatleast)};
    });
}

int cx_enquire_value_counts(const cx_enquire *enquire, uint32_t slot, cx_term_list **out, char **error) noexcept {
    return guarded(error, [&] {
        auto list = std::make_unique<cx_term_list>();
        auto found = enquire->spies.find(slot);
        int column = enquire->table ? enquire->table->column_of(slot) : -1;
        if (enquire->table_spy != nullptr && column >= 0) {
            list->entries = enquire->table_spy->counts(size_t(column));
        } else if (found != enquire->spies.end() && found->second != nullptr) {
            const Xapian::ValueCountMatchSpy &spy = *found->second;
            for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
                list->entries.emplace_back(*it, it.get_termfreq());
            std::sort(list->entries.begin(), list->entries.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
        }
        *out = list.release();
    });
}

// MARK: - Value tables

int cx_wdb_store_value_table(cx_wdb *db, const char *key, size_t key_length, const uint32_t *slots,
                             size_t slot_count, int *stored, char **error) noexcept {
    return guarded(error, [&] {
        std::string name = bytes(key, key_length);
        std::vector<Xapian::valueno> columns(slots, slots + slot_count);
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

// MARK: - MSet

void cx_mset_free(cx_mset *mset) noexcept { delete mset; }

uint32_t cx_mset_size(const cx_mset *mset) noexcept { return mset->mset.size(); }

void cx_mset_matches(const cx_mset *mset, uint32_t *estimated, uint32_t *lower, uint32_t *upper) noexcept {
    *estimated = mset->mset.get_matches_estimated();
    *lower = mset->mset.get_matches_lower_bound();
    *upper = mset->mset.get_matches_upper_bound();
}

namespace {
Xapian::MSetIterator hit_at(const cx_mset *mset, uint32_t index) {
    if (index >= mset->mset.size())
        throw Xapian::RangeError("hit index " + std::to_string(index) + " is past the end of a page of " +
                                 std::to_string(mset->mset.size()));
    return mset->mset[index];
}
}  // namespace

int cx_mset_hit(const cx_mset *mset, uint32_t index, uint32_t *docid, uint32_t *rank, double *weight, int *percent,
                uint32_t *collapse_count, char **data, size_t *data_length, char **error) noexcept {
    return guarded(error, [&] {
        Xapian::MSetIterator it = hit_at(mset, index);
        std::string document_data = it.get_document().get_data();
        *docid = *it;
        *rank = it.get_rank();
        *weight = it.get_weight();
        *percent = it.get_percent();
        *collapse_count = it.get_collapse_count();
        give(document_data, data, data_length);
    });
}

int cx_mset_value(const cx_mset *mset, uint32_t index, uint32_t slot, char **value, size_t *value_length,
                  char **error) noexcept {
    return guarded(error, [&] { give(hit_at(mset, index).get_document().get_value(slot), value, value_length); });
}

int cx_mset_snippet(const cx_mset *mset, const char *text, size_t text_length, size_t length, const cx_stem *stem,
                    const char *hi_start, size_t hi_start_length, const char *hi_end, size_t hi_end_length,
                    const char *omit, size_t omit_length, char **out, size_t *out_length, char **error) noexcept {
    return guarded(error, [&] {
        // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of the text in the index, some twenty
        // B-tree reads per hit, to prefer windows with rarer words around the matches; callers pass text already
        // cut to the window around the matches.
        std::string snippet = mset->mset.snippet(
            bytes(text, text_length), length, stem ? stem->stem : Xapian::Stem(), Xapian::MSet::SNIPPET_EXHAUSTIVE,
            bytes(hi_start, hi_start_length), bytes(hi_end, hi_end_length), bytes(omit, omit_length));
        give(snippet, out, out_length);
    });
}
