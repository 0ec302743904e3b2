// StringTable: the flat intern table behind the shared and per-document vocabularies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "casus/vocabulary.h"

namespace casus {
namespace {

TEST(StringTable, InternsOnceWithSequentialIdsThroughGrowth) {
  StringTable table;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  std::vector<std::string_view> views;
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(table.Intern(words[i]), static_cast<WordId>(i + 1));
    views.push_back(table.Text(static_cast<WordId>(i + 1)));
  }
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(table.Intern(words[i]), static_cast<WordId>(i + 1));
    EXPECT_EQ(table.Find(words[i]), static_cast<WordId>(i + 1));
    // Views taken before the table grew still show the word: strings never move.
    EXPECT_EQ(views[i], words[i]);
  }
  EXPECT_EQ(table.Find("absent"), kNoWord);
  EXPECT_EQ(table.size(), words.size() + 1);
}

TEST(StringTable, EmptyLongAndPrefixStringsAreDistinct) {
  StringTable table;
  std::string long_word(100000, 'x');
  WordId empty = table.Intern("");
  WordId a = table.Intern("abcdefgh"), b = table.Intern("abcdefghi"), c = table.Intern("abcdefg");
  WordId big = table.Intern(long_word);
  EXPECT_NE(empty, kNoWord);
  EXPECT_EQ(table.Text(empty), "");
  EXPECT_EQ(table.Text(big), long_word);
  EXPECT_EQ(table.Find(long_word), big);
  EXPECT_EQ(table.Find(std::string(99999, 'x')), kNoWord);
  EXPECT_EQ((std::vector<WordId>{a, b, c}), (std::vector<WordId>{2, 3, 4}));
  EXPECT_EQ(table.Find(std::string_view("abcdefghi", 8)), a);
}

TEST(StringTable, ClearForgetsEverything) {
  StringTable table;
  for (int i = 0; i < 100000; ++i) table.Intern("word" + std::to_string(i));
  table.Clear();
  EXPECT_EQ(table.size(), 1u);
  EXPECT_EQ(table.Find("word5"), kNoWord);
  EXPECT_EQ(table.Intern("word5"), 1u);
  EXPECT_EQ(table.Text(1), "word5");
}

TEST(LocalVocabulary, SharedIdsFirstThenLocalOnes) {
  Vocabulary shared;
  WordId peace = shared.Intern("peace");
  shared.Intern("talks");
  LocalVocabulary local(&shared);
  EXPECT_EQ(local.Intern("peace"), peace);
  WordId novel = local.Intern("novelword");
  EXPECT_EQ(novel, shared.size());
  EXPECT_FALSE(local.IsShared(novel));
  EXPECT_EQ(local.Text(novel), "novelword");
  EXPECT_EQ(local.Find("novelword"), novel);
  local.Clear();
  EXPECT_EQ(local.Find("novelword"), kNoWord);
  EXPECT_EQ(local.Find("talks"), shared.Find("talks"));
}

}  // namespace
}  // namespace casus
