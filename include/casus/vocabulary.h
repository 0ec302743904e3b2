// Interned strings. Every word form, lemma and dictionary word is stored once
// and referred to by a 32-bit id, so tokens, patterns and matchers compare
// integers instead of strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace casus {

using WordId = uint32_t;
inline constexpr WordId kNoWord = 0;  // id 0 is reserved for "no word"

// A growable intern table. The pipeline's shared Vocabulary is filled while
// resources load and then frozen (only Find is used afterwards, from any
// thread); each Doc has its own LocalVocabulary for words the shared one lacks.
//
// Every token is looked up here (form and lower-case form), so the index is a
// flat open-addressing table — one probe is usually one cache line — and the
// strings live in arena blocks that never move, so Text() views stay valid.
class StringTable {
 public:
  StringTable();

  WordId Intern(std::string_view s) { return Intern(s, Hash(s)); }
  WordId Find(std::string_view s) const { return Find(s, Hash(s)); }
  // The same with Hash(s) computed by the caller, who may look in several tables.
  WordId Intern(std::string_view s, uint64_t hash);
  WordId Find(std::string_view s, uint64_t hash) const;
  std::string_view Text(WordId id) const { return views_[id]; }
  size_t size() const { return views_.size(); }
  void Clear();
  // Makes room for `words` strings in all, so that loading them never rehashes.
  void Reserve(size_t words);

  static uint64_t Hash(std::string_view s);

 private:
  // The string's bytes and length are in the slot, so a lookup reads the slot
  // and the bytes: no third cache miss through views_.
  struct Slot {
    const char* data = nullptr;
    WordId id = kNoWord;   // kNoWord: empty
    uint32_t check = 0;    // Check(hash, size): most mismatches end here
  };
  // The hash's high 24 bits, and the length when below 255 (else 255: compare views_).
  static uint32_t Check(uint64_t hash, size_t size) {
    return (static_cast<uint32_t>(hash >> 32) & 0xFFFFFF00u) | static_cast<uint32_t>(size < 255 ? size : 255);
  }
  std::string_view Store(std::string_view s);
  void Grow();
  void Rehash(size_t slot_count);
  static void Place(std::vector<Slot>& slots, const Slot& slot, uint64_t hash);

  std::vector<Slot> slots_;              // power-of-two size, at most half full
  std::vector<std::string_view> views_;  // by id; views_[0] is "no word"
  std::vector<std::unique_ptr<char[]>> blocks_;        // kBlockBytes each
  size_t block_left_ = 0;                              // free bytes at the end of blocks_.back()
  std::vector<std::unique_ptr<char[]>> long_strings_;  // one each
};

// Shared, frozen after load. Ids are [1, size()).
class Vocabulary {
 public:
  WordId Intern(std::string_view s) { return table_.Intern(s); }
  WordId Find(std::string_view s) const { return table_.Find(s); }
  WordId Find(std::string_view s, uint64_t hash) const { return table_.Find(s, hash); }
  std::string_view Text(WordId id) const { return table_.Text(id); }
  WordId size() const { return static_cast<WordId>(table_.size()); }
  void Reserve(size_t words) { table_.Reserve(words); }

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
