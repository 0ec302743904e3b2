// Matches one event pattern against the words around its trigger.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "casus/doc.h"
#include "code/word_filter.h"
#include "dict/verb_dictionary.h"

namespace casus {

struct PatternMatch {
  int target = -1;          // noun phrase at '+'
  int source = -1;          // noun phrase at '$'
  uint32_t last_token = 0;  // one past the last token the pattern used
  // PETRARCH `%`: the noun phrase of a compound actor, before the trigger
  // (the last of its conjuncts) or after it (the first); -1 when none.
  int compound = -1;
  bool compound_before = false;
};

struct PatternContext {
  const Doc& doc;
  const std::vector<int32_t>& phrase_of_token;  // phrase index per token, or -1
  uint32_t clause_begin = 0;  // first token the pattern may look at before the trigger
  uint32_t clause_end = 0;    // one past the last token it may look at after the trigger
  bool passive = false;       // a '+' with no noun phrase is then the subject, not a failure
  // The sentence's words, when the caller has them: patterns whose required
  // words are missing are rejected without looking further.
  const WordFilter* words = nullptr;
};

// False when a pattern needing `required` words cannot match at `trigger`
// because one of them is in none of the tokens it may look at (MatchPattern
// asks this first; the coder asks it from VerbDictionary's packed lists).
inline bool MayMatch(const PatternContext& c, const RequiredWords& required, uint32_t trigger) {
  if (c.words == nullptr) return true;
  // The matcher looks at [clause_begin, trigger) and (trigger, clause_end).
  if (!c.words->Covers(std::min(c.clause_begin, trigger), std::max(c.clause_end, trigger + 1))) return true;
  for (WordId word : required)
    if (word != kNoWord && !c.words->MayContain(word)) return false;
  return true;
}

// Whether a pattern word matches a token: its lemma or lower-cased form, or,
// for a TABARI stem, any word the stem begins ("ARGENTIN": "argentine").
bool PatternWordMatches(const Doc& doc, const Token& token, WordId word, bool stem);

// True when `pattern` matches with its trigger at token `trigger`.
bool MatchPattern(const PatternContext& context, const VerbPattern& pattern, uint32_t trigger, PatternMatch& out);

}  // namespace casus
