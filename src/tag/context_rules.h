// Contextual correction rules, in the style of Brill's transformations: each
// looks at a token's candidate tags and its neighbours' current tags and may
// change its tag. They run in one left-to-right pass per sentence, so a rule
// sees already-corrected tags to its left and lexicon tags to its right.
#pragma once

#include <cstdint>

#include "casus/doc.h"
#include "casus/vocabulary.h"
#include "tag/tag_set.h"

namespace casus {

// Word ids the rules test for. Interned at load, so the rules compare integers.
struct KeyWords {
  WordId be = 0, am = 0, is = 0, are = 0, was = 0, were = 0, been = 0, being = 0;
  WordId have = 0, has = 0, had = 0, having = 0, apostrophe_ve = 0;
  WordId apostrophe_s = 0, apostrophe_re = 0, apostrophe_m = 0, apostrophe_d = 0, apostrophe_ll = 0;
  WordId do_ = 0, does = 0, did = 0, get = 0, gets = 0, got = 0, gotten = 0;
  WordId that = 0, to = 0, by = 0, of = 0, as = 0, such = 0, there = 0, not_ = 0, nt = 0;
  WordId us_upper = 0, us_dotted = 0;
  WordId willing = 0;
  WordId very = 0, too = 0, extremely = 0, increasingly = 0;  // degree adverbs
  WordId i = 0, you = 0, we = 0, they = 0, he = 0, she = 0, it = 0, who = 0;

  static KeyWords Intern(Vocabulary& vocab);
  bool IsBe(WordId w) const {
    return w == be || w == am || w == is || w == are || w == was || w == were || w == been || w == being ||
           w == apostrophe_re || w == apostrophe_m;
  }
  bool IsHave(WordId w) const { return w == have || w == has || w == had || w == having || w == apostrophe_ve; }
  bool IsDo(WordId w) const { return w == do_ || w == does || w == did; }
  bool IsGet(WordId w) const { return w == get || w == gets || w == got || w == gotten; }
  bool IsDegreeAdverb(WordId w) const { return w == very || w == too || w == extremely || w == increasingly; }
  bool IsSubjectPronoun(WordId w) const {
    return w == i || w == you || w == we || w == they || w == he || w == she || w == it;
  }
};

// `tokens[0, n)` is one sentence with initial tags set; `options[k]` is every
// tag token k may take (from the lexicon or the guesser).
void ApplyContextRules(const KeyWords& keys, Token* tokens, const TagSet* options, uint32_t n);

}  // namespace casus
