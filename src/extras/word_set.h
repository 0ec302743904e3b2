// Small sets and maps of words interned once in the shared vocabulary, so that
// a stage compares word ids, never strings, on the hot path.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "casus/vocabulary.h"

namespace casus {

// A sorted set of word ids.
class WordSet {
 public:
  WordSet() = default;
  WordSet(Vocabulary& vocab, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) Add(vocab.Intern(w));
  }
  void Add(WordId id) {
    auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
    if (it == ids_.end() || *it != id) ids_.insert(it, id);
  }
  bool Contains(WordId id) const { return id != kNoWord && std::binary_search(ids_.begin(), ids_.end(), id); }

 private:
  std::vector<WordId> ids_;
};

// A sorted map from word ids to small values.
template <typename Value>
class WordMap {
 public:
  void Add(WordId id, Value value) {
    auto it = std::lower_bound(entries_.begin(), entries_.end(), id,
                               [](const std::pair<WordId, Value>& e, WordId w) { return e.first < w; });
    if (it != entries_.end() && it->first == id) return;  // the first definition wins
    entries_.insert(it, {id, value});
  }
  const Value* Find(WordId id) const {
    if (id == kNoWord) return nullptr;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), id,
                               [](const std::pair<WordId, Value>& e, WordId w) { return e.first < w; });
    return it != entries_.end() && it->first == id ? &it->second : nullptr;
  }

 private:
  std::vector<std::pair<WordId, Value>> entries_;
};

}  // namespace casus
