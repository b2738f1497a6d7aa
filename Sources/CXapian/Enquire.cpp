// Entry points over Xapian::Enquire and the match spies that count values over its matches.
#include "Errors.hpp"
#include "Handles.hpp"

#include <algorithm>

using namespace cxapian;

cx_enquire *cx_enquire_new(const cx_db *db) noexcept {
    return or_else<cx_enquire *>(nullptr, [&] { return new cx_enquire(db->db); });
}

void cx_enquire_free(cx_enquire *enquire) noexcept { delete enquire; }

void cx_enquire_set_query(cx_enquire *enquire, const cx_query *query) noexcept {
    or_else(0, [&] {
        enquire->enquire.set_query(query->query);
        return 0;
    });
}

void cx_enquire_set_sort(cx_enquire *enquire, cx_sort sort, uint32_t slot, int reverse) noexcept {
    or_else(0, [&] {
        Xapian::Enquire &e = enquire->enquire;
        switch (sort) {
        case CX_SORT_RELEVANCE: e.set_sort_by_relevance(); break;
        case CX_SORT_VALUE: e.set_sort_by_value(slot, reverse != 0); break;
        case CX_SORT_VALUE_THEN_RELEVANCE: e.set_sort_by_value_then_relevance(slot, reverse != 0); break;
        case CX_SORT_RELEVANCE_THEN_VALUE: e.set_sort_by_relevance_then_value(slot, reverse != 0); break;
        }
        return 0;
    });
}

void cx_enquire_set_collapse_key(cx_enquire *enquire, int has_slot, uint32_t slot) noexcept {
    or_else(0, [&] {
        enquire->enquire.set_collapse_key(has_slot ? slot : Xapian::BAD_VALUENO);
        return 0;
    });
}

void cx_enquire_set_weighing(cx_enquire *enquire, int weighs) noexcept {
    or_else(0, [&] {
        if (weighs != 0) {
            enquire->enquire.set_weighting_scheme(Xapian::BM25Weight());
        } else {
            enquire->enquire.set_weighting_scheme(Xapian::BoolWeight());
        }
        return 0;
    });
}

void cx_enquire_set_time_limit(cx_enquire *enquire, double seconds) noexcept {
    or_else(0, [&] {
        enquire->enquire.set_time_limit(seconds);
        return 0;
    });
}

int cx_enquire_count_values(cx_enquire *enquire, uint32_t slot, char **error) noexcept {
    return guarded(error, [&] { enquire->spies.emplace(slot, nullptr); });
}

int cx_enquire_mset(cx_enquire *enquire, uint32_t first, uint32_t max, uint32_t checkatleast, cx_mset **out,
                    char **error) noexcept {
    return guarded(error, [&] {
        // ValueCountMatchSpy accumulates across runs and has no reset in 1.4: give each run fresh spies.
        enquire->enquire.clear_matchspies();
        for (auto &entry : enquire->spies) entry.second = nullptr;
        for (auto &entry : enquire->spies) {
            auto spy = std::make_unique<Xapian::ValueCountMatchSpy>(entry.first);
            Xapian::ValueCountMatchSpy *raw = spy.get();
            enquire->enquire.add_matchspy(spy.release()->release());
            entry.second = raw;
        }
        enquire->table_spy = nullptr;
        if (enquire->table) {
            auto spy = std::make_unique<cxapian::ValueTableSpy>(enquire->table);
            cxapian::ValueTableSpy *raw = spy.get();
            enquire->enquire.add_matchspy(spy.release()->release());
            enquire->table_spy = raw;
        }
        *out = new cx_mset{enquire->enquire.get_mset(first, max, checkatleast)};
    });
}

int cx_enquire_value_counts(const cx_enquire *enquire, uint32_t slot, cx_term_list **out, char **error) noexcept {
    return guarded(error, [&] {
        auto list = std::make_unique<cx_term_list>();
        auto found = enquire->spies.find(slot);
        int column = enquire->table ? enquire->table->column_of(slot) : -1;
        if (enquire->table_spy != nullptr && column >= 0) {
            list->entries = enquire->table_spy->counts(size_t(column));
        } else if (found != enquire->spies.end() && found->second != nullptr) {
            const Xapian::ValueCountMatchSpy &spy = *found->second;
            for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
                list->entries.emplace_back(*it, it.get_termfreq());
            std::sort(list->entries.begin(), list->entries.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
        }
        *out = list.release();
    });
}
