// A stemmer that remembers what it has stemmed: a term generator stems every word of every document, the same
// few thousand words over and over, and Snowball's Danish stemmer cost more than a hash look-up.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <unordered_map>

namespace cxapian {

/// The stems `stem` gives, remembered for up to `limit` words; after that it starts afresh, so memory stays
/// bounded. Not thread-safe: it belongs to one term generator.
class RememberingStem final : public Xapian::StemImplementation {
  public:
    RememberingStem(Xapian::Stem stem, std::size_t limit);

    std::string operator()(const std::string &word) override;
    std::string get_description() const override;

  private:
    Xapian::Stem stem_;
    std::size_t limit_;
    std::unordered_map<std::string, std::string> stems_;
};

} // namespace cxapian
