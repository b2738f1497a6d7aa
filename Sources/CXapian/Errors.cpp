// The exception classifier and the string copies that every entry point shares. See Errors.hpp.
#include "Errors.hpp"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace cxapian {

namespace {

std::string xapian_message(const Xapian::Error &e) {
    std::string message = e.get_msg();
    if (message.empty()) message = e.get_description();
    const char *detail = e.get_error_string();
    if (detail != nullptr && *detail != '\0') {
        message += " (";
        message += detail;
        message += ")";
    }
    return message;
}

}  // namespace

std::string bytes(const char *data, size_t length) { return length ? std::string(data, length) : std::string(); }

char *copy_out(const std::string &s) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (p == nullptr) return nullptr;
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

void give(const std::string &s, char **out, size_t *out_length) {
    char *p = copy_out(s);
    if (p == nullptr) throw std::bad_alloc();
    *out = p;
    *out_length = s.size();
}

int fail(char **error, int code, const std::string &message) {
    // If even the message cannot be allocated, the code alone still tells the caller what happened.
    *error = copy_out(message);
    return code;
}

// Most-derived classes first: Xapian::Error is not polymorphic enough for dynamic_cast.
int classify(char **error) noexcept {
    try {
        throw;
    } catch (const Xapian::DatabaseLockError &e) {
        return fail(error, CX_ERR_LOCKED, xapian_message(e));
    } catch (const Xapian::DatabaseNotFoundError &e) {
        return fail(error, CX_ERR_NOT_FOUND, xapian_message(e));
    } catch (const Xapian::DatabaseCorruptError &e) {
        return fail(error, CX_ERR_CORRUPT, xapian_message(e));
    } catch (const Xapian::DatabaseModifiedError &e) {
        return fail(error, CX_ERR_MODIFIED, xapian_message(e));
    } catch (const Xapian::DatabaseVersionError &e) {
        return fail(error, CX_ERR_OPENING, xapian_message(e));
    } catch (const Xapian::DatabaseOpeningError &e) {
        return fail(error, CX_ERR_OPENING, xapian_message(e));
    } catch (const Xapian::DatabaseCreateError &e) {
        return fail(error, CX_ERR_OPENING, xapian_message(e));
    } catch (const Xapian::QueryParserError &e) {
        return fail(error, CX_ERR_QUERY_SYNTAX, xapian_message(e));
    } catch (const Xapian::InvalidArgumentError &e) {
        return fail(error, CX_ERR_INVALID_ARGUMENT, xapian_message(e));
    } catch (const Xapian::RangeError &e) {
        return fail(error, CX_ERR_RANGE, xapian_message(e));
    } catch (const Xapian::DocNotFoundError &e) {
        return fail(error, CX_ERR_DOC_NOT_FOUND, xapian_message(e));
    } catch (const Xapian::NetworkError &e) {
        return fail(error, CX_ERR_NETWORK, xapian_message(e));
    } catch (const Xapian::Error &e) {
        // Includes DatabaseClosedError, InvalidOperationError, WildcardError, ...: keep the type in the text.
        return fail(error, CX_ERR_OTHER, e.get_description());
    } catch (const std::bad_alloc &) {
        *error = nullptr;  // allocating a message would likely fail too
        return CX_ERR_OUT_OF_MEMORY;
    } catch (const std::exception &e) {
        return fail(error, CX_ERR_OTHER, e.what());
    } catch (...) {
        return fail(error, CX_ERR_OTHER, "unknown C++ exception");
    }
}

}  // namespace cxapian
