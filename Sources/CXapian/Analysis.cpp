// Entry points over the word analysis shared by indexing and querying: Stem, SimpleStopper and TermGenerator.
#include "Errors.hpp"
#include "Handles.hpp"
#include "HunspellStem.hpp"
#include "RememberingStem.hpp"

using namespace cxapian;

// MARK: - Stem and Stopper

int cx_stem_new(const char *language, size_t language_length, cx_stem **out, char **error) noexcept {
    return guarded(error, [&] { *out = new cx_stem{Xapian::Stem(bytes(language, language_length))}; });
}

int cx_stem_new_hunspell(const char *aff, size_t aff_length, const char *dic, size_t dic_length, const char *fallback,
                         size_t fallback_length, const char *word_counts, size_t word_counts_length, cx_stem **out,
                         char **error) noexcept {
    return guarded(error, [&] {
        Xapian::Stem lemmas(new HunspellStem(bytes(aff, aff_length), bytes(dic, dic_length),
                                             Xapian::Stem(bytes(fallback, fallback_length)),
                                             bytes(word_counts, word_counts_length)));
        *out = new cx_stem{lemmas};
    });
}

void cx_stem_free(cx_stem *stem) noexcept { delete stem; }

int cx_stem_word(const cx_stem *stem, const char *word, size_t word_length, char **out, size_t *out_length,
                 char **error) noexcept {
    return guarded(error, [&] { give(stem->stem(bytes(word, word_length)), out, out_length); });
}

cx_stopper *cx_stopper_new(void) noexcept {
    return or_else<cx_stopper *>(nullptr, [] { return new cx_stopper{}; });
}

void cx_stopper_free(cx_stopper *stopper) noexcept { delete stopper; }

int cx_stopper_add(cx_stopper *stopper, const char *word, size_t word_length, char **error) noexcept {
    return guarded(error, [&] { stopper->stopper.add(bytes(word, word_length)); });
}

// MARK: - TermGenerator

cx_termgen *cx_termgen_new(void) noexcept {
    return or_else<cx_termgen *>(nullptr, [] { return new cx_termgen{}; });
}

void cx_termgen_free(cx_termgen *termgen) noexcept { delete termgen; }

void cx_termgen_set_stemmer(cx_termgen *termgen, const cx_stem *stem) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_stemmer(stem ? stem->stem : Xapian::Stem());
        return 0;
    });
}

void cx_termgen_set_remembering_stemmer(cx_termgen *termgen, const cx_stem *stem, size_t limit) noexcept {
    // "none" has no implementation to wrap, and the generator must still see it as no stemming at all.
    if (!stem || stem->stem.is_none() || limit == 0) return cx_termgen_set_stemmer(termgen, stem);
    or_else(0, [&] {
        termgen->termgen.set_stemmer(Xapian::Stem(new cxapian::RememberingStem(stem->stem, limit)));
        return 0;
    });
}

void cx_termgen_set_stopper(cx_termgen *termgen, const cx_stopper *stopper) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_stopper(stopper ? &stopper->stopper : nullptr);
        return 0;
    });
}

void cx_termgen_set_stemming_strategy(cx_termgen *termgen, cx_stem_strategy strategy) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_stemming_strategy(static_cast<Xapian::TermGenerator::stem_strategy>(strategy));
        return 0;
    });
}

void cx_termgen_enable_spelling(cx_termgen *termgen, const cx_wdb *db) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_database(db->db);
        termgen->termgen.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
        return 0;
    });
}

void cx_termgen_set_document(cx_termgen *termgen, const cx_doc *doc) noexcept {
    or_else(0, [&] {
        termgen->termgen.set_document(doc->doc);
        termgen->termgen.set_termpos(0);
        return 0;
    });
}

int cx_termgen_index_text(cx_termgen *termgen, const char *text, size_t text_length, uint32_t wdf,
                          const char *prefix, size_t prefix_length, int with_positions, char **error) noexcept {
    return guarded(error, [&] {
        std::string t = bytes(text, text_length), p = bytes(prefix, prefix_length);
        if (with_positions)
            termgen->termgen.index_text(t, wdf, p);
        else
            termgen->termgen.index_text_without_positions(t, wdf, p);
    });
}

void cx_termgen_increase_termpos(cx_termgen *termgen, uint32_t delta) noexcept {
    or_else(0, [&] {
        termgen->termgen.increase_termpos(delta);
        return 0;
    });
}
