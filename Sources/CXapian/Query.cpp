// Entry points that build and read Xapian::Query trees.
#include "Errors.hpp"
#include "Handles.hpp"
#include "InflectedPhrases.hpp"
#include "UnknownWords.hpp"

#include <vector>

using namespace cxapian;

Xapian::Query::op cxapian::to_xapian(cx_query_op op) {
    switch (op) {
    case CX_OP_AND: return Xapian::Query::OP_AND;
    case CX_OP_OR: return Xapian::Query::OP_OR;
    case CX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
    case CX_OP_FILTER: return Xapian::Query::OP_FILTER;
    case CX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
    case CX_OP_SYNONYM: return Xapian::Query::OP_SYNONYM;
    }
    throw Xapian::InvalidArgumentError("unknown query operator");
}

cx_query *cx_query_new_term(const char *term, size_t term_length, uint32_t wqf, uint32_t pos) noexcept {
    return or_else<cx_query *>(nullptr, [&] { return new cx_query{Xapian::Query(bytes(term, term_length), wqf, pos)}; });
}

cx_query *cx_query_new_match_all(void) noexcept {
    return or_else<cx_query *>(nullptr, [] { return new cx_query{Xapian::Query::MatchAll}; });
}

cx_query *cx_query_new_match_nothing(void) noexcept {
    return or_else<cx_query *>(nullptr, [] { return new cx_query{Xapian::Query::MatchNothing}; });
}

cx_query *cx_query_copy(const cx_query *query) noexcept {
    return or_else<cx_query *>(nullptr, [&] { return new cx_query{query->query}; });
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

int cx_query_widen_unknown_words(const cx_query *query, const cx_db *db, const cx_stem *stem, cx_query **out,
                                 char **error) noexcept {
    return guarded(error, [&] { *out = new cx_query{cxapian::widen_unknown_words(query->query, db->db, stem->stem)}; });
}

char *cx_query_description(const cx_query *query, size_t *length) noexcept {
    return or_else<char *>(nullptr, [&] {
        std::string description = query->query.get_description();
        *length = description.size();
        return copy_out(description);
    });
}
