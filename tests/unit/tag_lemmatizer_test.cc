#include <gtest/gtest.h>

#include "tag_test_util.h"

namespace casus {
namespace {

using tag_test::SharedModels;

class LemmatizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!SharedModels().error.empty()) GTEST_SKIP() << "tagger or WordNet data missing: " << SharedModels().error;
  }
  // The lemma of `word` under `tag`, as the stage computes it.
  std::string Lemma(const std::string& word, PosTag tag) {
    Models& m = SharedModels();
    Doc doc(&m.vocab);
    tag_test::BuildDoc(doc, {{word}});
    doc.tokens[0].tag = tag;
    EXPECT_TRUE(m.lemmatizer->Process(doc).ok());
    return std::string(doc.words.Text(doc.tokens[0].lemma));
  }
  using Models = tag_test::Models;
};

TEST_F(LemmatizerTest, VerbsFromExceptionsAndRules) {
  EXPECT_EQ(Lemma("warned", PosTag::VBD), "warn");
  EXPECT_EQ(Lemma("fled", PosTag::VBD), "flee");
  EXPECT_EQ(Lemma("struck", PosTag::VBD), "strike");
  EXPECT_EQ(Lemma("kidnapped", PosTag::VBN), "kidnap");
  EXPECT_EQ(Lemma("attacked", PosTag::VBD), "attack");
  EXPECT_EQ(Lemma("attacks", PosTag::VBZ), "attack");
  EXPECT_EQ(Lemma("said", PosTag::VBD), "say");
  EXPECT_EQ(Lemma("says", PosTag::VBZ), "say");
  EXPECT_EQ(Lemma("met", PosTag::VBD), "meet");
  EXPECT_EQ(Lemma("meeting", PosTag::VBG), "meet");
  EXPECT_EQ(Lemma("arrested", PosTag::VBN), "arrest");
  EXPECT_EQ(Lemma("shelled", PosTag::VBD), "shell");
  EXPECT_EQ(Lemma("shelling", PosTag::VBG), "shell");
  EXPECT_EQ(Lemma("accused", PosTag::VBD), "accuse");
  EXPECT_EQ(Lemma("accuses", PosTag::VBZ), "accuse");
  EXPECT_EQ(Lemma("sanctioned", PosTag::VBD), "sanction");
  EXPECT_EQ(Lemma("visited", PosTag::VBD), "visit");
  EXPECT_EQ(Lemma("Condemned", PosTag::VBD), "condemn");
  EXPECT_EQ(Lemma("demanding", PosTag::VBG), "demand");
  EXPECT_EQ(Lemma("was", PosTag::VBD), "be");
  EXPECT_EQ(Lemma("are", PosTag::VBP), "be");
  EXPECT_EQ(Lemma("has", PosTag::VBZ), "have");
  EXPECT_EQ(Lemma("feed", PosTag::VB), "feed");  // base forms are not detached
}

TEST_F(LemmatizerTest, NounsAndAdjectives) {
  EXPECT_EQ(Lemma("sanctions", PosTag::NNS), "sanction");
  EXPECT_EQ(Lemma("talks", PosTag::NNS), "talk");
  EXPECT_EQ(Lemma("protesters", PosTag::NNS), "protester");
  EXPECT_EQ(Lemma("ministers", PosTag::NNS), "minister");
  EXPECT_EQ(Lemma("police", PosTag::NN), "police");
  EXPECT_EQ(Lemma("police", PosTag::NNS), "police");
  EXPECT_EQ(Lemma("people", PosTag::NNS), "people");
  EXPECT_EQ(Lemma("children", PosTag::NNS), "child");
  EXPECT_EQ(Lemma("women", PosTag::NNS), "woman");
  EXPECT_EQ(Lemma("churches", PosTag::NNS), "church");
  EXPECT_EQ(Lemma("casualties", PosTag::NNS), "casualty");
  EXPECT_EQ(Lemma("news", PosTag::NN), "news");
  EXPECT_EQ(Lemma("Ministers", PosTag::NNPS), "minister");
  EXPECT_EQ(Lemma("bigger", PosTag::JJR), "big");
  EXPECT_EQ(Lemma("better", PosTag::JJR), "good");
  EXPECT_EQ(Lemma("largest", PosTag::JJS), "large");
}

TEST_F(LemmatizerTest, OtherWordsKeepTheirLowerCaseForm) {
  EXPECT_EQ(Lemma("The", PosTag::DT), "the");
  EXPECT_EQ(Lemma("China", PosTag::NNP), "china");
  EXPECT_EQ(Lemma("quickly", PosTag::RB), "quickly");
  EXPECT_EQ(Lemma("n't", PosTag::RB), "not");
  EXPECT_EQ(Lemma("'ll", PosTag::MD), "will");
  EXPECT_EQ(Lemma("'s", PosTag::POS), "'s");
}

TEST_F(LemmatizerTest, WordsOutsideTheSharedVocabularyUseRules) {
  // Not in the lexicon nor in WordNet's index: rules find the WordNet base, or the word stays.
  EXPECT_EQ(Lemma("Zzyzxes", PosTag::NNPS), "zzyzxes");
  EXPECT_EQ(Lemma("rearrested", PosTag::VBD), "rearrested");
}

TEST_F(LemmatizerTest, EveryTokenGetsALemma) {
  Models& m = SharedModels();
  Doc doc(&m.vocab);
  tag_test::BuildDoc(doc, {tag_test::SplitWords("Gunmen kidnapped two aid workers, police said.")});
  ASSERT_TRUE(m.tagger->Process(doc).ok());
  ASSERT_TRUE(m.lemmatizer->Process(doc).ok());
  std::string lemmas;
  for (const Token& t : doc.tokens) {
    ASSERT_NE(t.lemma, kNoWord);
    lemmas += std::string(doc.words.Text(t.lemma)) + " ";
  }
  EXPECT_EQ(lemmas, "gunman kidnap two aid worker , police say . ");
}

}  // namespace
}  // namespace casus
