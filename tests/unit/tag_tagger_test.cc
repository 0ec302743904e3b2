#include <gtest/gtest.h>

#include <utility>

#include "tag_test_util.h"

namespace casus {
namespace {

using tag_test::SharedModels;

class TaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!SharedModels().error.empty()) GTEST_SKIP() << "tagger data missing: " << SharedModels().error;
  }
  // Tags `sentence` and returns "word/TAG word/TAG ...".
  std::string Tagged(const std::string& sentence) {
    tag_test::Models& m = SharedModels();
    Doc doc(&m.vocab);
    tag_test::BuildDoc(doc, {tag_test::SplitWords(sentence)});
    EXPECT_TRUE(m.tagger->Process(doc).ok());
    std::string out;
    for (const Token& t : doc.tokens) {
      if (!out.empty()) out += ' ';
      out += std::string(doc.words.Text(t.form)) + "/" + std::string(PosTagName(t.tag));
    }
    return out;
  }
  // Each expectation is "word/TAG"; the word must appear with that tag.
  void Expect(const std::string& sentence, std::initializer_list<const char*> expected) {
    std::string tagged = " " + Tagged(sentence) + " ";
    for (const char* e : expected)
      EXPECT_NE(tagged.find(" " + std::string(e) + " "), std::string::npos) << e << " in:" << tagged;
  }
};

TEST_F(TaggerTest, NewsVerbsInVerbPosition) {
  Expect("Russia warned Ukraine on Monday.", {"Russia/NNP", "warned/VBD", "Ukraine/NNP", "Monday/NNP", "./."});
  Expect("Police arrest protesters in Cairo.", {"Police/NNS", "arrest/VBP", "protesters/NNS", "in/IN"});
  Expect("Rebels attack the city every night.", {"attack/VBP", "the/DT", "city/NN"});
  Expect("Russia shells Kyiv again.", {"shells/VBZ"});
  Expect("The US sanctions Iran over its nuclear program.", {"US/NNP", "sanctions/VBZ"});
  Expect("Gunmen kidnapped two aid workers.", {"Gunmen/NNS", "kidnapped/VBD", "two/CD", "workers/NNS"});
  Expect("Thousands fled the fighting.", {"fled/VBD", "fighting/NN"});
  Expect("A missile struck a school.", {"struck/VBD", "school/NN"});
  Expect("They condemn the attack and demand an inquiry.", {"condemn/VBP", "attack/NN", "demand/VBP", "inquiry/NN"});
  Expect("Egypt accused Israel of violating the truce.", {"accused/VBD", "violating/VBG"});
  Expect("The president will visit Moscow to meet Putin.", {"will/MD", "visit/VB", "to/TO", "meet/VB"});
  Expect("He has warned that the army would attack.", {"has/VBZ", "warned/VBN", "that/IN", "attack/VB"});
  Expect("Two journalists were kidnapped by militants.", {"were/VBD", "kidnapped/VBN", "by/IN"});
  Expect("The minister was struck by a stone.", {"struck/VBN"});
  Expect("Protesters are demanding new elections.", {"demanding/VBG", "elections/NNS"});
}

TEST_F(TaggerTest, NewsVerbsInNounPosition) {
  Expect("The attack killed five people.", {"attack/NN", "killed/VBD", "people/NNS"});
  Expect("Attacks on civilians continued.", {"Attacks/NNS", "on/IN", "continued/VBD"});
  Expect("US sanctions on Iran hurt its economy.", {"US/NNP", "sanctions/NNS", "on/IN"});
  Expect("Talks between the two sides collapsed.", {"Talks/NNS", "between/IN", "collapsed/VBD"});
  Expect("Its demand for a ceasefire was rejected.", {"Its/PRP$", "demand/NN", "rejected/VBN"});
  Expect("The visit of the Chinese premier ended.", {"visit/NN", "Chinese/JJ", "ended/VBD"});
  Expect("New arrests followed the raid.", {"arrests/NNS", "followed/VBD", "raid/NN"});
}

TEST_F(TaggerTest, FunctionWordsAndParticiples) {
  Expect("Russia's army said that it had seized the town.",
         {"'s/POS", "said/VBD", "that/IN", "it/PRP", "had/VBD", "seized/VBN", "town/NN"});
  Expect("It's clear that talks failed.", {"'s/VBZ"});
  Expect("Forces that attacked the base withdrew.", {"that/WDT", "attacked/VBD"});
  Expect("A man arrested in Paris was released.", {"arrested/VBN", "was/VBD", "released/VBN"});
  Expect("Officials said the Foreign Ministry summoned the envoy.",
         {"said/VBD", "Foreign/NNP", "Ministry/NNP", "summoned/VBD"});
  Expect("He did not attack anyone.", {"did/VBD", "not/RB", "attack/VB"});
}

TEST_F(TaggerTest, UnknownWordsAndPunctuation) {
  Expect("Zelenskyy met Erdogan in Ankara on 12 March ( local time ).",
         {"Zelenskyy/NNP", "met/VBD", "Erdogan/NNP", "12/CD", "(/(", ")/)"});
  Expect("The pro-Kremlin militia re-deployed 2,000 troops.", {"pro-Kremlin/JJ", "2,000/CD"});
  Expect("\" We will respond , \" he said .", {"\"/``", "will/MD", "respond/VB", ",/,"});
  Expect("RUSSIA WARNS UKRAINE", {"WARNS/VBZ"});
}

TEST_F(TaggerTest, EmptyAndOutOfRangeSentences) {
  tag_test::Models& m = SharedModels();
  Doc doc(&m.vocab);
  doc.Reset("empty", "", "");
  EXPECT_TRUE(m.tagger->Process(doc).ok());
  doc.sentences.push_back({0, 0, 0, 3});  // names tokens that do not exist
  EXPECT_FALSE(m.tagger->Process(doc).ok());
}

TEST(TaggerLoad, MissingLexiconIsAnError) {
  Vocabulary vocab;
  auto tagger = Tagger::Load("/nonexistent/lexicon.tsv", vocab);
  EXPECT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kNotFound);
  auto lemmatizer = Lemmatizer::Load("/nonexistent", vocab);
  EXPECT_FALSE(lemmatizer.ok());
}

}  // namespace
}  // namespace casus
