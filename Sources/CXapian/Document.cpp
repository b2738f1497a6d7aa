// Entry points over Xapian::Document.
#include "Errors.hpp"
#include "Handles.hpp"

using namespace cxapian;

cx_doc *cx_doc_new(void) noexcept {
    return or_else<cx_doc *>(nullptr, [] { return new cx_doc{}; });
}

void cx_doc_free(cx_doc *doc) noexcept { delete doc; }

int cx_doc_add_term(cx_doc *doc, const char *term, size_t term_length, uint32_t wdf, char **error) noexcept {
    return guarded(error, [&] { doc->doc.add_term(bytes(term, term_length), wdf); });
}

int cx_doc_add_boolean_term(cx_doc *doc, const char *term, size_t term_length, char **error) noexcept {
    return guarded(error, [&] { doc->doc.add_boolean_term(bytes(term, term_length)); });
}

int cx_doc_add_value(cx_doc *doc, uint32_t slot, const char *value, size_t value_length, char **error) noexcept {
    return guarded(error, [&] { doc->doc.add_value(slot, bytes(value, value_length)); });
}

int cx_doc_set_data(cx_doc *doc, const char *data, size_t data_length, char **error) noexcept {
    return guarded(error, [&] { doc->doc.set_data(bytes(data, data_length)); });
}

int cx_doc_get_data(const cx_doc *doc, char **data, size_t *data_length, char **error) noexcept {
    return guarded(error, [&] { give(doc->doc.get_data(), data, data_length); });
}
