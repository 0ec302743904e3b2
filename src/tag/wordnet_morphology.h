// WordNet's morphology ("morphy"): base forms from the exception lists
// (verb.exc: "fled flee", noun.exc: "children child") and from detachment
// rules per part of speech ("-ies" -> "-y"), a candidate being accepted only
// when WordNet's index lists it for that part of speech. Index lemmas are
// interned into the shared Vocabulary, so membership is a flat-array test.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/status.h"
#include "casus/vocabulary.h"

namespace casus {

enum class LemmaClass : uint8_t { kNoun = 0, kVerb = 1, kAdjective = 2, kCount = 3 };

class WordNetMorphology {
 public:
  // `dir` holds index.{noun,verb,adj} and {noun,verb,adj}.exc (Debian's wordnet-base: /usr/share/wordnet).
  static Result<WordNetMorphology> Load(const std::string& dir, Vocabulary& vocab);

  bool InIndex(WordId id, LemmaClass c) const {
    return id < index_bits_.size() && (index_bits_[id] & (1u << static_cast<unsigned>(c))) != 0;
  }
  // The exception list's base form of an inflected word, or kNoWord.
  WordId Exception(WordId id, LemmaClass c) const;
  // Base form of lower-case `word` by exceptions then detachment rules; kNoWord
  // when WordNet knows no base form other than the word itself. `scratch` is
  // reused for candidate strings.
  WordId BaseForm(std::string_view word, WordId id, LemmaClass c, std::string& scratch) const;

 private:
  explicit WordNetMorphology(const Vocabulary& vocab) : vocab_(&vocab) {}
  Status ReadIndex(const std::string& path, LemmaClass c, Vocabulary& vocab);
  Status ReadExceptions(const std::string& path, LemmaClass c, Vocabulary& vocab);
  WordId Accept(std::string& scratch, LemmaClass c) const;

  const Vocabulary* vocab_;
  std::vector<uint8_t> index_bits_;  // per WordId: bit c set when in index of class c
  std::unordered_map<WordId, WordId> exceptions_[static_cast<size_t>(LemmaClass::kCount)];
};

}  // namespace casus
