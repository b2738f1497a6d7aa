// CXapian: a plain-C face over Xapian 1.4 (C++) so that Swift can import it.
//
// Why a shim: Swift cannot catch C++ exceptions, and Xapian reports every failure by throwing.
// Every function here is implemented `noexcept` in C++ and turns any exception into a code.
//
// Conventions, used by every function below:
// - Every symbol starts with `cx_`. Handles are opaque; each `cx_X_new`/`cx_X_open` pairs with one `cx_X_free`.
// - Strings going in are UTF-8 bytes with an explicit length (they need not be NUL-terminated).
// - Strings coming out are malloc'ed, NUL-terminated, with their length in an out-parameter; the caller
//   frees them with `cx_string_free`. They are never NULL when the call returns CX_OK.
// - Fallible functions return a `cx_status` (CX_OK == 0). On failure they store a malloc'ed, NUL-terminated
//   message in `*error` (caller frees it with `cx_string_free`); on success `*error` is left untouched.
// - Infallible functions can only fail by running out of memory, which they report by returning a neutral
//   value (0, empty string) and are documented as such.
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
// Every entry point is noexcept in C++: an exception that escaped the shim would terminate, not unwind into Swift.
#define CX_NOEXCEPT noexcept
extern "C" {
#else
#define CX_NOEXCEPT
#endif

/// Result of a fallible call: CX_OK or the kind of Xapian exception that was thrown.
typedef enum cx_status {
    CX_OK = 0,
    CX_ERR_LOCKED = 1,            // Xapian::DatabaseLockError
    CX_ERR_NOT_FOUND = 2,         // Xapian::DatabaseNotFoundError
    CX_ERR_OPENING = 3,           // Xapian::DatabaseOpeningError, DatabaseVersionError, DatabaseCreateError
    CX_ERR_CORRUPT = 4,           // Xapian::DatabaseCorruptError
    CX_ERR_MODIFIED = 5,          // Xapian::DatabaseModifiedError
    CX_ERR_QUERY_SYNTAX = 6,      // Xapian::QueryParserError
    CX_ERR_INVALID_ARGUMENT = 7,  // Xapian::InvalidArgumentError
    CX_ERR_RANGE = 8,             // Xapian::RangeError (also an index past the end of an MSet)
    CX_ERR_DOC_NOT_FOUND = 9,     // Xapian::DocNotFoundError
    CX_ERR_NETWORK = 10,          // Xapian::NetworkError
    CX_ERR_OUT_OF_MEMORY = 11,    // std::bad_alloc
    CX_ERR_OTHER = 12             // any other Xapian::Error, std::exception or unknown exception
} cx_status;

/// How a writable database is opened (Xapian::DB_CREATE_OR_OPEN, DB_OPEN, DB_CREATE_OR_OVERWRITE; mapped, not equal).
typedef enum cx_open_mode {
    CX_OPEN_CREATE_OR_OPEN = 0,
    CX_OPEN_OPEN = 1,
    CX_OPEN_CREATE_OR_OVERWRITE = 2
} cx_open_mode;

/// Stemming strategy, same values as Xapian::TermGenerator::stem_strategy and QueryParser::stem_strategy.
typedef enum cx_stem_strategy {
    CX_STEM_NONE = 0,
    CX_STEM_SOME = 1,
    CX_STEM_ALL = 2,
    CX_STEM_ALL_Z = 3,
    CX_STEM_SOME_FULL_POS = 4
} cx_stem_strategy;

/// Query operators the shim exposes (a subset of Xapian::Query::op, mapped by a switch: the values differ).
typedef enum cx_query_op {
    CX_OP_AND = 0,
    CX_OP_OR = 1,
    CX_OP_AND_NOT = 2,
    CX_OP_FILTER = 3,
    CX_OP_AND_MAYBE = 4,
    CX_OP_SYNONYM = 5
} cx_query_op;

/// QueryParser flags, same values as Xapian::QueryParser::feature_flag.
enum {
    CX_QP_FLAG_BOOLEAN = 1,
    CX_QP_FLAG_PHRASE = 2,
    CX_QP_FLAG_LOVEHATE = 4,
    CX_QP_FLAG_BOOLEAN_ANY_CASE = 8,
    CX_QP_FLAG_WILDCARD = 16,
    CX_QP_FLAG_PURE_NOT = 32,
    CX_QP_FLAG_PARTIAL = 64,
    CX_QP_FLAG_SPELLING_CORRECTION = 128
};

/// What a wildcard does past its expansion limit, same values as Xapian::Query::WILDCARD_LIMIT_*.
typedef enum cx_wildcard_limit {
    CX_WILDCARD_LIMIT_ERROR = 0,         // the search fails with Xapian::WildcardError (CX_ERR_OTHER)
    CX_WILDCARD_LIMIT_FIRST = 1,         // the first terms in byte order
    CX_WILDCARD_LIMIT_MOST_FREQUENT = 2  // the terms in the most documents
} cx_wildcard_limit;

/// Compaction flags, same values as Xapian::DBCOMPACT_*; the compaction level is always the default one.
enum {
    CX_COMPACT_NO_RENUMBER = 4,
    CX_COMPACT_MULTIPASS = 8
};

/// Sort order of an Enquire.
typedef enum cx_sort {
    CX_SORT_RELEVANCE = 0,
    CX_SORT_VALUE = 1,
    CX_SORT_VALUE_THEN_RELEVANCE = 2,
    CX_SORT_RELEVANCE_THEN_VALUE = 3
} cx_sort;

typedef struct cx_wdb cx_wdb;              // Xapian::WritableDatabase
typedef struct cx_db cx_db;                // Xapian::Database (read-only; may combine shards)
typedef struct cx_doc cx_doc;              // Xapian::Document
typedef struct cx_stem cx_stem;            // Xapian::Stem
typedef struct cx_stopper cx_stopper;      // Xapian::SimpleStopper
typedef struct cx_termgen cx_termgen;      // Xapian::TermGenerator
typedef struct cx_query cx_query;          // Xapian::Query
typedef struct cx_qparser cx_qparser;      // Xapian::QueryParser plus the processors it owns
typedef struct cx_enquire cx_enquire;      // Xapian::Enquire plus its ValueCountMatchSpy objects
typedef struct cx_mset cx_mset;            // Xapian::MSet
typedef struct cx_term_list cx_term_list;  // a snapshot of (string, count) pairs
typedef struct cx_value_table cx_value_table;  // every document's values in a few slots, kept in metadata

// MARK: - Strings and lists

/// Frees a string or error message returned by this library (free(3)); NULL is ignored.
void cx_string_free(char *_Nullable string) CX_NOEXCEPT;

/// Number of entries in a term list snapshot.
size_t cx_term_list_count(const cx_term_list *_Nonnull list) CX_NOEXCEPT;
/// Borrows entry `index` (< count) of a term list: bytes stay owned by the list until cx_term_list_free.
void cx_term_list_get(const cx_term_list *_Nonnull list, size_t index, const char *_Nullable *_Nonnull term,
                      size_t *_Nonnull term_length, uint64_t *_Nonnull count) CX_NOEXCEPT;
/// Frees a term list returned by this library; NULL is ignored.
void cx_term_list_free(cx_term_list *_Nullable list) CX_NOEXCEPT;

// MARK: - WritableDatabase

/// Wraps WritableDatabase(path, mode); on CX_OK `*out` is a new handle the caller frees with cx_wdb_free.
int cx_wdb_open(const char *_Nonnull path, size_t path_length, cx_open_mode mode, cx_wdb *_Nullable *_Nonnull out,
                char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Destroys the handle (Xapian's destructor commits and swallows errors: call cx_wdb_commit first); NULL is ignored.
void cx_wdb_free(cx_wdb *_Nullable db) CX_NOEXCEPT;
/// Wraps WritableDatabase::commit().
int cx_wdb_commit(cx_wdb *_Nonnull db, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps WritableDatabase::close(); the handle must still be freed with cx_wdb_free.
int cx_wdb_close(cx_wdb *_Nonnull db, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_doccount().
int cx_wdb_doc_count(const cx_wdb *_Nonnull db, uint64_t *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_termfreq(term).
int cx_wdb_termfreq(const cx_wdb *_Nonnull db, const char *_Nonnull term, size_t term_length,
                    uint64_t *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps replace_document(unique_term, doc); `*docid` receives the document id.
int cx_wdb_replace_document(cx_wdb *_Nonnull db, const char *_Nonnull unique_term, size_t unique_term_length,
                            const cx_doc *_Nonnull doc, uint32_t *_Nonnull docid, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Adds each unprefixed term of `doc` (prefixed terms start with A-Z) to the spelling table, its wdf as the
/// frequency: what TermGenerator's FLAG_SPELLING does, for documents analysed away from the database.
int cx_wdb_add_spellings(cx_wdb *_Nonnull db, const cx_doc *_Nonnull doc, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Adds every unprefixed term of the database to the spelling table, its collection frequency as the frequency:
/// into an index with no spelling data yet, the same table cx_wdb_add_spellings builds document by document.
int cx_wdb_add_spellings_of_all_terms(cx_wdb *_Nonnull db, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps delete_document(term): deletes every document indexed by `term`.
int cx_wdb_delete_documents(cx_wdb *_Nonnull db, const char *_Nonnull term, size_t term_length,
                            char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_metadata(key); `*value` is malloc'ed (empty when unset), caller frees with cx_string_free.
int cx_wdb_get_metadata(const cx_wdb *_Nonnull db, const char *_Nonnull key, size_t key_length,
                        char *_Nullable *_Nonnull value, size_t *_Nonnull value_length,
                        char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps set_metadata(key, value); an empty value deletes the key.
int cx_wdb_set_metadata(cx_wdb *_Nonnull db, const char *_Nonnull key, size_t key_length,
                        const char *_Nonnull value, size_t value_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Walks metadata_keys_begin(prefix); `*out` is a new list (counts 0) the caller frees with cx_term_list_free.
int cx_wdb_metadata_keys(const cx_wdb *_Nonnull db, const char *_Nonnull prefix, size_t prefix_length,
                         cx_term_list *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - Database (read-only)

/// Wraps Database(path) (a directory or a stub file listing shards); caller frees `*out` with cx_db_free.
int cx_db_open(const char *_Nonnull path, size_t path_length, cx_db *_Nullable *_Nonnull out,
               char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Destroys the handle; NULL is ignored.
void cx_db_free(cx_db *_Nullable db) CX_NOEXCEPT;
/// Wraps add_database(other): `db` then searches `other`'s shards too (shared, other stays owned by the caller).
int cx_db_add_database(cx_db *_Nonnull db, const cx_db *_Nonnull other, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps compact(dest, flags) at the default level: writes every shard of `db`, merged, as one new index at `dest`.
/// Only CX_COMPACT_* bits are passed on, so a level such as FULLER (buggy in 1.4) can never be asked for.
int cx_db_compact(const cx_db *_Nonnull db, const char *_Nonnull dest, size_t dest_length, unsigned flags,
                  char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps reopen(); `*changed` is 1 if a newer revision was loaded.
int cx_db_reopen(cx_db *_Nonnull db, int *_Nonnull changed, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_doccount().
int cx_db_doc_count(const cx_db *_Nonnull db, uint64_t *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_termfreq(term).
int cx_db_termfreq(const cx_db *_Nonnull db, const char *_Nonnull term, size_t term_length, uint64_t *_Nonnull out,
                   char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Walks allterms_begin(prefix) with each term's termfreq; caller frees `*out` with cx_term_list_free.
int cx_db_terms(const cx_db *_Nonnull db, const char *_Nonnull prefix, size_t prefix_length,
                cx_term_list *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_metadata(key); `*value` is malloc'ed (empty when unset), caller frees with cx_string_free.
int cx_db_get_metadata(const cx_db *_Nonnull db, const char *_Nonnull key, size_t key_length,
                       char *_Nullable *_Nonnull value, size_t *_Nonnull value_length,
                       char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Walks metadata_keys_begin(prefix); `*out` is a new list (counts 0) the caller frees with cx_term_list_free.
int cx_db_metadata_keys(const cx_db *_Nonnull db, const char *_Nonnull prefix, size_t prefix_length,
                        cx_term_list *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_document(docid).get_data(); `*data` is malloc'ed, caller frees with cx_string_free.
int cx_db_document_data(const cx_db *_Nonnull db, uint32_t docid, char *_Nullable *_Nonnull data,
                        size_t *_Nonnull data_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_document(docid).get_value(slot); `*value` is malloc'ed, caller frees with cx_string_free.
int cx_db_document_value(const cx_db *_Nonnull db, uint32_t docid, uint32_t slot, char *_Nullable *_Nonnull value,
                         size_t *_Nonnull value_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - Document

/// Wraps Document(); returns NULL only when out of memory. Caller frees with cx_doc_free.
cx_doc *_Nullable cx_doc_new(void) CX_NOEXCEPT;
/// Destroys the handle; NULL is ignored.
void cx_doc_free(cx_doc *_Nullable doc) CX_NOEXCEPT;
/// Wraps add_term(term, wdf).
int cx_doc_add_term(cx_doc *_Nonnull doc, const char *_Nonnull term, size_t term_length, uint32_t wdf,
                    char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps add_boolean_term(term) (wdf 0).
int cx_doc_add_boolean_term(cx_doc *_Nonnull doc, const char *_Nonnull term, size_t term_length,
                            char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps add_value(slot, value).
int cx_doc_add_value(cx_doc *_Nonnull doc, uint32_t slot, const char *_Nonnull value, size_t value_length,
                     char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps set_data(data).
int cx_doc_set_data(cx_doc *_Nonnull doc, const char *_Nonnull data, size_t data_length,
                    char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_data(); `*data` is malloc'ed, caller frees with cx_string_free.
int cx_doc_get_data(const cx_doc *_Nonnull doc, char *_Nullable *_Nonnull data, size_t *_Nonnull data_length,
                    char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - Stem and Stopper

/// Wraps Stem(language) (e.g. "danish"; "none" for no stemming); caller frees `*out` with cx_stem_free.
int cx_stem_new(const char *_Nonnull language, size_t language_length, cx_stem *_Nullable *_Nonnull out,
                char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// A stemmer whose stems are hunspell lemmas from the dictionary `aff` + `dic` (paths), with Stem(`fallback`) for
/// unknown words, choosing between readings by `word_counts` (`word count` lines, may be empty; see
/// HunspellStem.hpp); CX_ERR_INVALID_ARGUMENT when a file is unreadable. Free with cx_stem_free.
int cx_stem_new_hunspell(const char *_Nonnull aff, size_t aff_length, const char *_Nonnull dic, size_t dic_length,
                         const char *_Nonnull fallback, size_t fallback_length, const char *_Nonnull word_counts,
                         size_t word_counts_length, cx_stem *_Nullable *_Nonnull out,
                         char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Destroys the handle; NULL is ignored.
void cx_stem_free(cx_stem *_Nullable stem) CX_NOEXCEPT;
/// Wraps Stem::operator()(word) (no lowercasing); `*out` is malloc'ed, caller frees with cx_string_free.
int cx_stem_word(const cx_stem *_Nonnull stem, const char *_Nonnull word, size_t word_length,
                 char *_Nullable *_Nonnull out, size_t *_Nonnull out_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps SimpleStopper() (NULL only when out of memory); caller frees with cx_stopper_free, after every user of it.
cx_stopper *_Nullable cx_stopper_new(void) CX_NOEXCEPT;
/// Destroys the handle; NULL is ignored.
void cx_stopper_free(cx_stopper *_Nullable stopper) CX_NOEXCEPT;
/// Wraps SimpleStopper::add(word).
int cx_stopper_add(cx_stopper *_Nonnull stopper, const char *_Nonnull word, size_t word_length,
                   char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - TermGenerator

/// Wraps TermGenerator(); returns NULL only when out of memory. Caller frees with cx_termgen_free.
cx_termgen *_Nullable cx_termgen_new(void) CX_NOEXCEPT;
/// Destroys the handle; NULL is ignored.
void cx_termgen_free(cx_termgen *_Nullable termgen) CX_NOEXCEPT;
/// Wraps set_stemmer(stem) (the stem is copied; NULL means no stemming).
void cx_termgen_set_stemmer(cx_termgen *_Nonnull termgen, const cx_stem *_Nullable stem) CX_NOEXCEPT;
/// Like cx_termgen_set_stemmer, but the generator remembers the stems of up to `limit` words (then starts afresh),
/// so a word met again is not stemmed again. The terms are the same; the memory is this generator's alone.
void cx_termgen_set_remembering_stemmer(cx_termgen *_Nonnull termgen, const cx_stem *_Nullable stem,
                                        size_t limit) CX_NOEXCEPT;
/// Wraps set_stopper(stopper) (borrowed: the caller keeps the stopper alive; NULL means none).
void cx_termgen_set_stopper(cx_termgen *_Nonnull termgen, const cx_stopper *_Nullable stopper) CX_NOEXCEPT;
/// Wraps set_stemming_strategy(strategy).
void cx_termgen_set_stemming_strategy(cx_termgen *_Nonnull termgen, cx_stem_strategy strategy) CX_NOEXCEPT;
/// Wraps set_database(db) plus set_flags(FLAG_SPELLING): words indexed later feed db's spelling table.
void cx_termgen_enable_spelling(cx_termgen *_Nonnull termgen, const cx_wdb *_Nonnull db) CX_NOEXCEPT;
/// Wraps set_document(doc) (shares the document, so terms land in `doc`) and resets the term position to 0.
void cx_termgen_set_document(cx_termgen *_Nonnull termgen, const cx_doc *_Nonnull doc) CX_NOEXCEPT;
/// Wraps index_text(text, wdf, prefix) (with_positions != 0) or index_text_without_positions(text, wdf, prefix).
int cx_termgen_index_text(cx_termgen *_Nonnull termgen, const char *_Nonnull text, size_t text_length, uint32_t wdf,
                          const char *_Nonnull prefix, size_t prefix_length, int with_positions,
                          char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps increase_termpos(delta).
void cx_termgen_increase_termpos(cx_termgen *_Nonnull termgen, uint32_t delta) CX_NOEXCEPT;

// MARK: - Query

/// Wraps Query(term, wqf, pos); returns NULL only when out of memory. Caller frees with cx_query_free.
cx_query *_Nullable cx_query_new_term(const char *_Nonnull term, size_t term_length, uint32_t wqf, uint32_t pos) CX_NOEXCEPT;
/// Wraps Query::MatchAll; returns NULL only when out of memory. Caller frees with cx_query_free.
cx_query *_Nullable cx_query_new_match_all(void) CX_NOEXCEPT;
/// Wraps Query::MatchNothing (the empty query); returns NULL only when out of memory. Caller frees with cx_query_free.
cx_query *_Nullable cx_query_new_match_nothing(void) CX_NOEXCEPT;
/// A new handle on the same query tree (shared, never modified); NULL only when out of memory; cx_query_free it.
cx_query *_Nullable cx_query_copy(const cx_query *_Nonnull query) CX_NOEXCEPT;
/// Wraps Query(OP_VALUE_RANGE, slot, lower, upper); NULL only when out of memory. Caller frees with cx_query_free.
cx_query *_Nullable cx_query_new_value_range(uint32_t slot, const char *_Nonnull lower, size_t lower_length,
                                            const char *_Nonnull upper, size_t upper_length) CX_NOEXCEPT;
/// Wraps Query(op, queries...) (subqueries are copied); NULL only when out of memory. Caller frees with cx_query_free.
cx_query *_Nullable cx_query_new_combine(cx_query_op op, const cx_query *_Nonnull const *_Nullable queries,
                                        size_t count) CX_NOEXCEPT;
/// Wraps Query(OP_SCALE_WEIGHT, query, factor); NULL if out of memory or factor < 0; caller frees with cx_query_free.
cx_query *_Nullable cx_query_new_scaled(const cx_query *_Nonnull query, double factor) CX_NOEXCEPT;
/// Destroys the handle; NULL is ignored.
void cx_query_free(cx_query *_Nullable query) CX_NOEXCEPT;
/// Wraps Query::empty().
int cx_query_is_empty(const cx_query *_Nonnull query) CX_NOEXCEPT;
/// Wraps get_description(); returns a malloc'ed string (NULL only when out of memory), freed with cx_string_free.
char *_Nullable cx_query_description(const cx_query *_Nonnull query, size_t *_Nonnull length) CX_NOEXCEPT;
/// Walks get_unique_terms_begin(): the distinct terms of the query, in term order; `*out` is a new list (counts 0)
/// the caller frees with cx_term_list_free.
int cx_query_terms(const cx_query *_Nonnull query, cx_term_list *_Nullable *_Nonnull out,
                   char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// A copy of `query` whose phrase words also match their other forms in `db`: each becomes the OR of the terms
/// of `db` with its (prefix and) stem, found by stemming with `stem`. Caller frees `*out` with cx_query_free.
int cx_query_inflect_phrases(const cx_query *_Nonnull query, const cx_db *_Nonnull db, const cx_stem *_Nonnull stem,
                             cx_query *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// A copy of `query` whose stem terms of words `stem`'s dictionary does not know also match the lemmas of the words
/// of `db` sharing their fallback stem (see UnknownWords.hpp); unchanged unless `stem` is a hunspell stemmer
/// (cx_stem_new_hunspell). Caller frees `*out` with cx_query_free.
int cx_query_widen_unknown_words(const cx_query *_Nonnull query, const cx_db *_Nonnull db,
                                 const cx_stem *_Nonnull stem, cx_query *_Nullable *_Nonnull out,
                                 char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - QueryParser

/// Wraps QueryParser(); returns NULL only when out of memory. Caller frees with cx_qparser_free.
cx_qparser *_Nullable cx_qparser_new(void) CX_NOEXCEPT;
/// Destroys the handle and the processors it owns; NULL is ignored.
void cx_qparser_free(cx_qparser *_Nullable qp) CX_NOEXCEPT;
/// Wraps set_stemmer(stem) (copied; NULL means no stemming).
void cx_qparser_set_stemmer(cx_qparser *_Nonnull qp, const cx_stem *_Nullable stem) CX_NOEXCEPT;
/// Wraps set_stemming_strategy(strategy).
void cx_qparser_set_stemming_strategy(cx_qparser *_Nonnull qp, cx_stem_strategy strategy) CX_NOEXCEPT;
/// Wraps set_stopper(stopper) (borrowed: the caller keeps the stopper alive; NULL means none).
void cx_qparser_set_stopper(cx_qparser *_Nonnull qp, const cx_stopper *_Nullable stopper) CX_NOEXCEPT;
/// Wraps set_default_op(op); only CX_OP_AND and CX_OP_OR are accepted.
int cx_qparser_set_default_op(cx_qparser *_Nonnull qp, cx_query_op op, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps set_database(db) (shared; NULL sets an empty database).
void cx_qparser_set_database(cx_qparser *_Nonnull qp, const cx_db *_Nullable db) CX_NOEXCEPT;
/// Wraps add_prefix(field, prefix) for free-text fields.
int cx_qparser_add_prefix(cx_qparser *_Nonnull qp, const char *_Nonnull field, size_t field_length,
                          const char *_Nonnull prefix, size_t prefix_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Called by a field processor with the text typed after `field:` (quotes removed); returns a new query that the
/// shim takes ownership of, or NULL with a malloc'ed message in *message, which makes the parse fail as a query
/// syntax error carrying that message. It must not unwind (no C++ exception, no longjmp).
typedef cx_query *_Nullable (*cx_field_function)(void *_Nullable context, const char *_Nonnull value,
                                                size_t value_length, char *_Nullable *_Nonnull message);
/// Wraps add_boolean_prefix(field, processor) (boolean != 0: a filter, ANDed with other fields, ORed within one) or
/// add_prefix(field, processor) (boolean == 0: a free-text field) with a processor that calls `function`.
/// `context` is passed back unchanged and must outlive the parser.
int cx_qparser_add_field_function(cx_qparser *_Nonnull qp, const char *_Nonnull field, size_t field_length,
                                  int boolean, cx_field_function _Nonnull function, void *_Nullable context,
                                  char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps set_max_expansion(max_expansion, limit, flags): each wildcard (and partial term, as `flags` says) of the
/// queries parsed after stands for at most `max_expansion` terms (0: no limit), chosen as `limit` says.
void cx_qparser_set_max_expansion(cx_qparser *_Nonnull qp, uint32_t max_expansion, cx_wildcard_limit limit,
                                  unsigned flags) CX_NOEXCEPT;
/// Wraps parse_query(text, flags); caller frees `*out` with cx_query_free.
int cx_qparser_parse(cx_qparser *_Nonnull qp, const char *_Nonnull text, size_t text_length, unsigned flags,
                     cx_query *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_corrected_query_string(); malloc'ed (NULL only when out of memory), freed with cx_string_free.
char *_Nullable cx_qparser_corrected_query(const cx_qparser *_Nonnull qp, size_t *_Nonnull length) CX_NOEXCEPT;

// MARK: - Enquire and match spies

/// Wraps Enquire(db) (database shared); NULL only when out of memory; caller frees with cx_enquire_free.
cx_enquire *_Nullable cx_enquire_new(const cx_db *_Nonnull db) CX_NOEXCEPT;
/// Destroys the handle and its match spies; NULL is ignored.
void cx_enquire_free(cx_enquire *_Nullable enquire) CX_NOEXCEPT;
/// Wraps set_query(query) (copied).
void cx_enquire_set_query(cx_enquire *_Nonnull enquire, const cx_query *_Nonnull query) CX_NOEXCEPT;
/// Wraps set_sort_by_relevance / _by_value / _by_value_then_relevance / _by_relevance_then_value(slot, reverse).
void cx_enquire_set_sort(cx_enquire *_Nonnull enquire, cx_sort sort, uint32_t slot, int reverse) CX_NOEXCEPT;
/// Wraps set_collapse_key(slot) (has_slot == 0 turns collapsing off).
void cx_enquire_set_collapse_key(cx_enquire *_Nonnull enquire, int has_slot, uint32_t slot) CX_NOEXCEPT;
/// Wraps set_weighting_scheme: BM25Weight (Xapian's default) when `weighs` != 0, else BoolWeight, which weighs every
/// match 0 and so never reads document lengths.
void cx_enquire_set_weighing(cx_enquire *_Nonnull enquire, int weighs) CX_NOEXCEPT;
/// Wraps set_time_limit(seconds): after that long a cx_enquire_mset stops checking `checkatleast` matches, so its
/// counts become estimates (0: no limit).
void cx_enquire_set_time_limit(cx_enquire *_Nonnull enquire, double seconds) CX_NOEXCEPT;
/// Registers a ValueCountMatchSpy(slot), owned by the enquire and refilled by each cx_enquire_mset.
int cx_enquire_count_values(cx_enquire *_Nonnull enquire, uint32_t slot, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_mset(first, max, checkatleast) after resetting the spies; caller frees `*out` with cx_mset_free.
int cx_enquire_mset(cx_enquire *_Nonnull enquire, uint32_t first, uint32_t max, uint32_t checkatleast,
                    cx_mset *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Copies the last cx_enquire_mset's ValueCountMatchSpy counts for `slot` (count desc, value); cx_term_list_free `*out`.
int cx_enquire_value_counts(const cx_enquire *_Nonnull enquire, uint32_t slot, cx_term_list *_Nullable *_Nonnull out,
                            char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - Value tables

/// Commits, then stores under metadata `key` a table of every document's values in `slots` and commits again, so
/// the table is stamped with the revision it describes; `*stored` is 0 when the table there was already current.
/// `separators[i]` is the byte between a document's several values in `slots[i]`, whose parts are then counted
/// one by one, or 0 for one value per document.
int cx_wdb_store_value_table(cx_wdb *_Nonnull db, const char *_Nonnull key, size_t key_length,
                             const uint32_t *_Nonnull slots, const uint8_t *_Nonnull separators, size_t slot_count,
                             int *_Nonnull stored, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Loads the table under metadata `key` when it is current for `db` (same database UUID, revision, document
/// count and last docid); `*out` is NULL when there is none, it is stale, or `db` is several shards or remote.
/// Caller frees `*out` with cx_value_table_free.
int cx_db_value_table(const cx_db *_Nonnull db, const char *_Nonnull key, size_t key_length,
                      cx_value_table *_Nullable *_Nonnull out, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Destroys the handle; enquires counting from the table keep it alive. NULL is ignored.
void cx_value_table_free(cx_value_table *_Nullable table) CX_NOEXCEPT;
/// Counts every slot of `table` over the matches of each following cx_enquire_mset by looking the documents up in
/// the table, not reading their values; cx_enquire_value_counts answers for those slots from it.
int cx_enquire_count_values_from(cx_enquire *_Nonnull enquire, const cx_value_table *_Nonnull table,
                                 char *_Nullable *_Nonnull error) CX_NOEXCEPT;

// MARK: - MSet

/// Destroys the handle; NULL is ignored.
void cx_mset_free(cx_mset *_Nullable mset) CX_NOEXCEPT;
/// Wraps MSet::size().
uint32_t cx_mset_size(const cx_mset *_Nonnull mset) CX_NOEXCEPT;
/// Wraps get_matches_estimated(), get_matches_lower_bound() and get_matches_upper_bound().
void cx_mset_matches(const cx_mset *_Nonnull mset, uint32_t *_Nonnull estimated, uint32_t *_Nonnull lower,
                     uint32_t *_Nonnull upper) CX_NOEXCEPT;
/// Reads MSet hit `index`: docid, rank, weight, percent, collapse count, and data (malloc'ed, cx_string_free it).
int cx_mset_hit(const cx_mset *_Nonnull mset, uint32_t index, uint32_t *_Nonnull docid, uint32_t *_Nonnull rank,
                double *_Nonnull weight, int *_Nonnull percent, uint32_t *_Nonnull collapse_count,
                char *_Nullable *_Nonnull data, size_t *_Nonnull data_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Reads MSet hit `index` as cx_mset_hit does, but copies out at most the first `max_data` bytes of the data, cut
/// back to whole UTF-8 characters; `*data_cut` is 1 when that left some out. Xapian itself still reads it whole.
int cx_mset_hit_prefix(const cx_mset *_Nonnull mset, uint32_t index, size_t max_data, uint32_t *_Nonnull docid,
                       uint32_t *_Nonnull rank, double *_Nonnull weight, int *_Nonnull percent,
                       uint32_t *_Nonnull collapse_count, char *_Nullable *_Nonnull data, size_t *_Nonnull data_length,
                       int *_Nonnull data_cut, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps get_document().get_value(slot) of hit `index`; `*value` is malloc'ed, caller frees with cx_string_free.
int cx_mset_value(const cx_mset *_Nonnull mset, uint32_t index, uint32_t slot, char *_Nullable *_Nonnull value,
                  size_t *_Nonnull value_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;
/// Wraps MSet::snippet(..., SNIPPET_EXHAUSTIVE, ...) (NULL stem = none); cx_string_free `*out`.
int cx_mset_snippet(const cx_mset *_Nonnull mset, const char *_Nonnull text, size_t text_length, size_t length,
                    const cx_stem *_Nullable stem, const char *_Nonnull hi_start, size_t hi_start_length,
                    const char *_Nonnull hi_end, size_t hi_end_length, const char *_Nonnull omit, size_t omit_length,
                    char *_Nullable *_Nonnull out, size_t *_Nonnull out_length, char *_Nullable *_Nonnull error) CX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif  // CXAPIAN_H
