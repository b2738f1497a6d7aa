// Widening of query words the dictionary does not know, for CXapian, kept apart from the C entry points.
#pragma once

#include <xapian.h>

namespace cxapian {

/// `query` with each stem term of a word the dictionary does not know also matching the lemmas of the indexed
/// words that share its fallback (Snowball) stem, so such a word finds what it found before lemmas.
///
/// A name like `ukraine` is unknown to hunspell-da in lower case and gets Snowball's `ukrain`, while `ukrainere`,
/// which it knows, gets `ukrainer`; Snowball gave `ukrain` for both. A `Z` term `Z+P+S` (`P` an upper-case term
/// prefix) whose `S` the dictionary does not know becomes `Z+P+S SYNONYM Z+P+L1 SYNONYM ...`: the `L` are the
/// lemmas, other than `S`, of the indexed words as written that have the fallback stem `S` and are known words
/// made of an unknown word with that stem plus an ending (`ukrainere` is `ukraine` + `re`), those `db` holds under
/// `P`. A known word with the same fallback stem but another beginning stays out (`meter` for the name `mette`,
/// both `met`). When `stem` is not a hunspell stemmer `query` comes back as it was; only operators that carry no
/// parameters are rebuilt.
Xapian::Query widen_unknown_words(const Xapian::Query &query, const Xapian::Database &db, const Xapian::Stem &stem);

}  // namespace cxapian
