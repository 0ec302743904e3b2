// Tokenizer: news abbreviations, initials, clitics, quotes, dashes, numbers,
// datelines, and the span invariant text.substr(begin, end - begin) == surface.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "casus/doc.h"
#include "text/tokenizer.h"

namespace casus {
namespace {

class TokenizerTest : public ::testing::Test {
 protected:
  void Tokenize(const std::string& text) {
    doc_.Reset("t", text, "");
    ASSERT_TRUE(Tokenizer().Process(doc_).ok());
    for (const Token& t : doc_.tokens) {
      ASSERT_LE(t.begin, t.end);
      ASSERT_LE(t.end, doc_.text.size());
    }
  }
  std::vector<std::string> Surfaces() const {
    std::vector<std::string> out;
    for (const Token& t : doc_.tokens) out.emplace_back(doc_.Surface(t));
    return out;
  }
  std::vector<std::string> Forms() const {
    std::vector<std::string> out;
    for (const Token& t : doc_.tokens) out.emplace_back(doc_.words.Text(t.form));
    return out;
  }
  std::vector<std::string> Lowers() const {
    std::vector<std::string> out;
    for (const Token& t : doc_.tokens) out.emplace_back(doc_.words.Text(t.lower));
    return out;
  }
  using V = std::vector<std::string>;
  Vocabulary vocab_;
  Doc doc_{&vocab_};
};

TEST_F(TokenizerTest, AbbreviationsAndAcronymsKeepTheirPeriods) {
  Tokenize("Gen. Smith met U.S. and U.N. officials in Washington, D.C. on Sept. 3, e.g. at 10 a.m. today.");
  EXPECT_EQ(Surfaces(), (V{"Gen.", "Smith", "met", "U.S.", "and", "U.N.", "officials", "in", "Washington", ",",
                           "D.C.", "on", "Sept.", "3", ",", "e.g.", "at", "10", "a.m.", "today", "."}));
}

TEST_F(TokenizerTest, MoreAbbreviationsAndSentenceFinalPeriods) {
  Tokenize("Lt. Col. Jones, Mr. Lee and Dr. Kay of Acme Inc. said no. The U.K. vs. France, No. 10.");
  EXPECT_EQ(Surfaces(), (V{"Lt.", "Col.", "Jones", ",", "Mr.", "Lee", "and", "Dr.", "Kay", "of", "Acme", "Inc.",
                           "said", "no", ".", "The", "U.K.", "vs.", "France", ",", "No.", "10", "."}));
}

TEST_F(TokenizerTest, InitialsKeepTheirPeriod) {
  Tokenize("George W. Bush and J. R. R. Tolkien, plan b.");
  EXPECT_EQ(Surfaces(), (V{"George", "W.", "Bush", "and", "J.", "R.", "R.", "Tolkien", ",", "plan", "b", "."}));
}

TEST_F(TokenizerTest, NumbersWithSeparators) {
  Tokenize("1,200 troops, 3.5 percent, 2-1 vote, $40 million in 2021.");
  EXPECT_EQ(Surfaces(), (V{"1,200", "troops", ",", "3.5", "percent", ",", "2-1", "vote", ",", "$", "40", "million",
                           "in", "2021", "."}));
  EXPECT_TRUE(doc_.tokens[0].Has(kNumber));
  EXPECT_TRUE(doc_.tokens[3].Has(kNumber));
  EXPECT_TRUE(doc_.tokens[6].Has(kHyphenated));
  EXPECT_FALSE(doc_.tokens[1].Has(kNumber));
}

TEST_F(TokenizerTest, HyphenatedWordsStayWhole) {
  Tokenize("el-Sisi and al-Assad met anti-government, pro-Russian U.S.-backed groups.");
  EXPECT_EQ(Surfaces(), (V{"el-Sisi", "and", "al-Assad", "met", "anti-government", ",", "pro-Russian", "U.S.-backed",
                           "groups", "."}));
  EXPECT_TRUE(doc_.tokens[0].Has(kHyphenated));
  EXPECT_TRUE(doc_.tokens[7].Has(kHyphenated));
}

TEST_F(TokenizerTest, CliticsAreSplit) {
  Tokenize("Russia's protesters' demands: didn't, can't, won't, I'm, they're, we've, he'll, she'd, O'Brien.");
  EXPECT_EQ(Surfaces(), (V{"Russia", "'s", "protesters", "'", "demands", ":", "did", "n't", ",", "ca", "n't", ",",
                           "wo", "n't", ",", "I", "'m", ",", "they", "'re", ",", "we", "'ve", ",", "he", "'ll", ",",
                           "she", "'d", ",", "O'Brien", "."}));
}

TEST_F(TokenizerTest, CurlyApostrophesAndModifierLetterActLikeStraightOnes) {
  Tokenize("Russia\u2019s army didn\u2019t move; Kyiv\u02BCs too.");
  EXPECT_EQ(Surfaces(), (V{"Russia", "\u2019s", "army", "did", "n\u2019t", "move", ";", "Kyiv", "\u02BCs", "too", "."}));
  EXPECT_EQ(Forms(), (V{"Russia", "'s", "army", "did", "n't", "move", ";", "Kyiv", "'s", "too", "."}));
}

TEST_F(TokenizerTest, QuotesDashesAndParentheses) {
  Tokenize("\u201CWe will fight,\u201D he said \u2014 or \u2018not\u2019 -- (maybe) \"yes\" - no \u2013 2.");
  EXPECT_EQ(Surfaces(), (V{"\u201C", "We", "will", "fight", ",", "\u201D", "he", "said", "\u2014", "or", "\u2018",
                           "not", "\u2019", "--", "(", "maybe", ")", "\"", "yes", "\"", "-", "no", "\u2013", "2", "."}));
  EXPECT_EQ(Forms(), (V{"\"", "We", "will", "fight", ",", "\"", "he", "said", "--", "or", "'", "not", "'", "--", "(",
                        "maybe", ")", "\"", "yes", "\"", "--", "no", "--", "2", "."}));
  EXPECT_TRUE(doc_.tokens[0].Has(kPunctuation));
}

TEST_F(TokenizerTest, EnDashBetweenNumbersIsAHyphen) {
  Tokenize("a 2\u20131 win");
  EXPECT_EQ(Surfaces(), (V{"a", "2\u20131", "win"}));
  EXPECT_EQ(Forms(), (V{"a", "2-1", "win"}));
}

TEST_F(TokenizerTest, FormsAreNfcAndLowerCaseIsUnicodeAware) {
  // "Cafe" + combining acute: NFC composes it; no-break space separates.
  Tokenize("Cafe\u0301\u00A0\u00C9COLE \u0130stanbul");
  EXPECT_EQ(Surfaces(), (V{"Cafe\u0301", "\u00C9COLE", "\u0130stanbul"}));
  EXPECT_EQ(Forms()[0], "Caf\u00E9");
  EXPECT_EQ(Lowers()[1], "\u00E9cole");
  EXPECT_TRUE(doc_.tokens[1].Has(kAllCaps));
  EXPECT_TRUE(doc_.tokens[2].Has(kCapitalized));
}

TEST_F(TokenizerTest, FlagsAndLowerForms) {
  Tokenize("NATO Obama iPhone 42 ...");
  EXPECT_EQ(Lowers(), (V{"nato", "obama", "iphone", "42", "..."}));
  EXPECT_TRUE(doc_.tokens[0].Has(kAllCaps));
  EXPECT_TRUE(doc_.tokens[0].Has(kCapitalized));
  EXPECT_TRUE(doc_.tokens[1].Has(kCapitalized));
  EXPECT_FALSE(doc_.tokens[1].Has(kAllCaps));
  EXPECT_FALSE(doc_.tokens[2].Has(kCapitalized));
  EXPECT_TRUE(doc_.tokens[3].Has(kNumber));
  EXPECT_TRUE(doc_.tokens[4].Has(kPunctuation));
  EXPECT_EQ(doc_.tokens[0].lemma, kNoWord);
  EXPECT_EQ(doc_.tokens[0].tag, PosTag::kNone);
}

TEST_F(TokenizerTest, Datelines) {
  struct Case {
    std::string text, dateline, first_token;
  };
  std::vector<Case> cases = {
      {"BEIJING (Reuters) - China said", "BEIJING (Reuters) -", "China"},
      {"WASHINGTON, March 3 (AP) \u2014 The Senate voted", "WASHINGTON, March 3 (AP) \u2014", "The"},
      {"KABUL, Afghanistan \u2014 Gunmen attacked", "KABUL, Afghanistan \u2014", "Gunmen"},
      {"MOSCOW \u2014 Russia said", "MOSCOW \u2014", "Russia"},
      {"  NEW YORK, N.Y. (AFP) -- Stocks fell", "NEW YORK, N.Y. (AFP) --", "Stocks"},
      {"UNITED NATIONS: The council met", "UNITED NATIONS:", "The"},
  };
  for (const auto& c : cases) {
    Tokenize(c.text);
    EXPECT_EQ(doc_.Surface(doc_.dateline.begin, doc_.dateline.end), c.dateline) << c.text;
    ASSERT_FALSE(doc_.tokens.empty());
    EXPECT_EQ(doc_.Surface(doc_.tokens[0]), c.first_token) << c.text;
  }
}

TEST_F(TokenizerTest, NotDatelines) {
  for (std::string text : {"U.S. officials - said", "The BEIJING (Reuters) - x", "NATO allies met - today",
                           "A - b", "IRAN-BACKED groups"}) {
    Tokenize(text);
    EXPECT_TRUE(doc_.dateline.empty()) << text;
  }
}

TEST_F(TokenizerTest, SkippedSpansAndDatelineProduceNoTokens) {
  std::string text = "Advertisement\nLONDON (Reuters) - Talks resumed.\nPhoto: X/Reuters\nThey ended.";
  doc_.Reset("t", text, "");
  doc_.skipped.push_back({0, 13});
  size_t photo = text.find("Photo");
  doc_.skipped.push_back({static_cast<uint32_t>(photo), static_cast<uint32_t>(text.find('\n', photo))});
  ASSERT_TRUE(Tokenizer().Process(doc_).ok());
  EXPECT_EQ(doc_.Surface(doc_.dateline.begin, doc_.dateline.end), "LONDON (Reuters) -");
  EXPECT_EQ(Surfaces(), (V{"Talks", "resumed", ".", "They", "ended", "."}));
}

TEST_F(TokenizerTest, SpansMatchSurfacesOnHostileInput) {
  std::string text = "\xFF\xFE bad \xC3 bytes \xE2\x80 end'' ''' --- ... !!! ?! ' s- -s a.b.c. 1,2,3. \x01\x02 \t\r\n";
  Tokenize(text);
  for (const Token& t : doc_.tokens) {
    EXPECT_FALSE(doc_.Surface(t).empty());
    EXPECT_NE(t.form, kNoWord);
    EXPECT_NE(t.lower, kNoWord);
  }
  // Tokens are in order and do not overlap.
  for (size_t i = 1; i < doc_.tokens.size(); ++i) EXPECT_LE(doc_.tokens[i - 1].end, doc_.tokens[i].begin);
}

TEST_F(TokenizerTest, EmptyAndWhitespaceText) {
  Tokenize("");
  EXPECT_TRUE(doc_.tokens.empty());
  Tokenize(" \n\t ");
  EXPECT_TRUE(doc_.tokens.empty());
}

}  // namespace
}  // namespace casus
