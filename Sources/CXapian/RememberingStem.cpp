#include "RememberingStem.hpp"

#include <utility>

namespace cxapian {

RememberingStem::RememberingStem(Xapian::Stem stem, std::size_t limit) : stem_(std::move(stem)), limit_(limit) {
    stems_.reserve(limit_);
}

std::string RememberingStem::operator()(const std::string &word) {
    auto found = stems_.find(word);
    if (found != stems_.end()) return found->second;
    if (stems_.size() >= limit_) stems_.clear();
    std::string stemmed = stem_(word);
    stems_.emplace(word, stemmed);
    return stemmed;
}

std::string RememberingStem::get_description() const { return stem_.get_description(); }

} // namespace cxapian
