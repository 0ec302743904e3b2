// The sentence word filter in front of MatchPattern: a pattern whose exact
// words are missing is rejected, one whose words are there matches as before,
// and a filter that does not cover the tokens a pattern may look at is ignored.
#include <gtest/gtest.h>

#include "code/pattern_matcher.h"
#include "code/word_filter.h"
#include "dict/verb_dictionary.h"

namespace casus {
namespace {

struct HandSentence {
  Vocabulary vocab;
  Doc doc{&vocab};
  std::vector<int32_t> phrase_of_token;
  explicit HandSentence(const std::vector<std::string>& words) {
    for (const std::string& w : words) {
      Token t;
      t.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += w + " ";
      t.end = t.begin + static_cast<uint32_t>(w.size());
      t.lower = t.lemma = t.form = vocab.Intern(w);
      doc.tokens.push_back(t);
      phrase_of_token.push_back(-1);
    }
  }
  PatternElement Word(const char* w, bool stem = false) {
    PatternElement e;
    e.lemma = vocab.Intern(w);
    e.stem = stem;
    return e;
  }
};

TEST(WordFilter, AddRecordsTheExactWordsAPatternNeeds) {
  HandSentence s({"x"});
  VerbDictionary verbs;
  VerbPattern p;
  p.trigger = s.vocab.Intern("call");
  p.before = {s.Word("said")};
  p.rest = {s.Word("on"), s.Word("launch", /*stem=*/true), s.Word("to")};
  verbs.Add(p);
  const VerbPattern& added = verbs.pattern(verbs.VerbPatterns(p.trigger)[0]);
  ASSERT_EQ(added.required_count, 3);
  EXPECT_EQ(added.required_words[0], s.vocab.Find("said"));
  EXPECT_EQ(added.required_words[1], s.vocab.Find("on"));
  EXPECT_EQ(added.required_words[2], s.vocab.Find("to"));  // not the stem "launch"
}

TEST(WordFilter, RejectsOnlyPatternsWhoseWordsAreAbsent) {
  HandSentence s({"they", "called", "on", "rivals", "to", "talk"});
  VerbDictionary verbs;
  VerbPattern present;
  present.trigger = s.vocab.Intern("called");
  present.rest = {s.Word("on"), s.Word("to")};
  VerbPattern absent = present;
  absent.rest = {s.Word("for")};
  verbs.Add(present);
  verbs.Add(absent);
  const VerbPattern& with_words = verbs.pattern(0);
  const VerbPattern& without = verbs.pattern(1);
  uint32_t end = static_cast<uint32_t>(s.doc.tokens.size());
  WordFilter words(s.doc, 0, end);
  EXPECT_TRUE(words.MayContain(s.vocab.Find("rivals")));
  PatternContext filtered{s.doc, s.phrase_of_token, 0, end, false, &words};
  PatternMatch m;
  EXPECT_TRUE(MatchPattern(filtered, with_words, 1, m));
  EXPECT_EQ(m.last_token, 5u);
  EXPECT_FALSE(MatchPattern(filtered, without, 1, m));

  // A filter over the first two tokens only does not cover the pattern's reach:
  // it is not consulted, and the pattern still matches.
  WordFilter partial(s.doc, 0, 2);
  EXPECT_FALSE(partial.Covers(0, end));
  PatternContext wider{s.doc, s.phrase_of_token, 0, end, false, &partial};
  EXPECT_TRUE(MatchPattern(wider, with_words, 1, m));
}

}  // namespace
}  // namespace casus
