// Snowball's Danish stemmer merges unrelated words (`ledighed`, `ledelse`, `leder` all become `led`; `borger`
// becomes `borg`). A dictionary lemma keeps them apart: hunspell's `stem` with Debian's da_DK dictionary, the one
// LibreOffice uses, gives `boliger` → `bolig`, `udvalget` → `udvalg`, `ledighed` → `ledighed`.
#pragma once

#include <xapian.h>

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace cxapian {

/// A Xapian stemmer whose stems are dictionary lemmas from hunspell.
///
/// - A reading as the imperative, or by a flag with no inflection said, loses to any other (`projekter` →
///   `projekt`, not the imperative of `projektere`; `planen` → `plan`, not `plane`): minutes do not command.
/// - Of the stems left, the one sharing the longest beginning with the word wins (`ledere` → `leder`, not `led`),
///   unless the word counts hold another ten times as often (`planer` → `plan`, not the verb `plane`) and the word
///   is not read as a passive (`vises` → `vise`). A word that is its own reading stays as written, except an agent
///   noun in -er whose other forms are ten times rarer than its verb's (`vurderer` → `vurdere`; `modtager` stays);
///   a stem sharing fewer than three letters with it is no lemma of it (`ældre` → `gammel`, a compound reduced to
///   its last part) and is not taken; a known word without a lemma taken stays as written.
/// - A word the dictionary does not know keeps its beginning and takes the lemma of its longest known ending
///   (`jobafklaringsforløbssager` → `jobafklaringsforløbssag`), else `fallback`'s stem (Snowball's, for names and
///   new coinages); a word with anything but letters (codes, numbers) stays as written.
/// The dictionary is loaded once per process and shared, behind a lock. The lemmas given are remembered, shared by
/// every stemmer of the same dictionary and fallback (a server's searchers, one per worker): an inflected phrase
/// stems every indexed word sharing a phrase word's beginning (hundreds for `for`), and hunspell takes tens of
/// microseconds a word, far more for a word it must take apart.
class HunspellStem final : public Xapian::StemImplementation {
  public:
    /// How often words occur in minutes: the evidence between readings of equal rank.
    using WordCounts = std::unordered_map<std::string, long>;

    /// A lemmatiser over the hunspell dictionary `aff` + `dic`, weighing readings by `word_counts` (`word count`
    /// lines; may be empty); throws InvalidArgumentError if either file is unreadable.
    HunspellStem(const std::string &aff, const std::string &dic, Xapian::Stem fallback,
                 const std::string &word_counts);

    std::string operator()(const std::string &word) override;
    std::string get_description() const override;

    /// Whether `word`, all letters, has no lemma from the dictionary, so its stem is `fallback`'s.
    bool falls_back(const std::string &word);
    /// `fallback`'s stem of `word`.
    std::string fallback_stem(const std::string &word) const;

    /// A word's stem, and whether it came from the dictionary.
    struct Lemma {
        std::string lemma;
        bool known;
    };

    /// The lemmas given so far by the stemmers of one dictionary and fallback.
    struct Remembered {
        std::shared_mutex lock;
        std::unordered_map<std::string, Lemma> lemmas;
        /// The word counts, parsed once; never changed after.
        WordCounts counts;
    };

  private:
    Lemma lemma_of(const std::string &word);
    /// The dictionary's lemma of `word` as the class comment says, or none.
    std::optional<std::string> lemmatise(const std::string &word);

    std::string aff_;
    std::string dic_;
    Xapian::Stem fallback_;
    std::shared_ptr<Remembered> remembered_;
};

}  // namespace cxapian
