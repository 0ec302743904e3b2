// Coding with PETRARCH dictionaries applies PETRARCH's semantics
// (code/petrarch_roles.h, docs/foreign-dictionaries.md): the first actor after
// the verb is its target however deep, a passive without a by-phrase keeps its
// subject as the source, and only paired patterns code a reverse event.
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
    "ALLOW\n"
    "---  TALK  [041]  ---\n"
    "TALK\n"
    "---  CRITICIZE  [111]  ---\n"
    "CRITICIZE {CRITICIZED}\n"
    "---  VISIT  [042]  ---\n"
    "VISIT\n"
    "- * +  [042:043]\n"
    "---  CONFISCATE  [171]  ---\n"
    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
    "---  EXCLUDE  [172]  ---\n"
    "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}\n";
constexpr const char* kActors = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n";
constexpr const char* kAgents =
    "MSF {} [NGO~]\nMAIN_OPPOSITION_GROUP [~MOP]\nOPPOSITION_GROUP [~OPP]\nOFFICIAL [~GOV]\n";

class PetrarchSemantics : public ::testing::Test {
 protected:
  void SetUp() override {
    pipeline_ = LoadPetrarchPipeline(dir_, kVerbs, kActors, kAgents);
    ASSERT_TRUE(pipeline_);
  }
  TempDir dir_;
  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(PetrarchSemantics, TargetIsTheFirstActorAfterTheVerb) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Code(*pipeline_, "Arnor allowed that Mordor is a pleasant place to visit."), V{"ARN/MOR/051"});
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the anti- Gondor parade."), V{"ARN/GON/051"});
  // A reporting clause is not part of the verb's phrase.
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the parade, a Gondor official said."), V{"ARN/---/051"});
}

TEST_F(PetrarchSemantics, PassiveWithoutDoerKeepsItsSubject) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Code(*pipeline_, "Arnor was criticized over its dispute with Mordor."), V{"ARN/MOR/111"});
  EXPECT_EQ(Code(*pipeline_, "Arnor was criticized by Mordor."), V{"MOR/ARN/111"});
}

TEST_F(PetrarchSemantics, OnlyPairedPatternsCodeAReverseEvent) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Code(*pipeline_, "Arnor talked with Gondor."), V{"ARN/GON/041"});
  EXPECT_EQ(Code(*pipeline_, "Arnor visited Gondor."), (V{"ARN/GON/042", "GON/ARN/043"}));
}

TEST_F(PetrarchSemantics, AgentsComposeAsInCheckNEphrase) {
  using V = std::vector<std::string>;
  // [NGO~] goes before the actor's code, [~MOP] after it.
  EXPECT_EQ(Code(*pipeline_, "MSF Arnor praised Gondor."), V{"NGOARN/GON/051"});
  // An agent inside a longer one adds its code too.
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the Gondor main opposition group."), V{"ARN/GONMOPOPP/051"});
  // Agents without an actor compose onto "---".
  EXPECT_EQ(Code(*pipeline_, "A senior official praised Gondor."), V{"---GOV/GON/051"});
}

TEST_F(PetrarchSemantics, OptionsAsPetrarchsConfig) {
  using V = std::vector<std::string>;
  // casus's defaults keep a one-sided event and remove no clause.
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the visitors, for Gondor, all day."), V{"ARN/GON/051"});
  EXPECT_TRUE(pipeline_->SetPetrarchOption("comma_max", "8"));
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the visitors, for Gondor, all day."), V{"ARN/---/051"});
  EXPECT_TRUE(pipeline_->SetPetrarchOption("require_dyad", "True"));
  EXPECT_EQ(Code(*pipeline_, "Arnor praised the visitors, for Gondor, all day."), V{});
  EXPECT_FALSE(pipeline_->SetPetrarchOption("comma_max", "many"));
  EXPECT_FALSE(pipeline_->SetPetrarchOption("stop_on_error", "True"));
}

// Words of an actor phrase separated by a space may have others between them
// ("ITHILEN TELEVISION" in "Ithilen state-run television"), as in TABARI files.
TEST(PetrarchActors, SpaceSeparatedWordsMayHaveOthersBetween) {
  TempDir dir;
  auto pipeline = LoadPetrarchPipeline(dir, kVerbs, "ARNOR [ARN]\nGONDOR [GON]\nGONDOR RADIO [GONMED]\n", kAgents);
  ASSERT_TRUE(pipeline);
  using V = std::vector<std::string>;
  EXPECT_EQ(Code(*pipeline, "Arnor praised Gondor state-run radio."), V{"ARN/GONMED/051"});
  EXPECT_EQ(Code(*pipeline, "Arnor praised Gondor radio."), V{"ARN/GONMED/051"});
  // Not across a conjunction.
  EXPECT_EQ(Code(*pipeline, "Arnor praised Gondor and its radio."), V{"ARN/GON/051"});
}

// A config .ini given as the dictionaries sets the options of its [Options]
// section; one casus does not model is reported with its line.
TEST_F(PetrarchSemantics, ConfigOptionsAreApplied) {
  std::string config = dir_.Write("PETR_config.ini",
                                  "[Dictionaries]\nverbfile_name = CAMEO.test.txt\nactorfile_list = Test.actors.txt\n"
                                  "agentfile_name = Test.agents.txt\n[Options]\ntextfile_list = news.xml\n"
                                  "require_dyad = True\ncomma_max = 8\nno_such_option = 4\n");
  PipelineOptions options;
  options.petrarch_dicts = config;
  DiagnosticList diagnostics;
  auto loaded = Pipeline::Load(options, &diagnostics);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(Code(*loaded.value(), "Arnor praised the visitors, for Gondor, all day."), std::vector<std::string>{});
  EXPECT_EQ(Code(*loaded.value(), "Arnor praised Gondor."), std::vector<std::string>{"ARN/GON/051"});
  size_t reported = 0;
  for (const Diagnostic& d : diagnostics.items)
    if (d.file == config) {
      ++reported;
      EXPECT_EQ(d.line, 9u);
      EXPECT_NE(d.message.find("no_such_option"), std::string::npos) << d.message;
    }
  EXPECT_EQ(reported, 1u);
}

TEST_F(PetrarchSemantics, MultiWordVerbsMarkTheVerbWithPlus) {
  using V = std::vector<std::string>;
  // "WIRE_+TAP": the verb is "tap", "wire" comes before it.
  EXPECT_EQ(Code(*pipeline_, "Arnor wire tapped Gondor."), V{"ARN/GON/171"});
  EXPECT_EQ(Code(*pipeline_, "Arnor tapped Gondor."), V{});
  // "{+CORDONED_OFF}": the written form is a trigger of its own.
  EXPECT_EQ(Code(*pipeline_, "Arnor has cordoned off Gondor."), V{"ARN/GON/172"});
  EXPECT_EQ(Code(*pipeline_, "Arnor has cordoned Gondor."), V{});
}

TEST_F(PetrarchSemantics, PronounSubjectWithoutActor) {
  using V = std::vector<std::string>;
  // The pronoun names no actor: the actor before the verb is the source...
  EXPECT_EQ(Code(*pipeline_, "Arnor indicated it praised Gondor."), V{"ARN/GON/051"});
  // ... unless a comma ends PETRARCH's search first.
  EXPECT_EQ(Code(*pipeline_, "On the border with Arnor, it praised Gondor."), V{});
}

TEST_F(PetrarchSemantics, VerbsInsideAMatchedVerbsPhrase) {
  using V = std::vector<std::string>;
  // casus codes both verbs; PETRARCH (code_nested_verbs false) only the first.
  EXPECT_EQ(Code(*pipeline_, "Arnor praised Gondor when Mordor criticized the parade."),
            (V{"ARN/GON/051", "MOR/---/111"}));
  EXPECT_TRUE(pipeline_->SetPetrarchOption("code_nested_verbs", "false"));
  EXPECT_EQ(Code(*pipeline_, "Arnor praised Gondor when Mordor criticized the parade."), V{"ARN/GON/051"});
  // A verb after a conjunction heads a phrase of its own.
  EXPECT_EQ(Code(*pipeline_, "Arnor praised Gondor, and Mordor criticized the parade."), (V{"ARN/GON/051", "MOR/---/111"}));
}

}  // namespace
}  // namespace casus
