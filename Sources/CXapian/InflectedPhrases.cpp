// Phrases that match every inflection of their words while only the words as written carry positions: the index
// then needs one position list per word and document, as Omega's does, instead of a second one per stem.
#include "InflectedPhrases.hpp"

#include "QueryRewriting.hpp"

#include <string>
#include <vector>

namespace cxapian {
namespace {

// The term the indexer's STEM_SOME wrote for the stem of a phrase word: "Z", its prefix, its stem.
std::string stem_term(const std::string &term, const Xapian::Stem &stem) {
    const size_t prefix = prefix_length(term);
    return "Z" + term.substr(0, prefix) + stem(term.substr(prefix));
}

Xapian::Query inflected_word(const Xapian::Query &leaf, const Xapian::Database &db, const Xapian::Stem &stem) {
    const std::string term = *leaf.get_terms_begin();
    const size_t prefix = prefix_length(term);
    if (prefix == term.size()) return leaf;
    const std::string stemmed = stem(term.substr(prefix));
    if (stemmed.empty()) return leaf;
    const std::string start = term.substr(0, prefix) + stemmed;

    std::vector<Xapian::Query> forms{leaf};
    Xapian::termcount scanned = 0;
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && scanned < max_scanned_forms; ++it) {
        ++scanned;
        const std::string form = *it;
        if (form != term && stem(form.substr(prefix)) == stemmed) forms.emplace_back(form);
    }
    if (forms.size() == 1) return leaf;
    return Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
}

}  // namespace

Xapian::Query inflect_phrases(const Xapian::Query &query, const Xapian::Database &db, const Xapian::Stem &stem) {
    const Xapian::Query::op op = query.get_type();
    const size_t count = query.get_num_subqueries();
    if (op == Xapian::Query::OP_PHRASE) {
        std::vector<Xapian::Query> words;
        std::vector<Xapian::Query> stems;
        words.reserve(count);
        for (size_t n = 0; n < count; ++n) {
            const Xapian::Query word = query.get_subquery(n);
            if (word.get_type() != Xapian::Query::LEAF_TERM) {
                words.push_back(word);
                continue;
            }
            words.push_back(inflected_word(word, db, stem));
            const std::string stemmed = stem_term(*word.get_terms_begin(), stem);
            if (db.term_exists(stemmed)) stems.emplace_back(stemmed);
        }
        // The query parser gives a phrase a window of exactly its words, which is also what 0 means.
        const Xapian::Query phrase(op, words.begin(), words.end());
        if (stems.empty()) return phrase;
        // Weighted by the words' stems, as a phrase of stems would be: an OR of forms would instead add up each
        // form's weight, so a rare inflection would outrank the phrase as written.
        return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, stems.begin(), stems.end()),
                             phrase);
    }
    if (!rebuildable(op) || count == 0) return query;
    std::vector<Xapian::Query> subqueries;
    subqueries.reserve(count);
    for (size_t n = 0; n < count; ++n) subqueries.push_back(inflect_phrases(query.get_subquery(n), db, stem));
    return Xapian::Query(op, subqueries.begin(), subqueries.end());
}

}  // namespace cxapian
