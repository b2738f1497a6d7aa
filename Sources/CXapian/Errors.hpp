// Strings and failures across the C boundary. Every entry point runs its body through `guarded` (fallible calls)
// or `or_else` (calls that can only run out of memory), so no C++ exception ever unwinds into Swift.
#pragma once

#include "CXapian.h"

#include <cstddef>
#include <string>

namespace cxapian {

/// The `length` bytes at `data` as a string (`data` is not read when `length` is 0).
std::string bytes(const char *data, std::size_t length);

/// A malloc'ed, NUL-terminated copy of `s`; nullptr when out of memory.
char *copy_out(const std::string &s);

/// Stores a copy of `s` in the out-parameters, or throws bad_alloc so the caller reports CX_ERR_OUT_OF_MEMORY.
void give(const std::string &s, char **out, std::size_t *out_length);

/// Stores a copy of `message` in `*error` (nullptr if even that cannot be allocated) and returns `code`.
int fail(char **error, int code, const std::string &message);

/// Rethrows the exception in flight and maps it to a cx_status, storing its message in `*error`.
/// Must only be called from inside a catch block.
int classify(char **error) noexcept;

/// Runs `body` and turns any exception into a code. `body` returns nothing; success is CX_OK.
template <typename Body>
int guarded(char **error, Body &&body) noexcept {
    try {
        body();
        return CX_OK;
    } catch (...) {
        return classify(error);
    }
}

/// For the few infallible entry points: swallow anything (only bad_alloc is possible) and return `fallback`.
template <typename T, typename Body>
T or_else(T fallback, Body &&body) noexcept {
    try {
        return body();
    } catch (...) {
        return fallback;
    }
}

}  // namespace cxapian
