// ActorDuplicateFinder (casus dict lint): actor and agent names listed twice
// with overlapping dates, within one dictionary and across several.
#include "dict/actor_duplicates.h"

#include <gtest/gtest.h>

#include <climits>
#include <map>

#include "core/text_util.h"

namespace casus {
namespace {

int Day(const char* iso) {
  int days = 0;
  EXPECT_TRUE(ParseIsoDate(iso, days)) << iso;
  return days;
}

// One scratch dictionary, filled entry by entry as a reader would.
struct Dictionary {
  Vocabulary vocab;
  ActorDictionary actors;
  uint32_t file;
  explicit Dictionary(const char* name) : file(actors.AddFile(name)) {}

  void Add(const char* code, const char* phrase, uint32_t line, int from = INT_MIN, int to = INT_MAX,
           bool agent = false) {
    ActorEntry e;
    e.code = vocab.Intern(code);
    e.from_day = from;
    e.to_day = to;
    e.dated = from != INT_MIN || to != INT_MAX;
    e.agent = agent;
    e.file = file;
    e.line = line;
    std::vector<std::string> words;
    for (std::string_view w : SplitFields(phrase, ' ')) words.emplace_back(w);
    actors.Add(words, e, vocab);
  }
};

std::vector<std::string> Lint(std::initializer_list<const Dictionary*> dictionaries,
                              ActorDuplicateFinder::Counts* counts = nullptr) {
  ActorDuplicateFinder finder;
  for (const Dictionary* d : dictionaries) finder.Add(d->actors, d->vocab);
  DiagnosticList list;
  ActorDuplicateFinder::Counts c = finder.Report(&list);
  if (counts) *counts = c;
  std::vector<std::string> lines;
  for (const Diagnostic& d : list.items) {
    EXPECT_EQ(d.severity, Severity::kWarning) << d.ToString();
    lines.push_back(d.ToString());
  }
  return lines;
}

TEST(PhraseTrieForEachPhrase, GivesEachPhraseWithItsPayloadsBeforeAndAfterFreeze) {
  PhraseTrie trie;
  const WordId barack = 1, obama = 2, un = 3;
  trie.Add(std::vector<WordId>{barack, obama}, 7);
  trie.Add(std::vector<WordId>{obama}, 8);
  trie.Add(std::vector<WordId>{barack, obama}, 9);
  trie.Add(std::vector<WordId>{un}, 10);
  for (bool frozen : {false, true}) {
    if (frozen) trie.Freeze();
    std::map<std::vector<WordId>, std::vector<uint32_t>> seen;
    trie.ForEachPhrase([&](std::span<const WordId> words, std::span<const uint32_t> payloads) {
      EXPECT_TRUE(seen.emplace(std::vector<WordId>(words.begin(), words.end()),
                               std::vector<uint32_t>(payloads.begin(), payloads.end()))
                      .second);
    });
    std::map<std::vector<WordId>, std::vector<uint32_t>> expected{
        {{barack, obama}, {7, 9}}, {{obama}, {8}}, {{un}, {10}}};
    EXPECT_EQ(seen, expected) << (frozen ? "frozen" : "not frozen");
  }
}

TEST(ActorDuplicates, SameCodeOverlappingIsADuplicateOtherCodeAConflict) {
  Dictionary d("people.txt");
  d.Add("USAGOV", "barack obama", 1, Day("2009-01-20"), Day("2017-01-20"));
  d.Add("USAGOV", "barack obama", 2, Day("2012-01-01"), Day("2012-12-31"));
  d.Add("USAELI", "barack obama", 3, Day("2016-06-01"), INT_MAX);
  ActorDuplicateFinder::Counts counts;
  std::vector<std::string> expected{
      "people.txt:2: warning: duplicate actor 'barack obama' USAGOV 2012-01-01..2012-12-31 (also USAGOV "
      "2009-01-20..2017-01-20 at people.txt:1)",
      "people.txt:3: warning: conflicting actor 'barack obama': USAELI 2016-06-01.. here, USAGOV "
      "2009-01-20..2017-01-20 at people.txt:1"};
  EXPECT_EQ(Lint({&d}, &counts), expected);
  EXPECT_EQ(counts.duplicates, 1u);
  EXPECT_EQ(counts.conflicts, 1u);
}

TEST(ActorDuplicates, HandoverDayAndDisjointRangesAreNotReported) {
  Dictionary d("people.txt");
  d.Add("USAGOV", "barack obama", 1, Day("2009-01-20"), Day("2017-01-20"));
  d.Add("USAELI", "barack obama", 2, Day("2017-01-20"), INT_MAX);  // shares only the handover day
  d.Add("USAELI", "barack obama", 3, INT_MIN, Day("2009-01-20"));
  d.Add("FRAGOV", "francois mitterrand", 4, INT_MIN, Day("1995-05-17"));
  d.Add("FRAELI", "francois mitterrand", 5, Day("1995-05-18"), Day("1996-01-08"));
  EXPECT_EQ(Lint({&d}), std::vector<std::string>{});
}

TEST(ActorDuplicates, OneSharedDayThatIsNoHandoverOverlaps) {
  Dictionary d("people.txt");
  d.Add("AAAGOV", "someone", 1, Day("2001-01-01"), Day("2001-01-10"));
  d.Add("AAAELI", "someone", 2, Day("2001-01-05"), Day("2001-01-05"));  // inside the first range
  d.Add("BBBGOV", "another", 3, Day("2001-01-05"), Day("2001-01-05"));
  d.Add("BBBGOV", "another", 4, Day("2001-01-05"), Day("2001-01-05"));  // the same single day
  EXPECT_EQ(Lint({&d}).size(), 2u);
}

TEST(ActorDuplicates, UndatedDefaultsAndDatedRolesDoNotClash) {
  Dictionary d("people.txt");
  d.Add("RUS", "vladimir putin", 1);
  d.Add("RUSGOV", "vladimir putin", 2, Day("2000-05-07"), INT_MAX);
  d.Add("RUS", "vladimir putin", 3);     // duplicate of line 1
  d.Add("RUSELI", "vladimir putin", 4);  // conflicts with line 1
  ActorDuplicateFinder::Counts counts;
  std::vector<std::string> lines = Lint({&d}, &counts);
  EXPECT_EQ(counts.duplicates, 1u);
  EXPECT_EQ(counts.conflicts, 1u);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "people.txt:3: warning: duplicate actor 'vladimir putin' RUS (also RUS at people.txt:1)");
  EXPECT_EQ(lines[1], "people.txt:4: warning: conflicting actor 'vladimir putin': RUSELI here, RUS at people.txt:1");
}

TEST(ActorDuplicates, ActorsAndAgentsAreSeparateNameSpaces) {
  Dictionary d("mixed.txt");
  d.Add("USALEG", "congress", 1);
  d.Add("LEG", "congress", 2, INT_MIN, INT_MAX, true);
  EXPECT_EQ(Lint({&d}), std::vector<std::string>{});
  d.Add("GOV", "congress", 3, INT_MIN, INT_MAX, true);
  EXPECT_EQ(Lint({&d}), std::vector<std::string>{
                            "mixed.txt:3: warning: conflicting agent 'congress': GOV here, LEG at mixed.txt:2"});
}

TEST(ActorDuplicates, ComparesAcrossDictionariesWithTheirOwnVocabularies) {
  Dictionary ours("actors/igos.txt"), theirs("Phoenix.International.actors.txt");
  theirs.vocab.Intern("padding");  // word ids differ between the two
  ours.Add("IGOUNO", "united nations", 5);
  theirs.Add("IGOUNO", "united nations", 20);
  theirs.Add("NGO", "united nations", 21);
  std::vector<std::string> expected{
      "Phoenix.International.actors.txt:20: warning: duplicate actor 'united nations' IGOUNO (also IGOUNO at "
      "actors/igos.txt:5)",
      "Phoenix.International.actors.txt:21: warning: conflicting actor 'united nations': NGO here, IGOUNO at "
      "actors/igos.txt:5"};
  EXPECT_EQ(Lint({&ours, &theirs}), expected);
}

TEST(ActorDuplicates, OneEntrysSpellingsAreOneListingAndClashingFormsOneReport) {
  Dictionary d("Test.actors");
  // A foreign entry's names each get a copy of the entry, and a phrase may be
  // given twice: one listing, no report.
  d.Add("USA", "united states", 1);
  d.Add("USA", "united states", 1);
  EXPECT_EQ(Lint({&d}), std::vector<std::string>{});
  // Two entries clashing on several forms (a stem's variants): one report.
  d.Add("AGR", "al gore", 2);
  d.Add("AGR", "al gores", 2);
  d.Add("TEN", "al gore", 3);
  d.Add("TEN", "al gores", 3);
  EXPECT_EQ(Lint({&d}), std::vector<std::string>{
                            "Test.actors:3: warning: conflicting actor 'al gore' (and 1 more form): TEN here, AGR at "
                            "Test.actors:2"});
  // Two code blocks of one entry.
  d.Add("HOB", "smeagol", 4, INT_MIN, Day("1995-06-01"));
  d.Add("HOBGOV", "smeagol", 4, Day("1995-05-01"), Day("1999-08-15"));
  EXPECT_EQ(Lint({&d}).back(),
            "Test.actors:4: warning: conflicting actor 'smeagol': HOBGOV 1995-05-01..1999-08-15 here, HOB "
            "..1995-06-01 in the same entry");
}

TEST(ActorDuplicates, ManyListingsOfOneNameGiveOneReportEach) {
  Dictionary d("big.txt");
  for (uint32_t line = 1; line <= 5000; ++line) d.Add("ABC", "the same name", line);
  ActorDuplicateFinder::Counts counts;
  EXPECT_EQ(Lint({&d}, &counts).size(), 4999u);
  EXPECT_EQ(counts.duplicates, 4999u);
  EXPECT_EQ(counts.conflicts, 0u);
}

}  // namespace
}  // namespace casus
