#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "casus/diagnostics.h"
#include "casus/pipeline.h"
#include "core/text_util.h"

namespace casus {
namespace {

// Splits on spaces and lower-cases, like the tokenizer does for these plain names.
void SplitWords(std::string_view phrase, std::vector<std::string>& words) {
  for (std::string_view w : SplitFields(phrase, ' '))
    if (!w.empty()) words.push_back(AsciiLower(w));
}

std::vector<WordId> Ids(const Vocabulary& vocab, std::string_view phrase) {
  std::vector<std::string> words;
  SplitWords(phrase, words);
  std::vector<WordId> ids;
  for (const auto& w : words) ids.push_back(vocab.Find(w));
  return ids;
}

// The entries a whole phrase names, or none.
std::vector<const GazetteerEntry*> Lookup(const Gazetteer& g, const Vocabulary& vocab, std::string_view phrase) {
  std::vector<WordId> ids = Ids(vocab, phrase);
  std::vector<const GazetteerEntry*> out;
  PhraseTrie::Match m = g.trie().Longest(ids);
  if (m.length != ids.size()) return out;
  for (uint32_t i : m.payloads) out.push_back(&g.entry(i));
  return out;
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

TEST(Gazetteer, LoadsEntriesAndFindsThemByPhrase) {
  std::string path = WriteTemp("casus_gazetteer_test.tsv",
                               "# phrase\tkind\tname\tadmin1\tcountry\tlat\tlon\tprominence\tflags\n"
                               "Reading\tcity\tReading\tEngland\tGBR\t51.45625\t-0.97113\t318014\tcommon\n"
                               "Reading\tcity\tReading\tPennsylvania\tUSA\t40.33565\t-75.92687\t87879\tcommon\n"
                               "Rio de Janeiro\tcity\tRio de Janeiro\tRio de Janeiro\tBRA\t-22.90642\t-43.18223\t6023699\t-\n"
                               "Romania\tcountry\tRomania\t-\tROU\t46\t25\t1000000000\tactor=ROM\n"
                               "Washington\tcity\tWashington, D.C.\tDistrict of Columbia\tUSA\t38.89511\t-77.03637\t601723\tpreferred\n");
  Vocabulary vocab;
  DiagnosticList diagnostics;
  Gazetteer g;
  EXPECT_EQ(g.LoadFile(path, SplitWords, vocab, &diagnostics), 0u);
  g.Freeze();
  EXPECT_EQ(g.size(), 5u);

  auto reading = Lookup(g, vocab, "Reading");
  ASSERT_EQ(reading.size(), 2u);
  EXPECT_TRUE(reading[0]->common);
  EXPECT_EQ(vocab.Text(reading[0]->country), "GBR");
  EXPECT_EQ(vocab.Text(reading[1]->admin1), "Pennsylvania");
  EXPECT_DOUBLE_EQ(reading[1]->lat, 40.33565);

  auto rio = Lookup(g, vocab, "Rio de Janeiro");
  ASSERT_EQ(rio.size(), 1u);
  EXPECT_EQ(rio[0]->kind, PlaceKind::kCity);
  EXPECT_EQ(vocab.Text(rio[0]->name), "Rio de Janeiro");
  EXPECT_TRUE(Lookup(g, vocab, "Rio de").empty());

  auto washington = Lookup(g, vocab, "Washington");
  ASSERT_EQ(washington.size(), 1u);
  EXPECT_TRUE(washington[0]->preferred);
  EXPECT_EQ(vocab.Text(washington[0]->name), "Washington, D.C.");

  // Actor codes: the first three letters, CAMEO's own country codes included.
  EXPECT_EQ(vocab.Text(g.CountryOfActor("ROUGOV")), "ROU");
  EXPECT_EQ(vocab.Text(g.CountryOfActor("ROMMIL")), "ROU");
  EXPECT_EQ(g.CountryOfActor("IGOUNO"), kNoWord);
  EXPECT_EQ(g.CountryOfActor("US"), kNoWord);
  std::remove(path.c_str());
}

TEST(Gazetteer, ReportsMalformedLinesWithTheirNumbers) {
  std::string path = WriteTemp("casus_gazetteer_bad.tsv",
                               "Kharkiv\tcity\tKharkiv\tKharkiv\tUKR\t49.98081\t36.25272\t1430885\t-\n"
                               "Nowhere\ttown\tNowhere\t-\tUKR\t1\t2\t3\t-\n"
                               "Farplace\tcity\tFarplace\t-\tUKR\t95\t2\t3\t-\n"
                               "Short\tcity\tShort\n"
                               "Odd\tcity\tOdd\t-\tUKRAINE\t1\t2\t3\t-\n");
  Vocabulary vocab;
  DiagnosticList diagnostics;
  Gazetteer g;
  EXPECT_EQ(g.LoadFile(path, SplitWords, vocab, &diagnostics), 4u);
  ASSERT_EQ(diagnostics.items.size(), 4u);
  EXPECT_EQ(diagnostics.items[0].line, 2u);
  EXPECT_NE(diagnostics.items[0].message.find("unknown place kind 'town'"), std::string::npos);
  EXPECT_EQ(diagnostics.items[1].line, 3u);
  EXPECT_NE(diagnostics.items[1].message.find("latitude"), std::string::npos);
  EXPECT_EQ(diagnostics.items[2].line, 4u);
  EXPECT_EQ(diagnostics.items[3].line, 5u);
  EXPECT_NE(diagnostics.items[3].message.find("alpha-3"), std::string::npos);
  EXPECT_EQ(g.size(), 1u);  // the good line is kept

  DiagnosticList missing;
  Gazetteer none;
  EXPECT_EQ(none.LoadFile(path + ".absent", SplitWords, vocab, &missing), 1u);
  EXPECT_TRUE(none.empty());
  std::remove(path.c_str());
}

// The gazetteer the build generated (tools/build/generate_gazetteer.js).
TEST(Gazetteer, GeneratedGazetteerHoldsCitiesRegionsCountriesAndOurAdditions) {
  std::string path = DefaultGeneratedDir() + "/gazetteer.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not generated";
  Vocabulary vocab;
  DiagnosticList diagnostics;
  Gazetteer g;
  EXPECT_EQ(g.LoadFile(path, SplitWords, vocab, &diagnostics), 0u);
  g.Freeze();
  EXPECT_GT(g.size(), 20000u);

  auto kinds_of = [&](std::string_view phrase, std::string_view country) {
    std::vector<PlaceKind> kinds;
    for (const GazetteerEntry* e : Lookup(g, vocab, phrase))
      if (vocab.Text(e->country) == country) kinds.push_back(e->kind);
    return kinds;
  };
  auto has = [](const std::vector<PlaceKind>& kinds, PlaceKind k) {
    return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
  };
  EXPECT_TRUE(has(kinds_of("Kharkiv", "UKR"), PlaceKind::kCity));     // GeoNames city
  EXPECT_TRUE(has(kinds_of("Kharkiv", "UKR"), PlaceKind::kAdmin1));   // and its oblast
  EXPECT_TRUE(has(kinds_of("Helmand", "AFG"), PlaceKind::kAdmin1));   // "Helmand" without "Province"
  EXPECT_TRUE(has(kinds_of("Syria", "SYR"), PlaceKind::kCountry));
  EXPECT_TRUE(has(kinds_of("Britain", "GBR"), PlaceKind::kCountry));  // places_extra.tsv alias
  EXPECT_TRUE(has(kinds_of("Hama", "SYR"), PlaceKind::kCity));        // renamed from Ḩamāh
  EXPECT_TRUE(has(kinds_of("Lashkar Gah", "AFG"), PlaceKind::kCity)); // accents folded
  EXPECT_TRUE(has(kinds_of("Donbas", "UKR"), PlaceKind::kRegion));    // our own region
  EXPECT_TRUE(has(kinds_of("Raqqa", "SYR"), PlaceKind::kCity));       // "Ar Raqqah" without the article
  EXPECT_TRUE(Lookup(g, vocab, "Of").empty());                        // stopped
  EXPECT_TRUE(Lookup(g, vocab, "Police").empty());

  auto kharkiv = Lookup(g, vocab, "Kharkiv");
  for (const GazetteerEntry* e : kharkiv) {
    if (e->kind != PlaceKind::kCity) continue;
    EXPECT_NEAR(e->lat, 49.98, 0.05);
    EXPECT_NEAR(e->lon, 36.25, 0.05);
    EXPECT_EQ(vocab.Text(e->admin1), "Kharkiv");
  }
  for (const GazetteerEntry* e : Lookup(g, vocab, "Reading")) EXPECT_TRUE(e->common);
}

}  // namespace
}  // namespace casus
