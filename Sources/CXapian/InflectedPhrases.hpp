// Phrase inflection for CXapian, kept apart from the C entry points that wrap it.
#pragma once

#include <xapian.h>

namespace cxapian {

/// `query` with each word of its phrases widened to every form in `db` that has the word's stem.
///
/// A phrase word `T` (after any upper-case term prefix `P`) becomes `P+T OR P+T2 OR ...` over the terms of
/// `db` that begin with `P + stem(T)` and stem to the same stem. Danish Snowball only strips endings, so every
/// form of a stem begins with it. The phrase is weighted by its words' `Z` stem terms (filtered by the widened
/// phrase), as a phrase of stems would be. Only phrases and the operators above them that carry no parameters
/// are rebuilt; anything else is returned as it is.
Xapian::Query inflect_phrases(const Xapian::Query &query, const Xapian::Database &db, const Xapian::Stem &stem);

}  // namespace cxapian
