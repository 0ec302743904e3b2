// The tagger's lexicon: for each known word, the Penn tags it can take, most
// frequent first. Words are interned into the shared Vocabulary when the
// lexicon loads, so a lookup at run time is an index into a flat array by
// WordId instead of a string hash per token.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "casus/status.h"
#include "casus/vocabulary.h"
#include "tag/tag_set.h"

namespace casus {

struct LexiconEntry {
  TagSet tags = 0;                  // every tag the word can take
  std::array<PosTag, 4> ranked{};   // the first (up to) four, most frequent first
  bool known() const { return tags != 0; }
  PosTag best() const { return ranked[0]; }
  // True when the word is known only as a proper noun ("China", "Gondor").
  bool only_proper() const { return tags != 0 && (tags & ~kProperTags) == 0; }
};

class TagLexicon {
 public:
  // Reads "word<TAB>TAG|TAG|..." lines (the build's lexicon.tsv). Unknown tag
  // names are skipped; old Brown names NP/NPS are read as NNP/NNPS.
  static Result<TagLexicon> Load(const std::string& path, Vocabulary& vocab);

  // The entry of a word id; an empty entry for ids the lexicon never saw
  // (including every per-document id).
  const LexiconEntry& Find(WordId id) const {
    return id < entries_.size() ? entries_[id] : kUnknown;
  }
  // Adds or replaces an entry (closed-class words the lexicon lacks: "'re").
  void Set(WordId id, std::initializer_list<PosTag> ranked);
  size_t known_words() const { return known_; }

 private:
  static const LexiconEntry kUnknown;
  std::vector<LexiconEntry> entries_;
  size_t known_ = 0;
};

}  // namespace casus
