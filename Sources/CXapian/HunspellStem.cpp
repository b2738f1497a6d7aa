#include "HunspellStem.hpp"

#include <hunspell/hunspell.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace cxapian {

namespace {

/// One loaded dictionary; hunspell is not thread-safe, so every call holds `lock`.
struct Dictionary {
    Hunhandle *handle;
    std::mutex lock;
    explicit Dictionary(Hunhandle *h) : handle(h) {}
    ~Dictionary() { Hunspell_destroy(handle); }
};

// Loading da_DK takes a tenth of a second and 20 MB; every stemmer in the process shares one copy. Never freed:
// stemmers may outlive any owner we could give it.
Dictionary &dictionary(const std::string &aff, const std::string &dic) {
    static std::mutex loading;
    static auto *loaded = new std::map<std::string, std::unique_ptr<Dictionary>>();
    std::lock_guard<std::mutex> guard(loading);
    auto &slot = (*loaded)[aff + '\n' + dic];
    if (!slot) slot = std::make_unique<Dictionary>(Hunspell_create(aff.c_str(), dic.c_str()));
    return *slot;
}

HunspellStem::WordCounts parse_counts(const std::string &text);

// The memo of the stemmers of one dictionary and fallback, made by the first of them; never freed, like the
// dictionaries.
std::shared_ptr<HunspellStem::Remembered> remembered(const std::string &key, const std::string &word_counts) {
    static std::mutex making;
    static auto *made = new std::map<std::string, std::shared_ptr<HunspellStem::Remembered>>();
    std::lock_guard<std::mutex> guard(making);
    auto &slot = (*made)[key + '\n' + std::to_string(std::hash<std::string>{}(word_counts))];
    if (!slot) {
        slot = std::make_shared<HunspellStem::Remembered>();
        slot->counts = parse_counts(word_counts);
    }
    return slot;
}

bool readable(const std::string &path) { return std::ifstream(path).good(); }

/// Whether every byte is a letter: ASCII letters or any UTF-8 multi-byte sequence (æ, ø, å, é, …).
bool letters_only(const std::string &word) {
    for (unsigned char c : word) {
        if (c >= 0x80) continue;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return !word.empty();
}

std::size_t common_prefix(const std::string &a, const std::string &b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
}

/// One of hunspell's readings of a word: its stem, and how plausible the reading is in minutes.
struct Reading {
    std::string stem;
    int rank;
    /// Whether hunspell reads the word as this stem's passive (`føres` of `føre`), not a participle's.
    bool passive;
};

// hunspell-da reads many nouns also as forms of a verb or adjective that minutes never use: `projekter` as the
// imperative of `projektere`, `planen` as `plane` by a flag alone, with no inflection said. Minutes do not
// command, and a reading hunspell cannot name is its least sure; either loses to any other reading.
int rank_of(const std::string &analysis) {
    if (analysis.find("IMPERATIV") != std::string::npos) return 0;
    if (analysis.find('+') == std::string::npos && analysis.find("fl:") != std::string::npos) return 0;
    return 1;
}

/// Adds `reading` to `found`, or raises the rank of the same stem's reading already there.
void add(std::vector<Reading> &found, const Reading &reading) {
    auto same = std::find_if(found.begin(), found.end(), [&](const Reading &r) { return r.stem == reading.stem; });
    if (same == found.end()) {
        found.push_back(reading);
    } else {
        same->rank = std::max(same->rank, reading.rank);
        same->passive = same->passive || reading.passive;
    }
}

/// hunspell's readings of `word` (`st:plan +BESTEMT_ENTAL`; a compound's as `pa:planen ( st:plane fl:79 | … )`),
/// each stem once at its best rank. A genitive is as plausible as the form it adds its `s` to: `planens` is read
/// as `plan` because `planen` is. Caller holds the dictionary's lock.
std::vector<Reading> readings(Hunhandle *handle, const std::string &word) {
    char **analyses = nullptr;
    int count = Hunspell_analyze(handle, &analyses, word.c_str());
    std::vector<Reading> found;
    std::optional<std::vector<Reading>> without_s;
    for (int i = 0; i < count; ++i) {
        std::string analysis = analyses[i];
        for (std::size_t piece = 0; piece < analysis.size();) {
            std::size_t end = std::min(analysis.find('|', piece), analysis.size());
            std::string part = analysis.substr(piece, end - piece);
            piece = end + 1;
            std::size_t start = part.find("st:");
            if (start == std::string::npos) continue;
            start += 3;
            std::string stem = part.substr(start, part.find_first_of(" )", start) - start);
            int rank = rank_of(part);
            if (part.find("GENITIV") != std::string::npos && word.size() > 1 && word.back() == 's') {
                if (!without_s) without_s = readings(handle, word.substr(0, word.size() - 1));
                for (const Reading &base : *without_s)
                    if (base.stem == stem) rank = base.rank;
            }
            bool passive = part.find("PASSIV") != std::string::npos && part.find("PERF_PART") == std::string::npos;
            add(found, {stem, rank, passive});
        }
    }
    Hunspell_free_list(handle, &analyses, count);
    return found;
}

/// How often `word` occurs in the word counts, 0 when it is not among them.
long count_of(const HunspellStem::WordCounts &counts, const std::string &word) {
    auto found = counts.find(word);
    return found == counts.end() ? 0 : found->second;
}

// A reading the minutes use ten times as often as a word wins over the longest shared beginning (`planer` is
// `plan`, 1,873 times in the shipped minutes, not the verb `plane`, 12); a passive stays a verb (`vises`).
constexpr long evidence_ratio = 10;

// A Danish word in -er is both an agent noun and a verb's present tense (`vurderer`: appraiser, appraises; hunspell
// reads `giver` as `give` with no inflection named), and hunspell lists the noun as a word of its own. Minutes
// mostly use the verb. The noun wins unless its other forms (`vurdereren`, `vurderere`, `vurdererne`) are ten times
// rarer in the word counts than the verb's infinitive and passive (`vurdere`, `vurderes`): `modtager` and
// `deltager` stay nouns, `vurderer` and `beslutter` are verbs.
std::string agent_noun_or_verb(const std::string &word, const std::vector<Reading> &candidates,
                               const HunspellStem::WordCounts &counts) {
    for (const Reading &reading : candidates) {
        if (reading.stem + "r" != word) continue;
        long noun = count_of(counts, word + "en") + count_of(counts, word + "e") + count_of(counts, word + "ne");
        long verb = count_of(counts, reading.stem) + count_of(counts, reading.stem + "s");
        if (verb >= evidence_ratio * std::max(1L, noun)) return reading.stem;
    }
    return word;
}

/// The lemma hunspell gives `word` as the class comment says, or none. Caller holds the dictionary's lock.
std::optional<std::string> lemma(Hunhandle *handle, const std::string &word, const HunspellStem::WordCounts &counts) {
    std::vector<Reading> candidates;
    for (Reading &reading : readings(handle, word)) {
        std::size_t prefix = common_prefix(reading.stem, word);
        if (prefix < 3 && prefix < word.size()) continue;
        candidates.push_back(std::move(reading));
    }
    int top = 0;
    for (const Reading &reading : candidates) top = std::max(top, reading.rank);
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const Reading &reading) { return reading.rank < top; }),
                     candidates.end());
    const Reading *best = nullptr;
    std::size_t best_prefix = 0;
    for (const Reading &reading : candidates) {
        const std::string &stem = reading.stem;
        std::size_t prefix = common_prefix(stem, word);
        bool better = !best || prefix > best_prefix ||
                      (prefix == best_prefix && stem != best->stem &&
                       (stem == word || (best->stem != word && stem.size() < best->stem.size())));
        if (better) {
            best = &reading;
            best_prefix = prefix;
        }
    }
    if (!best) return std::nullopt;
    if (best->stem == word) return agent_noun_or_verb(word, candidates, counts);
    if (best->passive) return best->stem;
    const Reading *used = best;
    for (const Reading &reading : candidates)
        if (count_of(counts, reading.stem) > count_of(counts, used->stem)) used = &reading;
    if (count_of(counts, used->stem) >= evidence_ratio * std::max(1L, count_of(counts, best->stem))) return used->stem;
    return best->stem;
}

/// The word counts in `text`, one `word count` line each.
HunspellStem::WordCounts parse_counts(const std::string &text) {
    HunspellStem::WordCounts counts;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::size_t space = text.rfind(' ', end);
        if (space != std::string::npos && space > start) {
            std::size_t first = text.find_first_not_of(' ', start);
            if (first < space) counts[text.substr(first, space - first)] = std::atol(text.c_str() + space + 1);
        }
        start = end + 1;
    }
    return counts;
}

bool is_utf8_start(unsigned char c) { return (c & 0xC0) != 0x80; }

}  // namespace

HunspellStem::HunspellStem(const std::string &aff, const std::string &dic, Xapian::Stem fallback,
                           const std::string &word_counts)
    : aff_(aff), dic_(dic), fallback_(std::move(fallback)) {
    if (!readable(aff) || !readable(dic))
        throw Xapian::InvalidArgumentError("no hunspell dictionary at " + dic + " (Debian: apt-get install hunspell-da)");
    remembered_ = remembered(aff + '\n' + dic + '\n' + fallback_.get_description(), word_counts);
}

std::string HunspellStem::operator()(const std::string &word) { return lemma_of(word).lemma; }

bool HunspellStem::falls_back(const std::string &word) { return letters_only(word) && !lemma_of(word).known; }

std::string HunspellStem::fallback_stem(const std::string &word) const { return fallback_(word); }

HunspellStem::Lemma HunspellStem::lemma_of(const std::string &word) {
    if (!letters_only(word)) return {word, false};
    {
        std::shared_lock<std::shared_mutex> guard(remembered_->lock);
        if (auto found = remembered_->lemmas.find(word); found != remembered_->lemmas.end()) return found->second;
    }
    std::optional<std::string> known = lemmatise(word);
    Lemma lemma = known ? Lemma{*known, true} : Lemma{fallback_(word), false};
    std::unique_lock<std::shared_mutex> guard(remembered_->lock);
    // A bound keeps a long-running server's memory flat (about 10 MB); starting afresh costs only some lookups.
    if (remembered_->lemmas.size() >= 100000) remembered_->lemmas.clear();
    remembered_->lemmas.emplace(word, lemma);
    return lemma;
}

std::optional<std::string> HunspellStem::lemmatise(const std::string &word) {
    Dictionary &dict = dictionary(aff_, dic_);
    std::lock_guard<std::mutex> guard(dict.lock);
    if (auto found = lemma(dict.handle, word, remembered_->counts)) return found;
    // A compound (hunspell gives only its last part's lemma: `jobafklaringsforløbssager` → `sag`): keep its
    // beginning, lemmatise its longest known ending of four bytes or more.
    for (std::size_t start = 2; start + 4 <= word.size(); ++start) {
        if (!is_utf8_start(static_cast<unsigned char>(word[start]))) continue;
        std::string tail = word.substr(start);
        if (!Hunspell_spell(dict.handle, tail.c_str())) continue;
        if (auto found = lemma(dict.handle, tail, remembered_->counts)) return word.substr(0, start) + *found;
    }
    // A known word whose only lemmas share no beginning with it (`ældre` → `gammel`) stays as it is.
    if (Hunspell_spell(dict.handle, word.c_str())) return word;
    return std::nullopt;
}

std::string HunspellStem::get_description() const { return "hunspell(" + dic_ + ", " + fallback_.get_description() + ")"; }

}  // namespace cxapian
