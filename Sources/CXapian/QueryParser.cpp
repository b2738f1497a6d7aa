// Entry points over Xapian::QueryParser and the field and range processors it owns.
#include "Errors.hpp"
#include "Handles.hpp"
#include "FieldProcessors.hpp"

using namespace cxapian;

cx_qparser *cx_qparser_new(void) noexcept {
    return or_else<cx_qparser *>(nullptr, [] { return new cx_qparser{}; });
}

void cx_qparser_free(cx_qparser *qp) noexcept { delete qp; }

void cx_qparser_set_stemmer(cx_qparser *qp, const cx_stem *stem) noexcept {
    or_else(0, [&] {
        qp->qp.set_stemmer(stem ? stem->stem : Xapian::Stem());
        return 0;
    });
}

void cx_qparser_set_stemming_strategy(cx_qparser *qp, cx_stem_strategy strategy) noexcept {
    or_else(0, [&] {
        qp->qp.set_stemming_strategy(static_cast<Xapian::QueryParser::stem_strategy>(strategy));
        return 0;
    });
}

void cx_qparser_set_stopper(cx_qparser *qp, const cx_stopper *stopper) noexcept {
    or_else(0, [&] {
        qp->qp.set_stopper(stopper ? &stopper->stopper : nullptr);
        return 0;
    });
}

int cx_qparser_set_default_op(cx_qparser *qp, cx_query_op op, char **error) noexcept {
    return guarded(error, [&] {
        if (op != CX_OP_AND && op != CX_OP_OR)
            throw Xapian::InvalidArgumentError("the default operator must be AND or OR");
        qp->qp.set_default_op(to_xapian(op));
    });
}

void cx_qparser_set_database(cx_qparser *qp, const cx_db *db) noexcept {
    or_else(0, [&] {
        qp->qp.set_database(db ? db->db : Xapian::Database());
        return 0;
    });
}

int cx_qparser_add_prefix(cx_qparser *qp, const char *field, size_t field_length, const char *prefix,
                          size_t prefix_length, char **error) noexcept {
    return guarded(error, [&] { qp->qp.add_prefix(bytes(field, field_length), bytes(prefix, prefix_length)); });
}

int cx_qparser_add_field_function(cx_qparser *qp, const char *field, size_t field_length, int boolean,
                                  cx_field_function function, void *context, char **error) noexcept {
    return guarded(error, [&] {
        auto processor = std::make_unique<FunctionFieldProcessor>(function, context);
        if (boolean)
            qp->qp.add_boolean_prefix(bytes(field, field_length), processor.release()->release());
        else
            qp->qp.add_prefix(bytes(field, field_length), processor.release()->release());
    });
}

void cx_qparser_set_max_expansion(cx_qparser *qp, uint32_t max_expansion, cx_wildcard_limit limit,
                                  unsigned flags) noexcept {
    or_else(0, [&] {
        qp->qp.set_max_expansion(max_expansion, static_cast<int>(limit), flags);
        return 0;
    });
}

int cx_qparser_parse(cx_qparser *qp, const char *text, size_t text_length, unsigned flags, cx_query **out,
                     char **error) noexcept {
    return guarded(error, [&] { *out = new cx_query{qp->qp.parse_query(bytes(text, text_length), flags)}; });
}

char *cx_qparser_corrected_query(const cx_qparser *qp, size_t *length) noexcept {
    return or_else<char *>(nullptr, [&] {
        std::string corrected = qp->qp.get_corrected_query_string();
        *length = corrected.size();
        return copy_out(corrected);
    });
}
