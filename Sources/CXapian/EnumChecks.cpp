// Where a C enum of CXapian.h mirrors a Xapian enum value for value, the shim passes values straight through
// (a cast or a bit mask), so a mismatch would silently ask Xapian for something else: these checks make it a
// compile error instead (the failing assertion names both values). The other enums are mapped by a switch or are
// the shim's own, each noted at the end; nothing to check for them.
#include "CXapian.h"

#include <xapian.h>

namespace {

// Both sides as plain integers: comparing values of two enum types directly is a warning.
template <typename A, typename B>
constexpr bool same_value(A a, B b) {
    return static_cast<long long>(a) == static_cast<long long>(b);
}

}  // namespace

// MARK: - cx_stem_strategy: cast to TermGenerator::stem_strategy and to QueryParser::stem_strategy

static_assert(same_value(CX_STEM_NONE, Xapian::TermGenerator::STEM_NONE));
static_assert(same_value(CX_STEM_SOME, Xapian::TermGenerator::STEM_SOME));
static_assert(same_value(CX_STEM_ALL, Xapian::TermGenerator::STEM_ALL));
static_assert(same_value(CX_STEM_ALL_Z, Xapian::TermGenerator::STEM_ALL_Z));
static_assert(same_value(CX_STEM_SOME_FULL_POS, Xapian::TermGenerator::STEM_SOME_FULL_POS));

static_assert(same_value(CX_STEM_NONE, Xapian::QueryParser::STEM_NONE));
static_assert(same_value(CX_STEM_SOME, Xapian::QueryParser::STEM_SOME));
static_assert(same_value(CX_STEM_ALL, Xapian::QueryParser::STEM_ALL));
static_assert(same_value(CX_STEM_ALL_Z, Xapian::QueryParser::STEM_ALL_Z));
static_assert(same_value(CX_STEM_SOME_FULL_POS, Xapian::QueryParser::STEM_SOME_FULL_POS));

// MARK: - CX_QP_FLAG_*: passed to parse_query as they are

static_assert(same_value(CX_QP_FLAG_BOOLEAN, Xapian::QueryParser::FLAG_BOOLEAN));
static_assert(same_value(CX_QP_FLAG_PHRASE, Xapian::QueryParser::FLAG_PHRASE));
static_assert(same_value(CX_QP_FLAG_LOVEHATE, Xapian::QueryParser::FLAG_LOVEHATE));
static_assert(same_value(CX_QP_FLAG_BOOLEAN_ANY_CASE, Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE));
static_assert(same_value(CX_QP_FLAG_WILDCARD, Xapian::QueryParser::FLAG_WILDCARD));
static_assert(same_value(CX_QP_FLAG_PURE_NOT, Xapian::QueryParser::FLAG_PURE_NOT));
static_assert(same_value(CX_QP_FLAG_PARTIAL, Xapian::QueryParser::FLAG_PARTIAL));
static_assert(same_value(CX_QP_FLAG_SPELLING_CORRECTION, Xapian::QueryParser::FLAG_SPELLING_CORRECTION));

// MARK: - cx_wildcard_limit: cast to the int max_type of QueryParser::set_max_expansion

static_assert(same_value(CX_WILDCARD_LIMIT_ERROR, Xapian::Query::WILDCARD_LIMIT_ERROR));
static_assert(same_value(CX_WILDCARD_LIMIT_FIRST, Xapian::Query::WILDCARD_LIMIT_FIRST));
static_assert(same_value(CX_WILDCARD_LIMIT_MOST_FREQUENT, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT));

// MARK: - CX_COMPACT_*: masked and passed to Database::compact as they are

static_assert(same_value(CX_COMPACT_NO_RENUMBER, Xapian::DBCOMPACT_NO_RENUMBER));
static_assert(same_value(CX_COMPACT_MULTIPASS, Xapian::DBCOMPACT_MULTIPASS));

// MARK: - Mapped by a switch, not mirrored
//
// - cx_query_op: a subset of Xapian::Query::op in another order (Xapian has OP_XOR between OP_AND_NOT and
//   OP_AND_MAYBE); cxapian::to_xapian in Query.cpp maps each value.
// - cx_open_mode: Xapian's DB_* action values differ (DB_OPEN is 0, DB_CREATE_OR_OPEN 1); cx_wdb_open maps them.
// - cx_sort: Xapian has no such enum, only one Enquire method per order; cx_enquire_set_sort calls the right one.
// - cx_status is the shim's own.
