// Entry points that read a page of hits (Xapian::MSet).
#include "Errors.hpp"
#include "Handles.hpp"

#include <cstdint>

using namespace cxapian;

void cx_mset_free(cx_mset *mset) noexcept { delete mset; }

uint32_t cx_mset_size(const cx_mset *mset) noexcept { return mset->mset.size(); }

void cx_mset_matches(const cx_mset *mset, uint32_t *estimated, uint32_t *lower, uint32_t *upper) noexcept {
    *estimated = mset->mset.get_matches_estimated();
    *lower = mset->mset.get_matches_lower_bound();
    *upper = mset->mset.get_matches_upper_bound();
}

namespace {
Xapian::MSetIterator hit_at(const cx_mset *mset, uint32_t index) {
    if (index >= mset->mset.size())
        throw Xapian::RangeError("hit index " + std::to_string(index) + " is past the end of a page of " +
                                 std::to_string(mset->mset.size()));
    return mset->mset[index];
}
}  // namespace

int cx_mset_hit(const cx_mset *mset, uint32_t index, uint32_t *docid, uint32_t *rank, double *weight, int *percent,
                uint32_t *collapse_count, char **data, size_t *data_length, char **error) noexcept {
    int cut = 0;
    return cx_mset_hit_prefix(mset, index, SIZE_MAX, docid, rank, weight, percent, collapse_count, data, data_length,
                              &cut, error);
}

int cx_mset_hit_prefix(const cx_mset *mset, uint32_t index, size_t max_data, uint32_t *docid, uint32_t *rank,
                       double *weight, int *percent, uint32_t *collapse_count, char **data, size_t *data_length,
                       int *data_cut, char **error) noexcept {
    return guarded(error, [&] {
        Xapian::MSetIterator it = hit_at(mset, index);
        std::string document_data = it.get_document().get_data();
        *docid = *it;
        *rank = it.get_rank();
        *weight = it.get_weight();
        *percent = it.get_percent();
        *collapse_count = it.get_collapse_count();
        *data_cut = document_data.size() > max_data ? 1 : 0;
        if (*data_cut) {
            // Back to the start of a UTF-8 sequence, so the copy is whole characters.
            size_t end = max_data;
            while (end > 0 && (static_cast<unsigned char>(document_data[end]) & 0xC0) == 0x80) --end;
            document_data.resize(end);
        }
        give(document_data, data, data_length);
    });
}

int cx_mset_value(const cx_mset *mset, uint32_t index, uint32_t slot, char **value, size_t *value_length,
                  char **error) noexcept {
    return guarded(error, [&] { give(hit_at(mset, index).get_document().get_value(slot), value, value_length); });
}

int cx_mset_snippet(const cx_mset *mset, const char *text, size_t text_length, size_t length, const cx_stem *stem,
                    const char *hi_start, size_t hi_start_length, const char *hi_end, size_t hi_end_length,
                    const char *omit, size_t omit_length, char **out, size_t *out_length, char **error) noexcept {
    return guarded(error, [&] {
        // No SNIPPET_BACKGROUND_MODEL: it looks up the frequency of every word of the text in the index, some twenty
        // B-tree reads per hit, to prefer windows with rarer words around the matches; callers pass text already
        // cut to the window around the matches.
        std::string snippet = mset->mset.snippet(
            bytes(text, text_length), length, stem ? stem->stem : Xapian::Stem(), Xapian::MSet::SNIPPET_EXHAUSTIVE,
            bytes(hi_start, hi_start_length), bytes(hi_end, hi_end_length), bytes(omit, omit_length));
        give(snippet, out, out_length);
    });
}
