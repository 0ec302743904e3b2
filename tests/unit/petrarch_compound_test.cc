// PETRARCH's actors for compound noun phrases, compound codes, [###], dated
// codes and new_actor_length (code/petrarch_noun_phrase.h,
// docs/foreign-dictionaries.md "How PETRARCH dictionaries are applied").
#include "casus/pipeline.h"
#include "foreign_test_util.h"

namespace casus {
namespace {

using testing::Code;
using testing::LoadPetrarchPipeline;
using testing::TempDir;

constexpr const char* kVerbs =
    "---  PRAISE  [051]  ---\n"
    "PRAISE\n"
    "---  WELCOME  [041]  ---\n"
    "WELCOME\n";
constexpr const char* kActors =
    "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nFORNOST [FOR]\nERIADOR [ERI]\nDANISH [DNK]\n"
    "THE_SHIRE [FRO/BIL/SAM]\nNASGUL [###]\n"
    "SAM_GAMGEE [HOB]\n"
    "\t[ORCHOB 20100109-20100112]\n"
    "\t[HOBMIL 20080120-20121109]\n";
constexpr const char* kAgents =
    "AMBASSADOR [~GOV]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\nMEDIA {} [~MED]\nGOVERNMENT [~GOV]\n";

class PetrarchCompounds : public ::testing::Test {
 protected:
  void SetUp() override {
    pipeline_ = LoadPetrarchPipeline(dir_, kVerbs, kActors, kAgents);
    ASSERT_TRUE(pipeline_);
  }
  TempDir dir_;
  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(PetrarchCompounds, EachMemberTakesThePhraseAroundTheList) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Code(*pipeline_, "The ambassadors of Arnor, Osgiliath and Gondor praised Eriador."),
            (V{"ARNGOV/ERI/051", "GONGOV/ERI/051", "OSGGOV/ERI/051"}));
  EXPECT_EQ(Code(*pipeline_, "Lawmakers and officials in Fornost and Gondor welcomed Eriador."),
            (V{"FORGOV/ERI/041", "FORLEG/ERI/041", "GONGOV/ERI/041", "GONLEG/ERI/041"}));
  // A flat list shares the first member's adjectives; with an article it does not.
  EXPECT_EQ(Code(*pipeline_, "Danish media and government praised Gondor."), (V{"DNKGOV/GON/051", "DNKMED/GON/051"}));
  EXPECT_EQ(Code(*pipeline_, "The Danish media and government praised Gondor."), (V{"---GOV/GON/051", "DNKMED/GON/051"}));
}

TEST_F(PetrarchCompounds, CompoundAndSpecialCodes) {
  using V = std::vector<std::string>;
  // [FRO/BIL/SAM]: one event per code; a name may begin with "the".
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the Shire."), (V{"ARN/BIL/051", "ARN/FRO/051", "ARN/SAM/051"}));
  // PETRARCH's [###] is a code like any other.
  EXPECT_EQ(Code(*pipeline_, "The Nasgul praised Gondor."), V{"###/GON/051"});
  // The first listed range that holds the date wins.
  EXPECT_EQ(Code(*pipeline_, "Sam Gamgee praised Gondor.", "2010-01-10"), V{"ORCHOB/GON/051"});
  EXPECT_EQ(Code(*pipeline_, "Sam Gamgee praised Gondor.", "2010-02-10"), V{"HOBMIL/GON/051"});
}

TEST_F(PetrarchCompounds, NewActorLengthWritesThePhrase) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Code(*pipeline_, "Eriador's death and injury toll praised Gondor."), V{"ERI/GON/051"});
  EXPECT_TRUE(pipeline_->SetPetrarchOption("new_actor_length", "4"));
  EXPECT_EQ(Code(*pipeline_, "Eriador's death and injury toll praised Gondor."),
            (V{"\"INJURY TOLL\"/GON/051", "ERI/GON/051"}));
  EXPECT_TRUE(pipeline_->SetPetrarchOption("new_actor_length", "1"));
  EXPECT_EQ(Code(*pipeline_, "Eriador's death and injury toll praised Gondor."), V{"ERI/GON/051"});
}

}  // namespace
}  // namespace casus
