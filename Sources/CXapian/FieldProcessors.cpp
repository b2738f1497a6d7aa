// Field and range processors. See FieldProcessors.hpp.
#include "FieldProcessors.hpp"

#include "Handles.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <utility>

namespace cxapian {

namespace {

// MARK: - Boolean field normalisation

std::string normalise(const std::string &value, cx_normalization mode) {
    if (mode == CX_NORMALIZE_NONE) return value;
    std::string result;
    result.reserve(value.size());
    bool pending_space = false;
    for (Xapian::Utf8Iterator it(value); it != Xapian::Utf8Iterator(); ++it) {
        unsigned ch = *it;
        // Names are compared without their dashes: "Beskæftigelses- og Erhvervsudvalget" is typed many ways.
        bool separator = Xapian::Unicode::is_whitespace(ch) ||
                         (mode == CX_NORMALIZE_LOWERCASE &&
                          Xapian::Unicode::get_category(ch) == Xapian::Unicode::DASH_PUNCTUATION);
        if (separator) {
            pending_space = (mode == CX_NORMALIZE_LOWERCASE);
            continue;
        }
        if (pending_space && !result.empty()) result += ' ';
        pending_space = false;
        Xapian::Unicode::append_utf8(result, Xapian::Unicode::tolower(ch));
    }
    return result;
}

// MARK: - Date ranges

struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when not given
    int day = 0;    // 0 when not given
};

bool parse_digits(const std::string &s, size_t pos, size_t count, int &out) {
    if (pos + count > s.size()) return false;
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    out = value;
    return true;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (month == 2 && is_leap(year)) ? 29 : days[month - 1];
}

// Accepts YYYY, YYYY-MM or YYYY-MM-DD.
bool parse_partial_date(const std::string &s, PartialDate &date) {
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
    if (!parse_digits(s, 0, 4, date.year)) return false;
    if (s.size() >= 7) {
        if (s[4] != '-' || !parse_digits(s, 5, 2, date.month)) return false;
        if (date.month < 1 || date.month > 12) return false;
    }
    if (s.size() == 10) {
        if (s[7] != '-' || !parse_digits(s, 8, 2, date.day)) return false;
        if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return false;
    }
    return true;
}

std::string yyyymmdd(int year, int month, int day) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
    return buffer;
}

std::string first_day(const PartialDate &d) { return yyyymmdd(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }

std::string last_day(const PartialDate &d) {
    int month = d.month ? d.month : 12;
    return yyyymmdd(d.year, month, d.day ? d.day : days_in_month(d.year, month));
}

}  // namespace

// MARK: - Processors

NormalisingFieldProcessor::NormalisingFieldProcessor(std::string prefix, cx_normalization mode)
    : prefix_(std::move(prefix)), mode_(mode) {}

Xapian::Query NormalisingFieldProcessor::operator()(const std::string &value) {
    return Xapian::Query(prefix_ + normalise(value, mode_));
}

StemSynonymFieldProcessor::StemSynonymFieldProcessor(std::string prefix, Xapian::Stem stem)
    : prefix_(std::move(prefix)), stem_(std::move(stem)) {}

Xapian::Query StemSynonymFieldProcessor::operator()(const std::string &value) {
    std::string stemmed = stem_(normalise(value, CX_NORMALIZE_CODE));
    Xapian::Query terms[] = {Xapian::Query("Z" + stemmed), Xapian::Query("Z" + prefix_ + stemmed)};
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms, terms + 2);
}

PartialDateRangeProcessor::PartialDateRangeProcessor(Xapian::valueno slot, const std::string &prefix)
    : Xapian::RangeProcessor(slot, prefix, Xapian::RP_REPEATED) {}

Xapian::Query PartialDateRangeProcessor::operator()(const std::string &begin, const std::string &end) {
    PartialDate from, to;
    bool has_from = !begin.empty(), has_to = !end.empty();
    if (!has_from && !has_to) return Xapian::Query(Xapian::Query::OP_INVALID);
    if ((has_from && !parse_partial_date(begin, from)) || (has_to && !parse_partial_date(end, to))) {
        throw Xapian::QueryParserError("Invalid date range '" + str + begin + ".." + end +
                                       "': use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (!has_to) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, first_day(from));
    if (!has_from) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, last_day(to));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, first_day(from), last_day(to));
}

FunctionFieldProcessor::FunctionFieldProcessor(cx_field_function function, void *context)
    : function_(function), context_(context) {}

Xapian::Query FunctionFieldProcessor::operator()(const std::string &value) {
    char *message = nullptr;
    std::unique_ptr<cx_query> query(function_(context_, value.c_str(), value.size(), &message));
    std::unique_ptr<char, decltype(&std::free)> owned_message(message, &std::free);
    if (query) return query->query;
    // The function could not even allocate its message.
    if (!owned_message) throw std::bad_alloc();
    throw Xapian::QueryParserError(owned_message.get());
}

}  // namespace cxapian
