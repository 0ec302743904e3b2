// Sentence splitting over tokens: final punctuation, abbreviations,
// closing quotes, paragraphs, headlines, and the token budget.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "casus/doc.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace casus {
namespace {

class SentenceSplitterTest : public ::testing::Test {
 protected:
  std::vector<std::string> Split(const std::string& text, SentenceSplitterOptions options = {}) {
    doc_.Reset("s", text, "");
    EXPECT_TRUE(Tokenizer().Process(doc_).ok());
    EXPECT_TRUE(SentenceSplitter(options).Process(doc_).ok());
    std::vector<std::string> out;
    uint32_t expected_first = 0;
    for (const Sentence& s : doc_.sentences) {
      EXPECT_EQ(s.first_token, expected_first);
      EXPECT_LT(s.first_token, s.end_token);
      EXPECT_EQ(s.begin, doc_.tokens[s.first_token].begin);
      EXPECT_EQ(s.end, doc_.tokens[s.end_token - 1].end);
      EXPECT_TRUE(doc_.tokens[s.first_token].Has(kSentenceStart));
      for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) EXPECT_FALSE(doc_.tokens[i].Has(kSentenceStart));
      expected_first = s.end_token;
      out.emplace_back(doc_.Surface(s.begin, s.end));
    }
    EXPECT_EQ(expected_first, doc_.tokens.size());
    return out;
  }
  using V = std::vector<std::string>;
  Vocabulary vocab_;
  Doc doc_{&vocab_};
};

TEST_F(SentenceSplitterTest, SplitsAfterFinalPunctuation) {
  EXPECT_EQ(Split("Troops moved in. Was it planned? Nobody knows! 12 died."),
            (V{"Troops moved in.", "Was it planned?", "Nobody knows!", "12 died."}));
}

TEST_F(SentenceSplitterTest, AbbreviationsDoNotSplitBeforeNames) {
  EXPECT_EQ(Split("Gen. Smith visited the U.S. Army base on Sept. 3 with Mr. Jones."),
            (V{"Gen. Smith visited the U.S. Army base on Sept. 3 with Mr. Jones."}));
}

TEST_F(SentenceSplitterTest, AbbreviationEndsSentenceBeforeTypicalStarter) {
  EXPECT_EQ(Split("China imposed sanctions on the U.S. The move angered Washington."),
            (V{"China imposed sanctions on the U.S.", "The move angered Washington."}));
  EXPECT_EQ(Split("He works for Acme Inc. He said so."), (V{"He works for Acme Inc.", "He said so."}));
}

TEST_F(SentenceSplitterTest, LowerCaseAfterPeriodContinues) {
  EXPECT_EQ(Split("The vote was 3 vs. 2 at approx. noon. Then it ended."),
            (V{"The vote was 3 vs. 2 at approx. noon.", "Then it ended."}));
}

TEST_F(SentenceSplitterTest, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(Split("He said, \"We will win.\" She disagreed. (It was late.) \u201CNo,\u201D they said."),
            (V{"He said, \"We will win.\"", "She disagreed.", "(It was late.)", "\u201CNo,\u201D they said."}));
  EXPECT_EQ(Split("\u201CWe will win.\u201D The crowd cheered."), (V{"\u201CWe will win.\u201D", "The crowd cheered."}));
}

TEST_F(SentenceSplitterTest, OpeningQuoteStartsASentence) {
  EXPECT_EQ(Split("Police arrived. \"Leave now,\" an officer said."),
            (V{"Police arrived.", "\"Leave now,\" an officer said."}));
}

TEST_F(SentenceSplitterTest, ParagraphBreakAlwaysSplits) {
  EXPECT_EQ(Split("Talks stalled on the\n\nsecond day"), (V{"Talks stalled on the", "second day"}));
  EXPECT_EQ(Split("Talks with Gen.\n \nSmith"), (V{"Talks with Gen.", "Smith"}));
}

TEST_F(SentenceSplitterTest, HeadlineLineSplitsWrappedTextDoesNot) {
  std::string text =
      "Russia and Ukraine agree to new talks\n"
      "Negotiators from Russia and Ukraine agreed on Tuesday to hold a new round\n"
      "of talks in Istanbul next week, officials from both countries said on\n"
      "Wednesday.";
  EXPECT_EQ(Split(text), (V{"Russia and Ukraine agree to new talks",
                            "Negotiators from Russia and Ukraine agreed on Tuesday to hold a new round\n"
                            "of talks in Istanbul next week, officials from both countries said on\n"
                            "Wednesday."}));
}

TEST_F(SentenceSplitterTest, WrappedLineEndingBeforeCapitalizedWordDoesNotSplit) {
  std::string text =
      "The foreign ministers of France and Germany met their counterpart from\n"
      "Poland in Warsaw on Monday to discuss the crisis on the eastern border.";
  EXPECT_EQ(Split(text).size(), 1u);
}

TEST_F(SentenceSplitterTest, SkippedLineBetweenTokensSplits) {
  std::string text = "Fighting continued\nAdvertisement\nOfficials said";
  doc_.Reset("s", text, "");
  doc_.skipped.push_back({19, 32});
  ASSERT_TRUE(Tokenizer().Process(doc_).ok());
  ASSERT_TRUE(SentenceSplitter().Process(doc_).ok());
  ASSERT_EQ(doc_.sentences.size(), 2u);
  EXPECT_EQ(doc_.Surface(doc_.sentences[1].begin, doc_.sentences[1].end), "Officials said");
}

TEST_F(SentenceSplitterTest, LongSentencesAreCappedAtCommasOrHard) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "word word word word, ";
  text += "end.";
  SentenceSplitterOptions options;
  options.max_tokens = 50;
  auto sentences = Split(text, options);
  ASSERT_GT(sentences.size(), 1u);
  for (const Sentence& s : doc_.sentences) EXPECT_LE(s.end_token - s.first_token, 50u);
  // Cuts fall after a comma when one is in reach.
  EXPECT_EQ(sentences[0].back(), ',');

  std::string no_commas;
  for (int i = 0; i < 120; ++i) no_commas += "word ";
  auto hard = Split(no_commas, options);
  EXPECT_EQ(hard.size(), 3u);
  EXPECT_EQ(doc_.sentences[0].end_token, 50u);
}

TEST_F(SentenceSplitterTest, EmptyDocumentHasNoSentences) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split("   \n\n ").empty());
}

}  // namespace
}  // namespace casus
