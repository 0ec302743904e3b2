#include "casus/vocabulary.h"

#include <algorithm>
#include <cstring>

namespace casus {
namespace {

constexpr size_t kInitialSlots = 64;
constexpr size_t kBlockBytes = 64 * 1024;
// A table grown past this by one huge document goes back to its initial size
// on Clear, so a worker's memory does not stay at its worst document's.
constexpr size_t kKeptSlots = size_t{1} << 16;

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t Mix(uint64_t h) {
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return h;
}

}  // namespace

// Words are short: eight bytes a step, then the tail in at most two loads.
uint64_t StringTable::Hash(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xff51afd7ed558ccdULL);
  for (; n >= 8; p += 8, n -= 8) h = (h ^ Load64(p)) * 0xbf58476d1ce4e5b9ULL, h ^= h >> 29;
  uint64_t tail = 0;
  if (n >= 4) {
    tail = (uint64_t{Load32(p)} << 32) | Load32(p + n - 4);
  } else if (n > 0) {
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    tail = (byte(0) << 16) | (byte(n >> 1) << 8) | byte(n - 1);
  }
  return Mix((h ^ tail) * 0x94d049bb133111ebULL);
}

StringTable::StringTable() : slots_(kInitialSlots) { views_.emplace_back(); }

WordId StringTable::Find(std::string_view s, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const uint32_t check = Check(hash, s.size());
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNoWord) return kNoWord;
    if (slot.check != check) continue;
    // Below 255 bytes the check holds the exact length.
    if (s.size() < 255 ? (s.empty() || std::memcmp(slot.data, s.data(), s.size()) == 0) : views_[slot.id] == s)
      return slot.id;
  }
}

WordId StringTable::Intern(std::string_view s, uint64_t hash) {
  if (WordId id = Find(s, hash); id != kNoWord) return id;
  if ((views_.size() + 1) * 2 > slots_.size()) Grow();
  auto id = static_cast<WordId>(views_.size());
  std::string_view stored = Store(s);
  views_.push_back(stored);
  Place(slots_, {stored.data(), id, Check(hash, s.size())}, hash);
  return id;
}

void StringTable::Place(std::vector<Slot>& slots, const Slot& slot, uint64_t hash) {
  const size_t mask = slots.size() - 1;
  size_t i = hash & mask;
  while (slots[i].id != kNoWord) i = (i + 1) & mask;
  slots[i] = slot;
}

std::string_view StringTable::Store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > kBlockBytes / 4) {
    // A long string gets a block of its own.
    long_strings_.push_back(std::make_unique<char[]>(s.size()));
    std::memcpy(long_strings_.back().get(), s.data(), s.size());
    return {long_strings_.back().get(), s.size()};
  }
  if (block_left_ < s.size()) {
    blocks_.push_back(std::make_unique<char[]>(kBlockBytes));
    block_left_ = kBlockBytes;
  }
  char* at = blocks_.back().get() + (kBlockBytes - block_left_);
  std::memcpy(at, s.data(), s.size());
  block_left_ -= s.size();
  return {at, s.size()};
}

void StringTable::Grow() { Rehash(slots_.size() * 2); }

void StringTable::Reserve(size_t words) {
  size_t slots = slots_.size();
  while (words * 2 > slots) slots *= 2;
  if (slots != slots_.size()) Rehash(slots);
  views_.reserve(words);
}

void StringTable::Rehash(size_t slot_count) {
  std::vector<Slot> bigger(slot_count);
  for (WordId id = 1; id < views_.size(); ++id) {
    uint64_t hash = Hash(views_[id]);
    Place(bigger, {views_[id].data(), id, Check(hash, views_[id].size())}, hash);
  }
  slots_.swap(bigger);
}

void StringTable::Clear() {
  views_.resize(1);
  if (slots_.size() > kKeptSlots) slots_.assign(kInitialSlots, Slot{});
  else std::fill(slots_.begin(), slots_.end(), Slot{});
  long_strings_.clear();
  // Keep one block for the next document.
  if (blocks_.size() > 1) blocks_.resize(1);
  block_left_ = blocks_.empty() ? 0 : kBlockBytes;
}

WordId LocalVocabulary::Intern(std::string_view s) {
  uint64_t hash = StringTable::Hash(s);
  if (WordId id = shared_->Find(s, hash); id != kNoWord) return id;
  WordId local = local_.Intern(s, hash);
  return shared_->size() + local - 1;
}

WordId LocalVocabulary::Find(std::string_view s) const {
  uint64_t hash = StringTable::Hash(s);
  if (WordId id = shared_->Find(s, hash); id != kNoWord) return id;
  WordId local = local_.Find(s, hash);
  return local == kNoWord ? kNoWord : shared_->size() + local - 1;
}

std::string_view LocalVocabulary::Text(WordId id) const {
  if (id < shared_->size()) return shared_->Text(id);
  return local_.Text(id - shared_->size() + 1);
}

}  // namespace casus
