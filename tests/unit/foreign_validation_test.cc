// Validation records (TABARI Validate.text, PETRARCH unit-test XML) read from
// small samples of our own, and the field's real suites run end to end when
// /work/shared is present: a ratchet on the number of records casus passes.
#include <filesystem>

#include "casus/pipeline.h"
#include "eval/validation_records.h"
#include "eval/validation_run.h"
#include "foreign_test_util.h"

namespace casus {
namespace {

using testing::TempDir;

TEST(TabariValidationRecords, ReadsEventsOptionsAndOddComments) {
  TempDir dir;
  std::string path = dir.Write("v.text",
                               "#### banner\n\n"
                               "950101  REC-01\n"
                               "Arnor praised Gondor on Monday.\n"
                               "/*\\n----\n\\n[comment]\n\\n{ ARN / GON / 041 } 950101\n"
                               "\\n-{ GON / ARN / 042 } */\n\n"
                               "950102  REC-02\nNothing to see./*\n\\n{###} */\n\n"
                               "950103  OPT-01\nOption text.\n/* { OPTION: SET: CODE ALL } */\n\n"
                               "950104  REC-03\nNo comment at all.\n\n"
                               "950105  REC-04\nRuns on.\n/*\n\\n{ ARN / --- / 010 } /*\n\n"
                               "950106  REC-05\nLast one.\n/* {+++} */\n");
  DiagnosticList d;
  auto records = ReadTabariValidationRecords(path, &d);
  ASSERT_TRUE(records.ok());
  const auto& r = records.value();
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].id, "REC-01");
  EXPECT_EQ(r[0].date, "1995-01-01");
  EXPECT_EQ(r[0].text, "Arnor praised Gondor on Monday.");
  ASSERT_EQ(r[0].expected.size(), 1u);  // the "-{...}" event is not expected
  EXPECT_EQ(r[0].expected[0].ToString(), "ARN/GON/041");
  EXPECT_TRUE(r[1].expected.empty());
  EXPECT_EQ(r[2].id, "OPT-01");  // a settings record for the records after it
  ASSERT_EQ(r[2].options.size(), 1u);
  EXPECT_EQ(r[2].options[0], "SET: CODE ALL");
  EXPECT_TRUE(r[2].expected.empty());
  EXPECT_EQ(r[3].id, "REC-04");
  EXPECT_EQ(r[3].expected.size(), 1u);
  EXPECT_EQ(r[4].id, "REC-05");
  EXPECT_EQ(r[4].text, "Last one.");
  EXPECT_EQ(d.items.size(), 2u);  // REC-03 has no comment; REC-04's is not closed
  EXPECT_FALSE(ReadTabariValidationRecords(dir.path() + "/none.text", nullptr).ok());
}

TEST(PetrarchValidationRecords, ReadsSentencesAndSkipsInvalidOnes) {
  TempDir dir;
  std::string path = dir.Write("r.xml",
                               "<Validation><!-- <Sentence id=\"HIDDEN\"> -->\n"
                               "<Sentence date=\"19950101\" id=\"A-1\" category=\"DEMO\" valid=\"true\">\n"
                               "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
                               "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"OSG\" eventcode=\"223\"></EventCoding>\n"
                               "<Text>\nArnor restored ties\nwith Gondor.\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n"
                               "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
                               "<Sentence date=\"19950102\" id=\"A-2\" valid=\"false\"><Text>x</Text></Sentence>\n"
                               "<Sentence date=\"19950103\" id=\"A-3\" valid=\"true\">\n"
                               "<EventCoding noevents = \"True\"></EventCoding><Text>Quiet.</Text></Sentence>\n"
                               "<Sentence id=\"A-4\" valid=\"true\"><EventCoding/></Sentence>\n"
                               "</Validation>\n");
  DiagnosticList d;
  auto records = ReadPetrarchValidationRecords(path, &d);
  ASSERT_TRUE(records.ok());
  // PETRARCH's default options come first, a <Config> line where it stands.
  const auto& all = records.value();
  ASSERT_EQ(all.size(), 4u);
  ASSERT_FALSE(all[0].petrarch_options.empty());
  EXPECT_EQ(all[0].petrarch_options[0].first, "require_dyad");
  EXPECT_EQ(all[0].petrarch_options[0].second, "True");
  ASSERT_EQ(all[2].petrarch_options.size(), 1u);
  EXPECT_EQ(all[2].petrarch_options[0].second, "false");
  std::vector<ValidationRecord> r;
  for (const auto& record : all)
    if (record.petrarch_options.empty()) r.push_back(record);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].id, "A-1");
  EXPECT_EQ(r[0].date, "1995-01-01");
  EXPECT_EQ(r[0].text, "Arnor restored ties with Gondor.");
  ASSERT_EQ(r[0].expected.size(), 2u);
  EXPECT_EQ(r[0].expected[1].source, "\"INJURY TOLL\"");
  EXPECT_TRUE(r[1].expected.empty());
  EXPECT_EQ(d.items.size(), 1u);  // A-4 has no <Text>
}

// PETRARCH codes from each record's <Parse> and skips a record whose tree
// does not balance; casus codes the <Text> but skips such records too.
TEST(PetrarchValidationRecords, UnbalancedParseIsAnInputError) {
  TempDir dir;
  std::string path = dir.Write("r.xml",
                               "<Sentence date=\"19950101\" id=\"B-1\" valid=\"true\">\n"
                               "<EventCoding error=\"bad_input_parse\"></EventCoding><Text>Arnor restored ties with Gondor.</Text>\n"
                               "<Parse>(ROOT (S (NP (NNP Arnor)) (VBD restored) ) ) )</Parse></Sentence>\n"
                               "<Sentence date=\"19950101\" id=\"B-2\" valid=\"true\">\n"
                               "<EventCoding error=\"bad_input_parse\"></EventCoding><Text>Arnor restored ties.</Text>\n"
                               "<Parse>(ROOT (S (NP (NNP Arnor) (VP (VBD restored)) )</Parse></Sentence>\n"
                               "<Sentence date=\"19950101\" id=\"B-3\" valid=\"true\">\n"
                               "<EventCoding noevents=\"True\"></EventCoding><Text>Quiet.</Text>\n"
                               "<Parse>(ROOT (S (NP (NN Quiet)) (. .)))</Parse></Sentence>\n");
  auto records = ReadPetrarchValidationRecords(path, nullptr);
  ASSERT_TRUE(records.ok());
  std::vector<const ValidationRecord*> r;
  for (const auto& record : records.value())
    if (record.petrarch_options.empty()) r.push_back(&record);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0]->input_error, "unbalanced <Parse>: 5 '(' and 6 ')', a ')' closes more than was opened");
  EXPECT_EQ(r[1]->input_error, "unbalanced <Parse>: 6 '(' and 4 ')'");
  EXPECT_TRUE(r[2]->input_error.empty());
}

// TABARI's coding rules that its options steer, end to end on a small
// project of our own: no event with one side (TABARI's default), discard
// codes on actors and time phrases, FORWARD across records of one story,
// dominant codes.
TEST(TabariValidation, OwnDefaultsForwardDiscardsAndDominantCodes) {
  TempDir dir;
  dir.Write("p.actors", "ARNOR_ [ARN]\nGONDOR_ [GON]\nMORDOR_ [MOR]\nNASGUL_ [###]\nONODOHER_ [ONO <911226] [###]\n");
  dir.Write("p.verbs", "<TIME>\nTOMORROW [+1]\nKAN_WA_MA_KAN [###]\n</TIME>\nPRAIS [051]\nATTACK [190]\n"
                       "ATTEND [031!]\n");
  dir.Write("p.options", "FORWARD: ^^*****NNN*SSS\n");
  std::string text = dir.Write(
      "p.text",
      "950101  ONE-01\nArnor praised Gondor warmly in a long speech on Monday.\n/* { ARN / GON / 051 } */\n\n"
      "950101  ONE-02\nArnor praised the weather warmly in a long speech on Monday.\n/* {---} */\n\n"
      "950101  FRWD-001-001\nArnor praised Gondor warmly in a long speech on Monday.\n/* { ARN / GON / 051 } */\n\n"
      "950101  FRWD-001-002\nLater he attacked Mordor in a long speech on Monday night.\n/* { ARN / MOR / 190 } */\n\n"
      "950101  DIS-01\nArnor praised Gondor and Nasgul warmly in a long speech on Monday.\n/* {###} */\n\n"
      "950101  DIS-02\nArnor praised Onodoher warmly in a long speech on Monday.\n/* {###} */\n\n"
      "910101  DIS-03\nArnor praised Onodoher warmly in a long speech on Monday.\n/* { ARN / ONO / 051 } */\n\n"
      "950101  TIM-01\nArnor praised Gondor, kan wa ma kan, in a long speech on Monday.\n/* {###} */\n\n"
      "950101  DOM-01\nArnor praised Gondor and then attended talks with Mordor on Monday evening.\n"
      "/* { ARN / MOR / 031 } */\n\n"
      "950101  SHORT-01\nArnor praised Gondor.\n/* {---} */\n");
  std::string project = dir.Write("p.project", "<actorsfile> p.actors\n<verbsfile> p.verbs\n<optionsfile> p.options\n"
                                               "<textfile> p.text\n");
  auto records = ReadTabariValidationRecords(text, nullptr);
  ASSERT_TRUE(records.ok());
  PipelineOptions options;
  options.tabari_project = project;
  options.tabari_defaults = true;
  options.lenient = true;
  DiagnosticList diagnostics;
  auto pipeline = Pipeline::Load(options, &diagnostics);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  auto outcomes = RunValidation(*pipeline.value(), records.value());
  ASSERT_EQ(outcomes.size(), 10u);
  for (const auto& o : outcomes) {
    std::string got;
    for (const auto& g : o.got) got += g + " ";
    EXPECT_TRUE(o.passed) << o.record->id << ": got " << got;
  }
}

// The real suites. The floors are what casus passed when this test was
// written; raise them as the coder improves, never lower them.
// The second figure keeps negated/future/hypothetical events, as TABARI and
// PETRARCH do (`casus validate --include-unreal`).
constexpr size_t kTabariFloor = 434, kTabariUnrealFloor = 434;
constexpr size_t kPetrarchFloor = 211, kPetrarchUnrealFloor = 259;

size_t Passed(const std::vector<ValidationOutcome>& outcomes) {
  size_t n = 0;
  for (const auto& o : outcomes) n += o.passed ? 1 : 0;
  return n;
}

TEST(ValidationSuites, TabariValidateProjectRatchet) {
  std::string project = std::string(CASUS_SHARED_DIR) + "/peers/tabari/Validate.project";
  if (!std::filesystem::exists(project)) GTEST_SKIP() << project << " not found: TABARI suite not checked";
  auto records = ReadTabariValidationRecords(std::string(CASUS_SHARED_DIR) + "/peers/tabari/Validate.text", nullptr);
  ASSERT_TRUE(records.ok());
  size_t coded = 0;  // records that are tests, not option settings
  for (const auto& r : records.value()) coded += r.options.empty() ? 1 : 0;
  EXPECT_GT(coded, 400u);
  for (bool unreal : {false, true}) {
    PipelineOptions options;
    options.tabari_project = project;
    options.tabari_defaults = true;  // as `casus validate tabari`
    options.lenient = true;
    options.keep_unreal_events = unreal;
    DiagnosticList diagnostics;
    auto pipeline = Pipeline::Load(options, &diagnostics);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
    size_t passed = Passed(RunValidation(*pipeline.value(), records.value()));
    std::cout << "TABARI Validate" << (unreal ? " (unreal kept)" : "") << ": " << passed << " of " << coded
              << " records pass\n";
    EXPECT_GE(passed, unreal ? kTabariUnrealFloor : kTabariFloor);
  }
}

TEST(ValidationSuites, PetrarchUnitTestRatchet) {
  std::string folder = std::string(CASUS_SHARED_DIR) + "/peers/petrarch/validate";
  if (!std::filesystem::exists(folder + "/PETR.UnitTest.records.xml"))
    GTEST_SKIP() << folder << " not found: PETRARCH suite not checked";
  auto records = ReadPetrarchValidationRecords(folder + "/PETR.UnitTest.records.xml", nullptr);
  ASSERT_TRUE(records.ok());
  size_t sentences = 0;
  for (const auto& r : records.value()) sentences += r.petrarch_options.empty() ? 1 : 0;
  EXPECT_EQ(sentences, 276u);
  for (bool unreal : {false, true}) {
    PipelineOptions options;
    options.petrarch_dicts = folder;
    options.lenient = true;
    options.keep_unreal_events = unreal;
    DiagnosticList diagnostics;
    auto pipeline = Pipeline::Load(options, &diagnostics);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
    size_t passed = Passed(RunValidation(*pipeline.value(), records.value()));
    std::cout << "PETRARCH unit tests" << (unreal ? " (unreal kept)" : "") << ": " << passed << " of " << sentences
              << " records pass\n";
    EXPECT_GE(passed, unreal ? kPetrarchUnrealFloor : kPetrarchFloor);
  }
}

}  // namespace
}  // namespace casus
