// The PETRARCH readers on small samples of our own: verb blocks with synsets
// and (), {} groups; actors with synonyms after the code; agents with
// substitutions and plurals; discards; folder and config discovery.
#include "dict/foreign_readers.h"
#include "dict/petrarch_files.h"
#include "foreign_test_util.h"

namespace casus {
namespace {

using testing::ScratchDictionaries;
using testing::TempDir;

constexpr const char* kVerbs =
    "<!-- a comment\n"
    "   that spans lines -->\n"
    "&WEAPON  # synset comment\n"
    "+RIFLE\n"
    "+ROCKET_LAUNCHER\n"
    "\n"
    "####### VERB PATTERNS #######\n"
    "---  SEND   [---]  ---\n"
    "SEND {SENT SENDING}\n"
    "DISPATCH\n"
    "- * &WEAPON (TO +)        [072]   # arms\n"
    "- * {AID CONVOY}          [073]\n"
    "- $ * ^ (TO +)            [0234:043]\n"
    "\n"
    "---  MEET  [036] ---\n"
    "MEET\n"
    "- * (WITH +                [036]\n"
    "- * WITH | +               [036]\n"
    "---  BROKEN  ---\n"
    "ORPHAN\n";

TEST(PetrarchVerbs, BlocksShareTheirPatterns) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("CAMEO.test.txt", kVerbs);
  size_t errors = LoadForeignVerbs(path, ForeignFormat::kPetrarch, d.targets, &d.diagnostics);
  d.verbs.Freeze();
  EXPECT_EQ(errors, 3u) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(17, "'(' without ')'")) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(18, "'|' outside")) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(19, "needs a [code]")) << d.AllDiagnostics();
  EXPECT_TRUE(d.verbs.VerbPatterns(d.vocab.Intern("orphan")).empty());  // its header failed: reported once
  for (const char* verb : {"send", "dispatch", "sent"}) {
    const auto& list = d.verbs.VerbPatterns(d.vocab.Intern(verb));
    EXPECT_EQ(list.size(), 3u) << verb;  // the null-coded block adds no bare verb
  }
  const auto& send = d.verbs.VerbPatterns(d.vocab.Intern("send"));
  bool saw_weapon = false, saw_paired = false;
  for (uint32_t i : send) {
    const VerbPattern& p = d.verbs.pattern(i);
    if (d.cameo.at(p.cameo).code == "072") {
      saw_weapon = true;
      ASSERT_EQ(p.rest.size(), 3u);  // &WEAPON, to, +
      EXPECT_EQ(p.rest[0].any_of.size(), 2u);
      EXPECT_FALSE(p.rest[1].stem);  // PETRARCH words are whole words
      EXPECT_TRUE(p.has_target);
    }
    if (p.paired_cameo >= 0) {
      saw_paired = true;
      ASSERT_EQ(p.before.size(), 1u);
      EXPECT_EQ(p.before[0].kind, PatternElementKind::kSource);
      EXPECT_EQ(p.rest[0].kind, PatternElementKind::kSkipPhrase);
    }
  }
  EXPECT_TRUE(saw_weapon);
  EXPECT_TRUE(saw_paired);
  EXPECT_EQ(d.verbs.VerbPatterns(d.vocab.Intern("meet")).size(), 1u);  // the bare verb only
}

// PETRARCH keys verbs by their written forms ("LEFT" beside "LEAVE"), each
// with its regular forms or the listed ones, and reads '_' as "right after".
TEST(PetrarchVerbs, WrittenFormsAndConnectors) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("CAMEO.test.txt",
                               "&TIES\n"
                               "+ECONOMIC\n"
                               "\n"
                               "--- LEAVE [012] ---\n"
                               "LEAVE\n"
                               "- RECENTLY_* NEW_&TIES_RELATIONS [011]\n"
                               "\n"
                               "--- LEFT [032:033] ---\n"
                               "LEFT\n"
                               "\n"
                               "--- CARRY [---] ---\n"
                               "+CARRY_OUT {+CARRIED_OUT +CARRIES_OUT}\n"
                               "- * RAID [190]\n");
  size_t errors = LoadForeignVerbs(path, ForeignFormat::kPetrarch, d.targets, &d.diagnostics);
  d.verbs.Freeze();
  EXPECT_EQ(errors, 0u) << d.AllDiagnostics();
  auto codes = [&](const char* form) {
    std::vector<std::string> out;
    for (uint32_t i : d.verbs.FormPatterns(d.vocab.Intern(form))) out.push_back(d.cameo.at(d.verbs.pattern(i).cameo).code);
    return out;
  };
  EXPECT_EQ(codes("left"), std::vector<std::string>({"032"}));  // not LEAVE's patterns
  EXPECT_EQ(codes("leaving"), std::vector<std::string>({"011", "012"}));
  EXPECT_EQ(codes("leaved"), std::vector<std::string>({"011", "012"}));  // PETRARCH's regular forms, as it makes them
  // The '+' word of a listed form; "CARRIED OUT" alone is known and codes nothing.
  EXPECT_EQ(codes("carried"), std::vector<std::string>({"190", "---"}));
  EXPECT_TRUE(codes("carrying").empty());                               // listed forms replace the regular ones
  for (uint32_t i : d.verbs.FormPatterns(d.vocab.Intern("leave"))) {
    const VerbPattern& p = d.verbs.pattern(i);
    if (p.rest.empty()) continue;
    EXPECT_TRUE(p.verb_joined);  // RECENTLY_*
    ASSERT_EQ(p.rest.size(), 3u);
    EXPECT_FALSE(p.rest[0].joined);  // "* NEW": any words between
    EXPECT_TRUE(p.rest[1].joined);   // NEW_&TIES
    EXPECT_TRUE(p.rest[2].joined);   // &TIES_RELATIONS
    EXPECT_TRUE(p.petrarch);
  }
}

TEST(PetrarchActors, SynonymsAfterTheCodeAndDates) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("X.actors.txt",
                               "<!-- header -->\n"
                               "AUSTRALIA [AUS]\n"
                               "+AUSTRALIAN\n"
                               "U_THANT_\t[IGOUNO 611130-711231] [ELI]# a comment\n"
                               "NASGUL  [###]  # a code, not a comment\n"
                               "BAD_DATE [ABC >9501]\n");
  size_t errors = LoadForeignActors(path, ForeignFormat::kPetrarch, false, d.targets, &d.diagnostics);
  d.actors.Freeze();
  EXPECT_EQ(errors, 1u) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(6, "bad date")) << d.AllDiagnostics();
  EXPECT_EQ(d.CodesOf("australian"), std::vector<std::string>{"AUS"});
  EXPECT_TRUE(d.CodesOf("australians").empty());  // PETRARCH names are not stems
  EXPECT_EQ(d.CodesOf("u thant").size(), 2u);
  // PETRARCH gives "###" no meaning of its own: it is the actor's code.
  EXPECT_EQ(d.CodesOf("nasgul"), std::vector<std::string>{"###"});
}

TEST(PetrarchAgents, SubstitutionsAndPlurals) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("X.agents.txt",
                               "!PERSON! = MAN, MEN\n"
                               "CONGRESS!PERSON! [~LEG]\n"
                               "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
                               "MEDIA {} [~MED]\n"
                               "SPY [~SPY]\n"
                               "!NOPE!_MAN [~CVL]\n");
  size_t errors = LoadForeignActors(path, ForeignFormat::kPetrarch, true, d.targets, &d.diagnostics);
  d.actors.Freeze();
  EXPECT_EQ(errors, 1u) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(6, "unknown substitution")) << d.AllDiagnostics();
  EXPECT_EQ(d.CodesOf("congressmen"), std::vector<std::string>{"LEG"});
  EXPECT_EQ(d.CodesOf("attorneys general"), std::vector<std::string>{"GOV"});
  EXPECT_TRUE(d.CodesOf("medias").empty());
  EXPECT_EQ(d.CodesOf("spies"), std::vector<std::string>{"SPY"});
}

TEST(PetrarchFiles, FolderAndConfig) {
  TempDir dir;
  dir.Write("CAMEO.2.0.txt", "---  MEET  [036] ---\nMEET\n");
  dir.Write("Test.actors.txt", "ARNOR [ARN]\n");
  dir.Write("Test.agents.txt", "POLICE [~COP]\n");
  dir.Write("Test.discards.txt", "+WORLD CUP  # story\nBASEBALL\n");
  dir.Write("Test.IssueCoding.txt", "whatever\n");
  auto files = FindPetrarchFiles(dir.path(), nullptr);
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files.value().verbs.size(), 1u);
  EXPECT_EQ(files.value().issues.size(), 1u);
  ScratchDictionaries d;
  EXPECT_EQ(LoadPetrarchDictionaries(dir.path(), d.targets, &d.diagnostics), 0u) << d.AllDiagnostics();
  EXPECT_EQ(d.discards.phrase_count(), 2u);
  std::string config = dir.Write("PETR_config.ini",
                                 "[Dictionaries]\nverbfile_name = CAMEO.2.0.txt\n"
                                 "actorfile_list = Test.actors.txt, Missing.actors.txt\n[Options]\nx = y\n");
  ScratchDictionaries c;
  EXPECT_EQ(LoadPetrarchDictionaries(config, c.targets, &c.diagnostics), 1u) << c.AllDiagnostics();
  EXPECT_EQ(c.actors.size(), 1u);
  ScratchDictionaries e;
  EXPECT_EQ(LoadPetrarchDictionaries(dir.path() + "/none.ini", e.targets, &e.diagnostics), 1u);
}

}  // namespace
}  // namespace casus
