// Interned strings. Every word form, lemma and dictionary word is stored once
// and referred to by a 32-bit id, so tokens, patterns and matchers compare
// integers instead of strings.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace casus {

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0;  // id 0 is reserved for "no word"

// A growable intern table. The pipeline's shared Vocabulary is filled while
// resources load and then frozen (only Find is used afterwards, from any
// thread); each Doc has its own LocalVocabulary for words the shared one lacks.
class StringTable {
 public:
  StringTable() { strings_.emplace_back(); }
  WordId Intern(std::string_view s);
  WordId Find(std::string_view s) const;
  std::string_view Text(WordId id) const { return strings_[id]; }
  size_t size() const { return strings_.size(); }
  void Clear();

 private:
  // deque keeps string addresses stable, so the map may key on views of them.
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, WordId> index_;
};

// Shared, frozen after load. Ids are [1, size()).
class Vocabulary {
 public:
  WordId Intern(std::string_view s) { return table_.Intern(s); }
  WordId Find(std::string_view s) const { return table_.Find(s); }
  std::string_view Text(WordId id) const { return table_.Text(id); }
  WordId size() const { return static_cast<WordId>(table_.size()); }

 private:
  StringTable table_;
};

// Per-document extension of a frozen Vocabulary: ids >= shared.size() are local.
class LocalVocabulary {
 public:
  explicit LocalVocabulary(const Vocabulary* shared) : shared_(shared) {}
  WordId Intern(std::string_view s);
  WordId Find(std::string_view s) const;
  std::string_view Text(WordId id) const;
  bool IsShared(WordId id) const { return id < shared_->size(); }
  const Vocabulary& shared() const { return *shared_; }
  void Clear() { local_.Clear(); }

 private:
  const Vocabulary* shared_;
  StringTable local_;
};

}  // namespace casus
