// Entry points: freeing strings, and reading and freeing term lists.
#include "Handles.hpp"

#include <cstdlib>

cx_term_list *cxapian::new_term_list(Xapian::TermIterator it, Xapian::TermIterator end, bool with_termfreq) {
    auto list = std::make_unique<cx_term_list>();
    for (; it != end; ++it) list->entries.emplace_back(*it, with_termfreq ? it.get_termfreq() : 0);
    return list.release();
}

void cx_string_free(char *string) noexcept { std::free(string); }

size_t cx_term_list_count(const cx_term_list *list) noexcept { return list->entries.size(); }

void cx_term_list_get(const cx_term_list *list, size_t index, const char **term, size_t *term_length,
                      uint64_t *count) noexcept {
    const auto &entry = list->entries[index];
    *term = entry.first.data();
    *term_length = entry.first.size();
    *count = entry.second;
}

void cx_term_list_free(cx_term_list *list) noexcept { delete list; }
