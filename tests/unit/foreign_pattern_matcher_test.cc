// The pattern elements foreign dictionaries add: words before the trigger,
// synset alternatives, TABARI stems and skipped noun phrases. A Doc is built
// by hand (tokens and noun phrases), so only the matcher is under test.
#include <gtest/gtest.h>

#include "code/pattern_matcher.h"

namespace casus {
namespace {

struct HandDoc {
  Vocabulary vocab;
  Doc doc{&vocab};
  std::vector<int32_t> phrase_of_token;

  // Words; "[a b]" groups make a noun phrase.
  explicit HandDoc(const std::vector<std::string>& words) {
    std::string text;
    int open = -1;
    for (const std::string& raw : words) {
      std::string w = raw;
      bool starts = w.front() == '[', ends = w.back() == ']';
      if (starts) w.erase(0, 1);
      if (ends) w.pop_back();
      Token t;
      t.begin = static_cast<uint32_t>(text.size());
      text += w + " ";
      t.end = t.begin + static_cast<uint32_t>(w.size());
      t.lower = t.lemma = t.form = vocab.Intern(w);
      auto index = static_cast<uint32_t>(doc.tokens.size());
      doc.tokens.push_back(t);
      if (starts) open = static_cast<int>(index);
      phrase_of_token.push_back(open >= 0 ? static_cast<int32_t>(doc.phrases.size()) : -1);
      if (ends && open >= 0) {
        Phrase p;
        p.first = static_cast<uint32_t>(open);
        p.end = index + 1;
        p.head = index;
        doc.phrases.push_back(p);
        open = -1;
      }
    }
    doc.text = text;
  }
  PatternContext Context() {
    return PatternContext{doc, phrase_of_token, 0, static_cast<uint32_t>(doc.tokens.size()), false};
  }
  PatternElement Word(const char* w, bool stem = false) {
    PatternElement e;
    e.lemma = vocab.Intern(w);
    e.stem = stem;
    return e;
  }
};

TEST(ForeignPatternMatcher, WordsBeforeTheTrigger) {
  HandDoc h({"[arnor]", "said", "it", "would", "restore", "[ties]"});
  VerbPattern p;
  p.before = {h.Word("said"), h.Word("would")};
  PatternMatch m;
  EXPECT_TRUE(MatchPattern(h.Context(), p, 4, m));
  p.before = {h.Word("would"), h.Word("said")};  // order matters
  EXPECT_FALSE(MatchPattern(h.Context(), p, 4, m));
  PatternElement source;
  source.kind = PatternElementKind::kSource;
  p.before = {source, h.Word("said")};
  PatternMatch with_source;
  EXPECT_TRUE(MatchPattern(h.Context(), p, 4, with_source));
  EXPECT_EQ(with_source.source, 0);
}

TEST(ForeignPatternMatcher, SynsetsStemsAndSkips) {
  HandDoc h({"[gondor]", "sent", "[the]", "rocket", "launcher", "to", "[arnor]"});
  VerbPattern p;
  PatternElement any;
  any.kind = PatternElementKind::kAnyOf;
  any.any_of = {{h.vocab.Intern("rifle")}, {h.vocab.Intern("rocket"), h.vocab.Intern("launcher")}};
  PatternElement target;
  target.kind = PatternElementKind::kTarget;
  p.rest = {any, h.Word("to"), target};
  PatternMatch m;
  ASSERT_TRUE(MatchPattern(h.Context(), p, 1, m));
  EXPECT_EQ(m.target, 2);
  EXPECT_EQ(m.last_token, 7u);
  p.rest = {h.Word("launch", true)};  // a TABARI stem
  EXPECT_TRUE(MatchPattern(h.Context(), p, 1, m));
  p.rest = {h.Word("launch", false)};
  EXPECT_FALSE(MatchPattern(h.Context(), p, 1, m));
  PatternElement skip;
  skip.kind = PatternElementKind::kSkipPhrase;
  p.rest = {skip, h.Word("rocket")};
  EXPECT_TRUE(MatchPattern(h.Context(), p, 1, m));
}

}  // namespace
}  // namespace casus
