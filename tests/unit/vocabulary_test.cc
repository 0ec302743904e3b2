#include "casus/vocabulary.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

TEST(Vocabulary, InternsOnceAndExtendsPerDocument) {
  Vocabulary shared;
  WordId china = shared.Intern("china");
  EXPECT_EQ(shared.Intern("china"), china);
  EXPECT_NE(china, kNoWord);
  LocalVocabulary local(&shared);
  EXPECT_EQ(local.Find("china"), china);
  WordId lavrov = local.Intern("lavrov");
  EXPECT_GE(lavrov, shared.size());
  EXPECT_EQ(local.Text(lavrov), "lavrov");
  EXPECT_EQ(local.Intern("lavrov"), lavrov);
  local.Clear();
  EXPECT_EQ(local.Find("lavrov"), kNoWord);
}

}  // namespace
}  // namespace casus
