// The field and range processors a cx_qparser owns: what `field:value` becomes in a parsed query.
#pragma once

#include "CXapian.h"

#include <xapian.h>

#include <string>

namespace cxapian {

/// Turns `field:value` into the boolean term prefix + normalised value, so the query matches what the indexer wrote
/// (the stock boolean prefix neither case-folds nor avoids inserting ':' before an upper-case value).
class NormalisingFieldProcessor : public Xapian::FieldProcessor {
  public:
    NormalisingFieldProcessor(std::string prefix, cx_normalization mode);
    Xapian::Query operator()(const std::string &value) override;

  private:
    std::string prefix_;
    cx_normalization mode_;
};

/// Turns `field:word` into one synonym of the stemmed word and the stemmed word under a second term prefix, so that
/// terms indexed as weaker evidence of the same word (the parts of compound words) share its statistics: an item is
/// found by either and ranked by how often it has both, never by how rare the weaker term alone is.
class StemSynonymFieldProcessor : public Xapian::FieldProcessor {
  public:
    StemSynonymFieldProcessor(std::string prefix, Xapian::Stem stem);
    Xapian::Query operator()(const std::string &value) override;

  private:
    std::string prefix_;
    Xapian::Stem stem_;
};

/// `field:START..END` over a slot holding YYYYMMDD. Xapian's DateRangeProcessor rejects partial dates (2022..,
/// 2022-01..2022-06), so this expands a partial start to its first day and a partial end to its last day.
class PartialDateRangeProcessor : public Xapian::RangeProcessor {
  public:
    PartialDateRangeProcessor(Xapian::valueno slot, const std::string &prefix);
    Xapian::Query operator()(const std::string &begin, const std::string &end) override;
};

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
