#include "casus/vocabulary.h"

namespace casus {

WordId StringTable::Intern(std::string_view s) {
  if (auto it = index_.find(s); it != index_.end()) return it->second;
  auto id = static_cast<WordId>(strings_.size());
  strings_.emplace_back(s);
  index_.emplace(strings_.back(), id);
  return id;
}

WordId StringTable::Find(std::string_view s) const {
  auto it = index_.find(s);
  return it == index_.end() ? kNoWord : it->second;
}

void StringTable::Clear() {
  index_.clear();
  strings_.resize(1);
}

WordId LocalVocabulary::Intern(std::string_view s) {
  if (WordId id = shared_->Find(s); id != kNoWord) return id;
  WordId local = local_.Intern(s);
  return shared_->size() + local - 1;
}

WordId LocalVocabulary::Find(std::string_view s) const {
  if (WordId id = shared_->Find(s); id != kNoWord) return id;
  WordId local = local_.Find(s);
  return local == kNoWord ? kNoWord : shared_->size() + local - 1;
}

std::string_view LocalVocabulary::Text(WordId id) const {
  if (id < shared_->size()) return shared_->Text(id);
  return local_.Text(id - shared_->size() + 1);
}

}  // namespace casus
