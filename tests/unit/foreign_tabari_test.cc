// The TABARI readers on small samples of our own: verbs with synsets, stems,
// irregular forms and paired/null codes; actors with dated codes and
// synonyms; agents; options; and malformed entries reported by file:line.
#include "dict/foreign_readers.h"
#include "dict/tabari_project.h"
#include "foreign_test_util.h"

namespace casus {
namespace {

using testing::ScratchDictionaries;
using testing::TempDir;

constexpr const char* kVerbs =
    "<SYNSETS>\n"
    "&TIES\n"
    "+MILITARY\n"
    "+TRADE_LINKS\n"
    "</SYNSETS>\n"
    "<TIME>\n"
    "YESTERDAY [-1]\n"
    "</TIME>\n"
    "RESTOR  [064] ;stem: restore, restored\n"
    "- * &TIES TIES [0311]\n"
    "- SAID_ * { FULL | PARTIAL } RELATIONS [064]\n"
    "VISIT_ [042:043]\n"
    "{ VISITED_ }\n"
    "SAY [010?]\n"
    "IGNORE [---]\n"
    "- * PLEA [0233]\n"
    "BROKEN [0x0 ; a bad code\n"
    "- * THINGS [010]\n"
    "OTHER [010]\n"
    "- * { UNCLOSED [010]\n"
    "- * &NOSUCHSET [010]\n"
    "~~FINISH\n"
    "NOT READ [010]\n";

TEST(TabariVerbs, ReadsBlocksPatternsAndCodes) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("t.verbs", kVerbs);
  size_t errors = LoadForeignVerbs(path, ForeignFormat::kTabari, d.targets, &d.diagnostics);
  d.verbs.Freeze();
  EXPECT_EQ(errors, 3u) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(17, "unclosed '['")) << d.AllDiagnostics();  // BROKEN; its pattern is skipped quietly
  EXPECT_TRUE(d.HasError(20, "'{' without '}'")) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(21, "unknown synset")) << d.AllDiagnostics();

  // RESTOR is a stem: filed under "restor" and "restore".
  const auto& restore = d.verbs.VerbPatterns(d.vocab.Intern("restore"));
  ASSERT_EQ(restore.size(), 3u);
  const VerbPattern& said = d.verbs.pattern(restore[0]);  // the most words first
  EXPECT_EQ(d.cameo.at(said.cameo).code, "064");
  const VerbPattern& synset = d.verbs.pattern(restore[1]);
  EXPECT_EQ(d.cameo.at(synset.cameo).code, "0311");
  ASSERT_EQ(synset.rest.size(), 2u);
  EXPECT_EQ(synset.rest[0].kind, PatternElementKind::kAnyOf);
  EXPECT_EQ(synset.rest[0].any_of.size(), 2u);  // military | trade links
  EXPECT_EQ(synset.rest[0].any_of[1].size(), 2u);
  ASSERT_EQ(said.before.size(), 1u);
  EXPECT_FALSE(said.before[0].stem);  // SAID_ is exact
  EXPECT_TRUE(said.rest[1].stem);     // RELATIONS is a stem

  // Paired code, irregular form, subordinate and null codes.
  const auto& visit = d.verbs.VerbPatterns(d.vocab.Intern("visit"));
  ASSERT_EQ(visit.size(), 1u);
  EXPECT_EQ(d.cameo.at(static_cast<size_t>(d.verbs.pattern(visit[0]).paired_cameo)).code, "043");
  EXPECT_EQ(d.verbs.VerbPatterns(d.vocab.Intern("visited")).size(), 1u);
  EXPECT_TRUE(d.verbs.pattern(d.verbs.VerbPatterns(d.vocab.Intern("say"))[0]).subordinate);
  const auto& ignore = d.verbs.VerbPatterns(d.vocab.Intern("ignore"));
  ASSERT_EQ(ignore.size(), 1u);  // the bare null-coded verb adds nothing; its pattern is kept
  EXPECT_FALSE(d.verbs.pattern(ignore[0]).null_code);
  EXPECT_TRUE(d.verbs.VerbPatterns(d.vocab.Intern("not")).empty());  // after ~~FINISH
}

// <TIME> phrases (manual 10.5): roots and patterns whose codes shift the date
// or are TABARI's null, discard and complex codes.
TEST(TabariVerbs, TimePhrases) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("t.verbs",
                               "<TIME>\nTOMORROW [+1]\n- * AND A WEEK [+8]\nFOREVER_AND_A_DAY [- - -]\n"
                               "WHEN_PEACE_COMES [+++]\nLAST_WEEK [-7]\nSOON [+x]\n</TIME>\nMEET_ [031]\n");
  EXPECT_EQ(LoadForeignVerbs(path, ForeignFormat::kTabari, d.targets, &d.diagnostics), 1u) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(7, "malformed time-shift code")) << d.AllDiagnostics();
  d.verbs.Freeze();
  const auto& tomorrow = d.verbs.VerbPatterns(d.vocab.Intern("tomorrow"));
  ASSERT_EQ(tomorrow.size(), 2u);
  for (uint32_t p : tomorrow) {
    EXPECT_TRUE(d.verbs.pattern(p).time_phrase);
    EXPECT_TRUE(d.verbs.pattern(p).null_code);  // never an event
  }
  EXPECT_EQ(d.verbs.pattern(tomorrow[0]).time_shift + d.verbs.pattern(tomorrow[1]).time_shift, 9);
  EXPECT_EQ(d.verbs.pattern(d.verbs.VerbPatterns(d.vocab.Intern("last"))[0]).time_shift, -7);
  EXPECT_EQ(d.verbs.pattern(d.verbs.VerbPatterns(d.vocab.Intern("when"))[0]).time_special, '+');
  const VerbPattern& forever = d.verbs.pattern(d.verbs.VerbPatterns(d.vocab.Intern("forever"))[0]);
  EXPECT_EQ(forever.time_shift, 0);
  EXPECT_EQ(forever.time_special, 0);
  EXPECT_FALSE(d.verbs.pattern(d.verbs.VerbPatterns(d.vocab.Intern("meet"))[0]).time_phrase);
}

TEST(TabariOptions, CommandsAndTabarisOwnDefaults) {
  TabariOptions o;
  EXPECT_EQ(o.minimum_words, 0);  // casus's defaults for `casus code --tabari`
  EXPECT_TRUE(o.one_sided_events);
  TabariOptions own = TabariOptions::TabariDefaults();
  EXPECT_EQ(own.minimum_words, 8);
  EXPECT_FALSE(own.one_sided_events);
  ApplyTabariOption("SET: ONE-SIDED EVENTS = FALSE", o);
  EXPECT_FALSE(o.one_sided_events);
  ApplyTabariOption("FORWARD: ^^*****NNN*SSS", o);
  EXPECT_TRUE(o.forward);
  EXPECT_EQ(o.forward_format, "^^*****NNN*SSS");
  ApplyTabariOption("FORWARD: ^^*****NNN*SSS DOC OFF", o);
  EXPECT_FALSE(o.forward);
  ApplyTabariOption("SET: TIME SHIFT = FALSE", o);
  EXPECT_FALSE(o.time_shifting);
  ApplyTabariOption("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 7 BMIN = 1 BMAX = 8", o);
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_emax, 7);
  EXPECT_EQ(o.comma_bmin, 1);
  EXPECT_EQ(o.comma_bmax, 8);
  std::string story;
  int sentence = -1;
  ASSERT_TRUE(TabariRecordSequence("^^*****NNN*SSS", "FRWD-001-012", story, sentence));
  EXPECT_EQ(story, "001");
  EXPECT_EQ(sentence, 12);
  ASSERT_TRUE(TabariRecordSequence("*****NNN*SSS", "FRWD-002-0x1", story, sentence));
  EXPECT_EQ(sentence, 0);  // not numeric
  EXPECT_FALSE(TabariRecordSequence("*****NNN*SSS", "FRWD-1", story, sentence));
}

// TABARI's connectors and word forms (manual 5.2, 5.5.3, 5.6, 5.7): what the
// reader records for the TABARI coder to act on.
TEST(TabariVerbs, ConnectorsStemsAndForms) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("c.verbs",
                               "<SYNSETS>\n&MONEY\n+AUSTRIAN FLORIN\n+SWISS_FRANC\n</SYNSETS>\n"
                               "BARGAIN_ [031]\n"
                               "- IN_* [075]\n"
                               "- * FOR_ASYLUM [174]\n"
                               "- * REAL~_PLEASANT [024]\n"
                               "- * { WAS | WILL_BE }_HERE [010]\n"
                               "- ANTI- + * [111]\n"
                               "- * &MONEY [070]\n"
                               "BAN= [191]\n"
                               "SHOT_AND_WOUND [223]\n");
  ASSERT_EQ(LoadForeignVerbs(path, ForeignFormat::kTabari, d.targets, &d.diagnostics), 0u) << d.AllDiagnostics();
  d.verbs.Freeze();
  auto find = [&](std::string_view text) -> const VerbPattern* {
    for (uint32_t i = 0; i < d.verbs.size(); ++i)
      if (d.verbs.pattern(i).text == text) return &d.verbs.pattern(i);
    return nullptr;
  };
  const VerbPattern* in = find("BARGAIN_: IN_*");
  ASSERT_NE(in, nullptr);
  EXPECT_TRUE(in->verb_joined);  // the verb right after IN
  EXPECT_FALSE(in->before[0].stem);
  const VerbPattern* asylum = find("BARGAIN_: * FOR_ASYLUM");
  ASSERT_NE(asylum, nullptr);
  ASSERT_EQ(asylum->rest.size(), 2u);
  EXPECT_FALSE(asylum->rest[0].joined);  // any words between the verb and FOR
  EXPECT_TRUE(asylum->rest[1].joined);   // ASYLUM right after FOR
  EXPECT_FALSE(asylum->verb_joined);
  const VerbPattern* real = find("BARGAIN_: * REAL~_PLEASANT");
  ASSERT_NE(real, nullptr);
  EXPECT_TRUE(real->rest[0].stem);  // '~': a stem despite the '_'
  EXPECT_TRUE(real->rest[1].joined);
  const VerbPattern* here = find("BARGAIN_: * { WAS | WILL_BE }_HERE");
  ASSERT_NE(here, nullptr);
  ASSERT_EQ(here->rest.size(), 2u);
  ASSERT_EQ(here->rest[0].any_of.size(), 2u);
  EXPECT_EQ(here->rest[0].any_of_gaps[1], 0u);  // WILL_BE: consecutive
  EXPECT_EQ(here->rest[0].any_of_stems[0], 1u);  // WAS: a stem
  EXPECT_TRUE(here->rest[1].joined);
  const VerbPattern* anti = find("BARGAIN_: ANTI- + *");
  ASSERT_NE(anti, nullptr);
  ASSERT_EQ(anti->before.size(), 2u);  // the hyphen reads as '_': the word ANTI, exact
  EXPECT_EQ(d.vocab.Text(anti->before[0].lemma), "anti");
  EXPECT_FALSE(anti->before[0].stem);
  const VerbPattern* money = find("BARGAIN_: * &MONEY");
  ASSERT_NE(money, nullptr);
  const PatternElement& set = money->rest[0];
  EXPECT_TRUE(set.synset);
  ASSERT_EQ(set.any_of.size(), 2u);
  EXPECT_EQ(set.any_of_gaps[0], 2u);   // AUSTRIAN FLORIN: words may come between
  EXPECT_EQ(set.any_of_stems[0], 3u);  // both stems
  EXPECT_EQ(set.any_of_gaps[1], 0u);   // SWISS_FRANC: consecutive
  EXPECT_EQ(set.any_of_stems[1], 2u);  // FRANC a stem, SWISS_ exact
  const auto& ban = d.verbs.VerbPatterns(d.vocab.Intern("ban"));
  ASSERT_FALSE(ban.empty());
  EXPECT_EQ(d.verbs.pattern(ban[0]).form_kind, VerbPattern::FormKind::kExact);
  EXPECT_EQ(d.verbs.pattern(d.verbs.VerbPatterns(d.vocab.Intern("bargain"))[0]).form_kind,
            VerbPattern::FormKind::kEndings);
  const auto& shot = d.verbs.VerbPatterns(d.vocab.Intern("shot"));
  ASSERT_FALSE(shot.empty());
  const VerbPattern& compound = d.verbs.pattern(shot[0]);
  EXPECT_EQ(compound.root_words, 2u);
  EXPECT_TRUE(compound.rest[0].joined);
  EXPECT_TRUE(compound.rest[1].joined);
}

TEST(TabariActors, DatedCodesSynonymsStemsAndAgents) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("t.actors",
                               "<NOUN>\nBEES\n</NOUN>\n"
                               "ARGENTIN  [ARG] ;stem\n"
                               "GONDOR_\n+MINAS_TIRITH_\n\t[GON]\n"
                               "SMEAGOL_  [HOB <950601] [HOBGOV 950601-990815] [HOBREB >990816]\n"
                               "ALBRIGHT_  [USAGOV 991301-010114]\n"
                               "+ORPHAN_SYNONYM\n"
                               "POLICE_ [~COP]\n"
                               "NOCODE_ ;forgot the code\n"
                               "NEXT_ [NXT]\n");
  size_t errors = LoadForeignActors(path, ForeignFormat::kTabari, false, d.targets, &d.diagnostics);
  d.actors.Freeze();
  EXPECT_EQ(errors, 3u) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(9, "DATE-DATE")) << d.AllDiagnostics();  // month 13
  EXPECT_TRUE(d.HasError(10, "no actor before it")) << d.AllDiagnostics();
  EXPECT_TRUE(d.HasError(12, "has no [code]")) << d.AllDiagnostics();
  EXPECT_EQ(d.CodesOf("argentina"), std::vector<std::string>{"ARG"});
  EXPECT_EQ(d.CodesOf("argentine"), std::vector<std::string>{"ARG"});
  EXPECT_EQ(d.CodesOf("minas tirith"), std::vector<std::string>{"GON"});
  EXPECT_TRUE(d.CodesOf("bees").empty());
  EXPECT_EQ(d.CodesOf("smeagol").size(), 3u);
  std::vector<std::string> police = d.CodesOf("police");
  ASSERT_EQ(police.size(), 1u);
  EXPECT_EQ(police[0], "COP");
  EXPECT_EQ(d.CodesOf("next"), std::vector<std::string>{"NXT"});
  // Dated entries: Choose picks by day.
  std::vector<WordId> ids{d.vocab.Intern("smeagol")};
  auto match = d.actors.trie().Longest(ids);
  int day = 0;
  ASSERT_TRUE(ParseForeignDate("970101", day));
  int chosen = d.actors.Choose(match.payloads, day);
  ASSERT_GE(chosen, 0);
  EXPECT_EQ(d.vocab.Text(d.actors.entry(static_cast<uint32_t>(chosen)).code), "HOBGOV");
}

TEST(TabariAgents, PluralsAndTildes) {
  TempDir dir;
  ScratchDictionaries d;
  std::string path = dir.Write("t.agents",
                               "FOREIGN_MINISTER_  [~GOVFRM] ;x\n"
                               "HUMAN_RIGHTS_BODY_ {HUMAN_RIGHTS_BODIES_} [NGO~]\n"
                               "MEDIA_ {} [~MED]\n");
  EXPECT_EQ(LoadForeignActors(path, ForeignFormat::kTabari, true, d.targets, &d.diagnostics), 0u)
      << d.AllDiagnostics();
  d.actors.Freeze();
  EXPECT_EQ(d.CodesOf("foreign minister"), std::vector<std::string>{"GOVFRM"});
  EXPECT_EQ(d.CodesOf("foreign ministers"), std::vector<std::string>{"GOVFRM"});
  // "[NGO~]" keeps its trailing "~": the TABARI coder puts such agents before the actor ("NGOARN").
  EXPECT_EQ(d.CodesOf("human rights bodies"), std::vector<std::string>{"NGO~"});
  EXPECT_TRUE(d.CodesOf("medias").empty());
}

TEST(TabariProject, ResolvesFilesAndReportsMissingOnes) {
  TempDir dir;
  dir.Write("a.actors", "ARNOR_ [ARN]\n");
  dir.Write("v.verbs", "MEET_ [036]\n");
  dir.Write("o.options", "COMPLEX: VERBS[5]\nSET: LABEL = TRUE\nBOGUS LINE\n");
  std::string project = dir.Write("p.project",
                                  "My project\n<actorsfile> a.actors\n<verbsfile> v.verbs\n<optionsfile> o.options\n"
                                  "<agentfile> missing.agents\n<textfile> t.text\n<session 1> <coder x>\n");
  auto files = ReadTabariProject(project, nullptr);
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files.value().texts.size(), 1u);
  ScratchDictionaries d;
  size_t errors = LoadTabariProject(project, d.targets, &d.diagnostics);
  EXPECT_EQ(errors, 2u) << d.AllDiagnostics();  // the missing agents file, the bogus option
  EXPECT_TRUE(d.HasError(3, "unknown options command")) << d.AllDiagnostics();
  EXPECT_EQ(d.verbs.size(), 1u);
  EXPECT_EQ(d.actors.size(), 2u);  // "arnor" and its plural "arnors" (TABARI manual 5.2.3)
  ScratchDictionaries none;
  EXPECT_EQ(LoadTabariProject(dir.path() + "/nope.project", none.targets, &none.diagnostics), 1u);
}

TEST(TabariSyntax, DatesAndCodeBlocks) {
  int day = 0;
  EXPECT_TRUE(ParseForeignDate("950101", day));
  int day2 = 0;
  EXPECT_TRUE(ParseForeignDate("19950101", day2));
  EXPECT_EQ(day, day2);
  EXPECT_TRUE(ParseForeignDate("020101", day));  // 2002
  EXPECT_GT(day, day2);
  EXPECT_FALSE(ParseForeignDate("951301", day));
  EXPECT_FALSE(ParseForeignDate("95011", day));
  std::vector<CodeBlock> blocks;
  std::string_view rest;
  EXPECT_EQ(ParseCodeBlocks("NAME [A >950101] [B 950101 - 960101] [C]", blocks, rest), "");
  EXPECT_EQ(rest, "NAME");
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_TRUE(blocks[0].dated());
  EXPECT_FALSE(blocks[2].dated());
  blocks.clear();
  EXPECT_NE(ParseCodeBlocks("NAME [A 960101-950101]", blocks, rest), "");
  EXPECT_NE(ParseCodeBlocks("NAME [A", blocks, rest), "");
  EXPECT_NE(ParseCodeBlocks("NAME [A] trailing [B]", blocks, rest), "");
  EXPECT_NE(ParseCodeBlocks("NAME []", blocks, rest), "");
}

}  // namespace
}  // namespace casus
