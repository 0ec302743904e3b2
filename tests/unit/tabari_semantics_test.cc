// Coding with a TABARI project applies TABARI's semantics (code/tabari_coder.h,
// docs/foreign-dictionaries.md "TABARI coding") on a small project of our own:
// actor phrases whose words may have others between them, null actors,
// <NOUN>/<ADJECTIVE> lists, patterns matched outward from the verb, and
// events with a missing target.
#include "casus/pipeline.h"
#include "foreign_test_util.h"

namespace casus {
namespace {

using testing::Code;
using testing::LoadPipeline;
using testing::TempDir;

constexpr const char* kVerbs =
    "CONDEMN  [122]\n"
    "PRAISE_  [051]\n"
    "MEET  [031]\n"
    "- $ WILL *  [036]\n";
constexpr const char* kActors =
    "<NOUN>\nTANKS_\nGUNS_\n</NOUN>\n"
    "<ADJECTIVE>\nOLD_\n</ADJECTIVE>\n"
    "KESTREL_  [KES]\n"
    "KESTREL RADIO_  [KESRAD]\n"
    "VARNA_  [VAR]\n"
    "SARN_  [SAR]\n"
    "OLD_REGIME_  [VAR <900101]\n"
    "NORTH_MARCH_  [NMA]\n";
constexpr const char* kProject =
    "Test project\n"
    "<verbsfile> t.verbs\n"
    "<actorsfile> t.actors\n";

class TabariSemantics : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("t.verbs", kVerbs);
    dir_.Write("t.actors", kActors);
    std::string project = dir_.Write("t.project", kProject);
    PipelineOptions options;
    options.tabari_project = project;
    pipeline_ = LoadPipeline(options);
    ASSERT_TRUE(pipeline_);
  }
  TempDir dir_;
  std::unique_ptr<Pipeline> pipeline_;
};

using V = std::vector<std::string>;

TEST_F(TabariSemantics, SpacedActorWordsMayHaveOthersBetweenThem) {
  EXPECT_EQ(Code(*pipeline_, "Kestrel state-run radio condemned Varna."), V{"KESRAD/VAR/122"});
  EXPECT_EQ(Code(*pipeline_, "Kestrel radio condemned Varna."), V{"KESRAD/VAR/122"});
  // Not across a conjunction.
  EXPECT_EQ(Code(*pipeline_, "Kestrel and state radio condemned Varna."), V{"KES/VAR/122"});
}

TEST_F(TabariSemantics, HyphensAndUnderscoresInTheText) {
  EXPECT_EQ(Code(*pipeline_, "Kestrel condemned North-March."), V{"KES/NMA/122"});
  EXPECT_EQ(Code(*pipeline_, "Kestrel condemned North_March."), V{"KES/NMA/122"});
}

TEST_F(TabariSemantics, ANullActorIsNoActor) {
  // OLD_REGIME is VAR only until 1990: in 1995 it is null-coded, not VAR.
  EXPECT_EQ(Code(*pipeline_, "Kestrel condemned the old regime."), V{"KES/---/122"});
}

TEST_F(TabariSemantics, NounAndAdjectiveListsShapeCompoundsAndClauses) {
  // "tanks and old guns" is a compound noun: the "and" divides no clauses.
  EXPECT_EQ(Code(*pipeline_, "Kestrel condemned tanks and old guns from Varna."), V{"KES/VAR/122"});
  // Adjectives inside a compound actor.
  EXPECT_EQ(Code(*pipeline_, "Kestrel and the old Varna condemned Sarn."), (V{"KES/SAR/122", "VAR/SAR/122"}));
}

TEST_F(TabariSemantics, WordsBeforeTheVerbMatchOutwardFromIt) {
  // "$ WILL *": the actor nearest before WILL, not the first of the sentence.
  EXPECT_EQ(Code(*pipeline_, "Kestrel says Varna will meet Sarn."), V{"VAR/SAR/036"});
}

TEST_F(TabariSemantics, AnEventWithNoTargetOnlyWhenNothingElse) {
  EXPECT_EQ(Code(*pipeline_, "Kestrel condemned Varna and praised."), V{"KES/VAR/122"});
  EXPECT_EQ(Code(*pipeline_, "Kestrel praised."), V{"KES/---/051"});
}

}  // namespace
}  // namespace casus
