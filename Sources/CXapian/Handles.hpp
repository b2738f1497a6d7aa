// What the entry-point files share: the structs behind the header's opaque handle types, and the conversions
// between the header's values and Xapian's.
#pragma once

#include "CXapian.h"
#include "ValueTable.hpp"

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
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

namespace cxapian {

/// A new term list of the terms from `it` to `end`, each with its termfreq (`with_termfreq`) or 0.
cx_term_list *new_term_list(Xapian::TermIterator it, Xapian::TermIterator end, bool with_termfreq);

/// The Xapian operator for `op` (mapped by a switch: the header's values are not Xapian's); throws
/// InvalidArgumentError for a value outside the enum.
Xapian::Query::op to_xapian(cx_query_op op);

}  // namespace cxapian
