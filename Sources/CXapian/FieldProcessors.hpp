// The field processor a cx_qparser owns for each `field:` whose values Swift turns into queries: the rules for
// names, codes and dates live once, in Swift, not again here.
#pragma once

#include "CXapian.h"

#include <xapian.h>

#include <string>

namespace cxapian {

/// Hands the value typed after `field:` to a C function (in practice Swift) and parses into the query it returns.
/// The function cannot throw; a NULL query is turned into a QueryParserError here, inside the parser, so it
/// reaches the caller of parse_query as a query syntax error carrying the function's message.
class FunctionFieldProcessor : public Xapian::FieldProcessor {
  public:
    FunctionFieldProcessor(cx_field_function function, void *context);
    Xapian::Query operator()(const std::string &value) override;

  private:
    cx_field_function function_;
    void *context_;
};

}  // namespace cxapian
