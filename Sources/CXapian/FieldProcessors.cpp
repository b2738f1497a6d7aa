// The field processor that calls back into Swift. See FieldProcessors.hpp.
#include "FieldProcessors.hpp"

#include "Handles.hpp"

#include <cstdlib>
#include <memory>
#include <new>
#include <utility>

namespace cxapian {

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
