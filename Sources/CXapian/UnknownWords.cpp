#include "UnknownWords.hpp"

#include "HunspellStem.hpp"
#include "QueryRewriting.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace cxapian {
namespace {

/// Finds and remembers, per fallback stem, the lemmas of the indexed words that share it.
class Widening {
  public:
    Widening(const Xapian::Database &db, HunspellStem &stem) : db_(db), stem_(stem) {}

    Xapian::Query rewrite(const Xapian::Query &query) {
        const Xapian::Query::op op = query.get_type();
        if (op == Xapian::Query::LEAF_TERM) return widened(query);
        const size_t count = query.get_num_subqueries();
        if (!rebuildable(op) || count == 0) return query;
        std::vector<Xapian::Query> subqueries;
        subqueries.reserve(count);
        for (size_t n = 0; n < count; ++n) subqueries.push_back(rewrite(query.get_subquery(n)));
        return Xapian::Query(op, subqueries.begin(), subqueries.end());
    }

  private:
    Xapian::Query widened(const Xapian::Query &leaf) {
        const std::string term = *leaf.get_terms_begin();
        if (term.size() < 2 || term[0] != 'Z') return leaf;
        const size_t prefix = 1 + prefix_length(term.substr(1));
        const std::string stemmed = term.substr(prefix);
        if (stemmed.empty() || !stem_.falls_back(stemmed)) return leaf;
        std::vector<Xapian::Query> terms{leaf};
        for (const std::string &lemma : lemmas(stemmed)) {
            const std::string other = term.substr(0, prefix) + lemma;
            if (db_.term_exists(other)) terms.emplace_back(other);
        }
        if (terms.size() == 1) return leaf;
        return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
    }

    // Danish Snowball only strips endings, so every word with the stem `stemmed` begins with it. Only a known word
    // that is an unknown one plus an ending counts (`ukraine` → `ukrainer`): Snowball also merges names with
    // unrelated words (`mette` and `meter` are both `met`), which lemmas had kept apart.
    const std::set<std::string> &lemmas(const std::string &stemmed) {
        if (auto found = lemmas_.find(stemmed); found != lemmas_.end()) return found->second;
        std::vector<std::string> unknown;
        std::vector<std::string> known;
        Xapian::termcount scanned = 0;
        for (auto it = db_.allterms_begin(stemmed); it != db_.allterms_end(stemmed) && scanned < max_scanned_forms;
             ++it) {
            ++scanned;
            std::string word = *it;
            if (stem_.fallback_stem(word) != stemmed) continue;
            (stem_.falls_back(word) ? unknown : known).push_back(std::move(word));
        }
        std::set<std::string> &found = lemmas_[stemmed];
        for (const std::string &word : known) {
            const bool extends = std::any_of(unknown.begin(), unknown.end(), [&](const std::string &name) {
                return word.size() > name.size() && word.compare(0, name.size(), name) == 0;
            });
            if (!extends) continue;
            std::string lemma = stem_(word);
            if (lemma != stemmed) found.insert(std::move(lemma));
        }
        return found;
    }

    const Xapian::Database &db_;
    HunspellStem &stem_;
    std::map<std::string, std::set<std::string>> lemmas_;
};

}  // namespace

Xapian::Query widen_unknown_words(const Xapian::Query &query, const Xapian::Database &db, const Xapian::Stem &stem) {
    auto *hunspell = dynamic_cast<HunspellStem *>(stem.internal.get());
    if (!hunspell) return query;
    return Widening(db, *hunspell).rewrite(query);
}

}  // namespace cxapian
