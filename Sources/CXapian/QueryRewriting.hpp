// What the query rewrites (inflected phrases, unknown words) share: how a term's prefix reads, which operators
// they can rebuild, and how far they scan the index for a word's forms.
#pragma once

#include <xapian.h>

#include <string>

namespace cxapian {

/// The most index terms scanned for the forms of one word: a very short stem may begin tens of thousands of
/// terms, and a word beyond this bound keeps the forms found so far.
constexpr Xapian::termcount max_scanned_forms = 20000;

/// The length of `term`'s prefix: Xapian's convention is its leading upper-case ASCII letters; words are indexed
/// lower case.
inline size_t prefix_length(const std::string &term) {
    size_t length = 0;
    while (length < term.size() && term[length] >= 'A' && term[length] <= 'Z') ++length;
    return length;
}

/// Whether a query of type `op` is rebuilt by `Xapian::Query(op, begin, end)`: the operators that carry no
/// parameters.
inline bool rebuildable(Xapian::Query::op op) {
    switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
        return true;
    default:
        return false;
    }
}

}  // namespace cxapian
