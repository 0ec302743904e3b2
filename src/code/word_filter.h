// Which words occur in a run of tokens, as a 1024-bit Bloom filter over the
// tokens' lemma and lower-case ids: "no" is certain, "maybe" is not. The
// pattern matcher asks it for each pattern's required words before trying the
// pattern, so a verb with hundreds of patterns tries only those whose words
// are in the sentence.
#pragma once

#include <array>
#include <cstdint>

#include "casus/doc.h"

namespace casus {

class WordFilter {
 public:
  // Records tokens [first, end) of `doc`.
  WordFilter(const Doc& doc, uint32_t first, uint32_t end) : first_(first), end_(end) {
    for (uint32_t t = first; t < end; ++t) {
      Add(doc.tokens[t].lemma);
      Add(doc.tokens[t].lower);
    }
  }

  // False only when no token in the range has `word` as lemma or lower-case form.
  bool MayContain(WordId word) const {
    uint32_t b = Bit(word);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }
  // True when every token in [first, end) was recorded.
  bool Covers(uint32_t first, uint32_t end) const { return first >= first_ && end <= end_; }

 private:
  static uint32_t Bit(WordId word) { return (word * 2654435761u) >> 22; }  // 10 bits
  void Add(WordId word) {
    uint32_t b = Bit(word);
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }

  std::array<uint64_t, 16> bits_{};
  uint32_t first_, end_;
};

}  // namespace casus
