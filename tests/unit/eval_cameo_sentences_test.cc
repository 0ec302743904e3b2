// Tests of the CAMEO sentence scorer (src/eval). The shared-data test checks
// that our gold alignment reports the same counts as the reference scorer.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "eval/cameo_sentence_eval.h"

namespace casus::eval {
namespace {

// A few names of our own; enough for the tiny gold sets below.
std::vector<std::string> TinyResolver(std::string_view text) {
  static const std::vector<std::pair<std::string, std::string>> kNames = {
      {"Jordan", "JOR"}, {"Britain", "GBR"}, {"Iraqi", "IRQ"}, {"Kabul", "AFG"},
      {"United Nations", "IGOUNO"}, {"Korea", "KOR/PRK"}, {"Zürich", "CHE"}};
  std::vector<std::pair<size_t, std::string>> found;
  for (const auto& [name, code] : kNames) {
    size_t at = text.find(name);
    if (at != std::string_view::npos) found.emplace_back(at, code);
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(f.second);
  return out;
}

constexpr std::string_view kTsv =
    "Iraqi police arrested protesters in Kabul.\t4\r\n"
    "Jordan and Britain agreed to cooperate.\t1\n"
    "The United Nations praised Korea.\t0\n";
constexpr std::string_view kBio =
    "Iraqi B-S\npolice I-S\narrested O\nprotesters B-T\nin O\nKabul B-T\n. O\n\n"
    "Jordan B-R\nand I-R\nBritain I-R\nagreed O\nto O\ncooperate O\n. O\n\n"
    "The O\nUnited B-S\nNations I-S\npraised O\nKorea B-T\n. O\n";

EvalEvent Event(std::string doc, int penta, std::string src, uint32_t sb, uint32_t se, std::string tgt, uint32_t tb,
                uint32_t te) {
  EvalEvent e;
  e.doc = std::move(doc);
  e.penta = penta;
  e.source_code = std::move(src);
  e.target_code = std::move(tgt);
  e.has_source_span = e.has_target_span = true;
  e.source_begin = sb;
  e.source_end = se;
  e.target_begin = tb;
  e.target_end = te;
  return e;
}

std::vector<std::string> Texts(const CameoSentenceGold& gold) {
  std::vector<std::string> texts;
  for (const auto& g : gold.sentences) texts.push_back(g.text);
  return texts;
}

TEST(CameoSentenceGold, IdentityPairingLocatesSpans) {
  auto gold = ParseCameoSentenceGold(kTsv, kBio);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_EQ(gold->sentences.size(), 3u);
  EXPECT_TRUE(gold->stats.identity_pairing);
  EXPECT_EQ(gold->stats.aligned_exact, 3u);
  EXPECT_EQ(gold->stats.gold_spans, 6u);
  const auto& first = gold->sentences[0];
  EXPECT_EQ(first.penta, 4);
  ASSERT_EQ(first.source.spans.size(), 1u);
  EXPECT_EQ(first.source.span_texts[0], "Iraqi police");
  ASSERT_EQ(first.target.spans.size(), 2u);
  EXPECT_EQ(first.target.span_texts[1], "Kabul");
  EXPECT_TRUE(gold->sentences[1].joint_actors);
  EXPECT_EQ(gold->sentences[1].source.span_texts[0], "Jordan and Britain");
}

TEST(CameoSentenceGold, BadLabelNamesTheLine) {
  auto gold = ParseCameoSentenceGold("ok\t1\nbad\t7\n", "", "g.tsv", "g.bio");
  ASSERT_FALSE(gold.ok());
  EXPECT_EQ(gold.status().message(), "g.tsv:2: label '7' is not 0-4");
  EXPECT_FALSE(ParseCameoSentenceGold("no tab here\n", "").ok());
  EXPECT_FALSE(ParseCameoSentenceGold("a\t1\n", "lonely\n").ok());
}

TEST(CameoSentenceGold, FuzzyPairingSearchesEditedSentences) {
  // Three TSV sentences, two BIO sentences; the second TSV sentence was edited.
  std::string tsv = "An unrelated sentence about the weather today.\t0\n"
                    "Reportedly, Iraqi police arrested protesters in Kabul on Monday.\t4\n"
                    "The United Nations praised Korea.\t0\n";
  std::string bio = "Iraqi B-S\npolice I-S\narrested O\nprotesters B-T\nin O\nKabul O\n. O\n\n"
                    "The O\nUnited B-S\nNations I-S\npraised O\nKorea B-T\n. O\n";
  auto gold = ParseCameoSentenceGold(tsv, bio);
  ASSERT_TRUE(gold.ok());
  EXPECT_FALSE(gold->stats.identity_pairing);
  EXPECT_EQ(gold->stats.unpaired, 1u);
  EXPECT_EQ(gold->stats.span_search, 1u);
  EXPECT_EQ(gold->stats.aligned_exact, 1u);
  EXPECT_EQ(gold->sentences[0].source.state, GoldSideState::kLost);
  EXPECT_EQ(gold->sentences[1].source.span_texts.at(0), "Iraqi police");
  EXPECT_EQ(gold->sentences[1].target.span_texts.at(0), "protesters");
}

TEST(CameoSentenceScores, CountsEveryFigure) {
  auto gold = ParseCameoSentenceGold(kTsv, kBio);
  ASSERT_TRUE(gold.ok());
  std::vector<EvalEvent> events = {
      // "Iraqi police" [0,12) -> "protesters" [22,32): penta 4, right spans and countries.
      Event("1", 4, "IRQCOP", 0, 12, "AFGCVL", 22, 32),
      // Joint actors: JOR -> GBR, penta 1.
      Event("2", 1, "JOR", 0, 6, "GBR", 11, 18),
      // Wrong penta first, then the right one with PRK (accepted for "Korea").
      Event("3", 2, "IGOUNO", 4, 18, "KOR", 27, 32),
      Event("3", 0, "IGOUNO", 4, 18, "PRK", 27, 32),
      Event("7", 0, "USA", 0, 1, "CHN", 1, 2),  // unknown document
  };
  CameoSentenceScores s = ScoreCameoSentences(gold.value(), Texts(gold.value()), events, TinyResolver);
  EXPECT_EQ(s.detected.hits, 3u);
  EXPECT_EQ(s.penta_first.hits, 2u);
  EXPECT_EQ(s.penta_any.hits, 3u);
  EXPECT_EQ(s.penta_prec.hits, 3u);
  EXPECT_EQ(s.penta_prec.n, 4u);
  EXPECT_EQ(s.source_span.hits, 3u);
  EXPECT_EQ(s.full.hits, 3u);
  EXPECT_EQ(s.src_country.hits, 3u);
  EXPECT_EQ(s.dyad_penta.hits, 3u);
  EXPECT_EQ(s.dyad_penta.n, 3u);
  EXPECT_EQ(s.diagnostics["events_unknown_doc"], 1u);
  EXPECT_EQ(s.confusion[0][2], 1u);
  EXPECT_EQ(s.events_histogram[2], 1u);
  EXPECT_TRUE(s.spans_in_output);

  // Joint actors must be two different countries of the R span.
  std::vector<EvalEvent> same = {Event("2", 1, "JOR", 0, 6, "JOR", 0, 6)};
  CameoSentenceScores t = ScoreCameoSentences(gold.value(), Texts(gold.value()), same, TinyResolver);
  EXPECT_EQ(t.dyad_penta.hits, 0u);
  EXPECT_EQ(t.src_country.hits, 1u);
}

TEST(CameoSentenceScores, ConvertsBytesToCharactersAndReportsBadOffsets) {
  auto gold = ParseCameoSentenceGold("In Zürich, Iraqi officials met Jordan.\t1\n",
                                     "In O\nZürich O\n, O\nIraqi B-S\nofficials I-S\nmet O\nJordan B-T\n. O\n");
  ASSERT_TRUE(gold.ok());
  // "Iraqi" starts at character 11 but byte 12 (ü takes two bytes).
  EvalEvent right = Event("1", 1, "IRQGOV", 12, 27, "JOR", 32, 38);
  right.source_text = "Iraqi officials";
  EvalEvent mid = Event("1", 1, "CHE", 5, 9, "JOR", 32, 38);      // byte 5 is inside ü
  EvalEvent outside = Event("1", 1, "IRQ", 12, 27, "JOR", 32, 99);
  outside.source_text = "wrong";
  CameoSentenceScores s =
      ScoreCameoSentences(gold.value(), Texts(gold.value()), {mid, outside, right}, TinyResolver);
  EXPECT_EQ(s.source_span.hits, 1u);
  EXPECT_EQ(s.full.hits, 1u);
  EXPECT_EQ(s.diagnostics["offsets_mid_char"], 1u);
  EXPECT_EQ(s.diagnostics["offsets_out_of_range"], 1u);
  EXPECT_EQ(s.diagnostics["offsets_text_mismatch"], 1u);
  EXPECT_EQ(s.mismatch_examples.size(), 1u);
}

TEST(CameoSentenceScores, SpanFiguresAreNotAvailableWithoutOffsets) {
  auto gold = ParseCameoSentenceGold(kTsv, kBio);
  ASSERT_TRUE(gold.ok());
  EvalEvent e;
  e.doc = "1";
  e.code = "173";  // no penta given: derived from the root (17 -> 4)
  e.source_code = "IRQCOP";
  CameoSentenceScores s = ScoreCameoSentences(gold.value(), Texts(gold.value()), {e}, TinyResolver);
  EXPECT_EQ(s.penta_first.hits, 1u);
  EXPECT_FALSE(s.Available(&CameoSentenceScores::source_span));
  EXPECT_EQ(s.source_span.n, 3u);
  EXPECT_NE(FormatScoresTable(s).find("source_span        0      3     n/a"), std::string::npos);
  auto json = nlohmann::json::parse(FormatScoresJson(s));
  EXPECT_TRUE(json["metrics"]["source_span"]["pct"].is_null());
  EXPECT_EQ(json["metrics"]["penta_first"]["hits"], 1);
  EXPECT_EQ(json["gold"]["r_sentences"], 1);
}

TEST(EvalEventsJsonLines, ReadsCasusOutputLeniently) {
  std::map<std::string, uint64_t> diagnostics;
  auto events = ParseEvalEventsJsonLines(
      "{\"doc\":\"3\",\"code\":\"194\",\"root\":\"19\",\"penta\":4,"
      "\"source\":{\"code\":\"RUSMIL\",\"text\":\"Russian troops\",\"begin\":0,\"end\":14},\"target\":null}\n"
      "\n{broken\n{\"penta\":2}\n{\"doc\":5,\"code\":\"042\",\"penta\":\"1\"}\n",
      diagnostics);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].doc, "3");
  EXPECT_EQ(events[0].penta, 4);
  EXPECT_EQ(events[0].code, "19");
  EXPECT_TRUE(events[0].has_source_span);
  EXPECT_EQ(events[0].source_end, 14u);
  EXPECT_EQ(events[0].source_text, "Russian troops");
  EXPECT_FALSE(events[0].has_target_span);
  EXPECT_EQ(events[1].doc, "5");
  EXPECT_EQ(events[1].penta, 1);
  EXPECT_EQ(diagnostics["bad_json_lines"], 1u);
  EXPECT_EQ(diagnostics["events_without_doc"], 1u);
}

// The gold alignment on the shared ConfliBERT files must report what the
// reference scorer reports in its header lines (run with no events).
TEST(CameoSentenceGold, SharedGoldAlignsLikeTheReferenceScorer) {
  namespace fs = std::filesystem;
  const fs::path shared = CASUS_SHARED_DIR;
  const fs::path tsv = shared / "data/conflibert-cameo-train/sentences.tsv";
  const fs::path bio = shared / "data/conflibert-cameo-train/spans.bio";
  const fs::path script = shared / "tools/score_cameo_sentences.py";
  if (!fs::exists(tsv) || !fs::exists(bio)) GTEST_SKIP() << "shared gold not found under " << shared;
  auto gold = LoadCameoSentenceGold(tsv.string(), bio.string());
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  CameoSentenceScores s = ScoreCameoSentences(gold.value(), Texts(gold.value()), {}, TinyResolver);
  auto ours = nlohmann::json::parse(FormatScoresJson(s))["gold"];
  EXPECT_EQ(ours["sentences"], gold->sentences.size());

  if (!fs::exists(script) || !fs::exists("/usr/bin/python3")) {
    GTEST_SKIP() << "reference scorer or /usr/bin/python3 not found; alignment loaded but not compared";
  }
  std::string command = "/usr/bin/python3 '" + script.string() + "' '" + tsv.string() + "' '" + bio.string() +
                        "' /dev/null --json";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  ASSERT_TRUE(pipe);
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) output.append(buffer, n);
  auto reference = nlohmann::json::parse(output, nullptr, false);
  ASSERT_FALSE(reference.is_discarded()) << output;
  for (const char* key : {"sentences", "ner_sentences", "pairing", "paired", "aligned_exact", "aligned_partial",
                          "span_search", "unpaired", "raw_tokens_in_order", "gold_spans", "gold_spans_unlocated",
                          "r_sentences", "no_S", "no_T"}) {
    EXPECT_EQ(ours[key], reference["gold"][key]) << key;
  }
  // The denominators of the span figures depend only on the gold.
  for (const char* key : {"source_span", "target_span", "full"}) {
    EXPECT_EQ(nlohmann::json::parse(FormatScoresJson(s))["metrics"][key]["n"], reference["metrics"][key]["n"]) << key;
  }
}

}  // namespace
}  // namespace casus::eval
