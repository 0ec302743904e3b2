// Guesses the tags of a word the lexicon does not know, from its shape:
// capitals, digits, hyphens and suffixes. News is full of such words (names
// of people, places and groups; "re-elected", "pro-Kremlin", "2,000").
#pragma once

#include <string_view>

#include "casus/vocabulary.h"
#include "tag/lexicon.h"
#include "tag/tag_set.h"

namespace casus {

struct TagGuess {
  PosTag best = PosTag::NN;
  TagSet tags = 0;  // every plausible tag, best included
};

struct WordShape {
  bool capitalized = false;    // first letter upper case
  bool all_caps = false;       // at least two letters, all upper case
  bool has_digit = false;
  bool has_letter = false;
  bool hyphenated = false;
};

WordShape ShapeOf(std::string_view word);

class UnknownWordGuesser {
 public:
  UnknownWordGuesser(const TagLexicon& lexicon, const Vocabulary& vocab) : lexicon_(lexicon), vocab_(vocab) {}
  // `word` is the surface form; `lower` its lower-case form.
  TagGuess Guess(std::string_view word, std::string_view lower, const WordShape& shape) const;

 private:
  TagGuess GuessHyphenated(std::string_view word, std::string_view lower, const WordShape& shape) const;
  static TagGuess GuessFromSuffix(std::string_view lower);

  const TagLexicon& lexicon_;
  const Vocabulary& vocab_;
};

}  // namespace casus
