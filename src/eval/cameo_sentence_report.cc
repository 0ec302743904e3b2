// Printing the CAMEO sentence scores: the reference scorer's table and JSON.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "eval/cameo_sentence_eval.h"

namespace casus::eval {

const std::array<MetricInfo, 11> kCameoSentenceMetrics = {{
    {"detected", ">=1 event for the sentence", &CameoSentenceScores::detected, false},
    {"penta_first", "first event has the gold penta", &CameoSentenceScores::penta_first, false},
    {"penta_any", "some event has the gold penta", &CameoSentenceScores::penta_any, false},
    {"penta_prec", "events (n) whose penta is their sentence's gold penta", &CameoSentenceScores::penta_prec, false},
    {"source_span", "gold-penta event, source overlaps gold S", &CameoSentenceScores::source_span, true},
    {"target_span", "gold-penta event, target overlaps gold T", &CameoSentenceScores::target_span, true},
    {"full", "one event: penta + source + target spans", &CameoSentenceScores::full, true},
    {"src_country", "gold-penta event, source country = gold S", &CameoSentenceScores::src_country, false},
    {"tgt_country", "gold-penta event, target country = gold T", &CameoSentenceScores::tgt_country, false},
    {"dyad_penta", "one event: penta + both countries", &CameoSentenceScores::dyad_penta, false},
    {"dyad_any", "one event: both countries, any code", &CameoSentenceScores::dyad_any, false},
}};

bool CameoSentenceScores::Available(const Ratio CameoSentenceScores::*metric) const {
  bool span_metric = metric == &CameoSentenceScores::source_span || metric == &CameoSentenceScores::target_span ||
                     metric == &CameoSentenceScores::full;
  if (span_metric && !spans_in_output) return false;
  return (this->*metric).n != 0;
}

namespace {

std::string FormatMetric(const CameoSentenceScores& s, const Ratio CameoSentenceScores::*metric) {
  if (!s.Available(metric)) return "n/a";
  return fmt::format("{:.1f}%", (s.*metric).percent());
}

}  // namespace

double RoundPrinted(double value, int digits) {
  // Two-step formatting rounds like Python's round() on the printed value.
  return std::stod(fmt::format("{:.{}f}", value, digits));
}

std::string FormatScoresSummary(const CameoSentenceScores& s) {
  return fmt::format("full_match={} penta_first={} detected={} dyad_penta={} events_per_sentence={:.2f}",
                     FormatMetric(s, &CameoSentenceScores::full), FormatMetric(s, &CameoSentenceScores::penta_first),
                     FormatMetric(s, &CameoSentenceScores::detected), FormatMetric(s, &CameoSentenceScores::dyad_penta),
                     s.events_per_sentence());
}

std::string FormatScoresTable(const CameoSentenceScores& s, std::string_view events_label) {
  std::string out;
  auto line = [&out](const std::string& text) {
    out += text;
    out += '\n';
  };
  const GoldAlignmentStats& g = s.gold;
  line(fmt::format("gold: {} sentences ({}); NER: {} sentences, pairing {}, {} paired", s.sentences, s.tsv_path,
                   s.bio_sentences, g.identity_pairing ? "identity" : "fuzzy", g.paired));
  line(fmt::format("gold alignment: {} exact, {} exact-with-trailing-text, {} located span by span, {} without NER; "
                   "raw tokens found in order: {}; gold spans {}, not found in text {}",
                   g.aligned_exact, g.aligned_partial, g.span_search, g.unpaired, g.raw_tokens_in_order, g.gold_spans,
                   g.gold_spans_unlocated));
  line(fmt::format("gold: {} R (joint-actor) sentences, {} without S span, {} without T span "
                   "(an absent side is unconstrained in 'full')",
                   s.joint_actor_sentences, s.no_source_sentences, s.no_target_sentences));
  line(fmt::format("events: {} read ({}){}", s.events_read, events_label,
                   s.spans_in_output ? "" : "; no begin/end offsets in output: span metrics n/a"));
  line("");
  line(fmt::format("{:<13} {:>6} {:>6} {:>7}  {}", "metric", "hits", "n", "pct", "definition"));
  for (const MetricInfo& m : kCameoSentenceMetrics) {
    const Ratio& r = s.*(m.member);
    line(fmt::format("{:<13} {:>6} {:>6} {:>7}  {}", m.name, r.hits, r.n, FormatMetric(s, m.member), m.definition));
  }
  line(fmt::format("{:<13} {:>6} {:>6} {:>7.2f}  events per gold sentence; sentences with 0/1/2/3+ events: "
                   "{}/{}/{}/{}",
                   "events/sent", s.events, s.sentences, s.events_per_sentence(), s.events_histogram[0],
                   s.events_histogram[1], s.events_histogram[2], s.events_histogram[3]));
  line("");
  line("penta confusion (rows: gold 0-4; columns: first event's penta 0-4, '-' = no event)");
  line(fmt::format("        {:>5} {:>5} {:>5} {:>5} {:>5} {:>5}   recall", "0", "1", "2", "3", "4", "-"));
  for (size_t p = 0; p < 5; ++p) {
    const auto& row = s.confusion[p];
    uint64_t total = 0;
    for (uint64_t v : row) total += v;
    std::string cells;
    for (size_t k = 0; k < row.size(); ++k) cells += fmt::format("{}{:>5}", k ? " " : "", row[k]);
    std::string recall =
        total ? fmt::format("{:5.1f}%", 100.0 * static_cast<double>(row[p]) / static_cast<double>(total)) : "    -";
    line(fmt::format("  gold {}{}   {}", p, cells, recall));
  }
  if (!s.diagnostics.empty()) {
    line("");
    std::string items;
    for (const auto& [key, value] : s.diagnostics) {
      if (!value) continue;
      items += fmt::format("{}{}={}", items.empty() ? "" : ", ", key, value);
    }
    line("diagnostics: " + items);
    for (const std::string& example : s.mismatch_examples) line("  offset/text mismatch: " + example);
  }
  line("");
  line(FormatScoresSummary(s));
  return out;
}

std::string FormatScoresJson(const CameoSentenceScores& s) {
  nlohmann::json metrics = nlohmann::json::object();
  for (const MetricInfo& m : kCameoSentenceMetrics) {
    const Ratio& r = s.*(m.member);
    metrics[m.name] = {{"hits", r.hits},
                       {"n", r.n},
                       {"pct", s.Available(m.member) ? nlohmann::json(RoundPrinted(r.percent(), 2)) : nlohmann::json()}};
  }
  nlohmann::json confusion = nlohmann::json::array();
  for (const auto& row : s.confusion) confusion.push_back(row);
  const GoldAlignmentStats& g = s.gold;
  nlohmann::json gold = {
      {"sentences", s.sentences},
      {"ner_sentences", s.bio_sentences},
      {"pairing", g.identity_pairing ? "identity" : "fuzzy"},
      {"paired", g.paired},
      {"aligned_exact", g.aligned_exact},
      {"aligned_partial", g.aligned_partial},
      {"span_search", g.span_search},
      {"unpaired", g.unpaired},
      {"raw_tokens_in_order", g.raw_tokens_in_order},
      {"gold_spans", g.gold_spans},
      {"gold_spans_unlocated", g.gold_spans_unlocated},
      {"r_sentences", s.joint_actor_sentences},
      {"no_S", s.no_source_sentences},
      {"no_T", s.no_target_sentences},
  };
  nlohmann::json diagnostics = nlohmann::json::object();
  for (const auto& [key, value] : s.diagnostics) {
    if (value) diagnostics[key] = value;
  }
  nlohmann::json out = {
      {"metrics", metrics},
      {"events", s.events},
      {"events_per_sentence", RoundPrinted(s.events_per_sentence(), 4)},
      {"events_histogram",
       {{"0", s.events_histogram[0]}, {"1", s.events_histogram[1]}, {"2", s.events_histogram[2]},
        {"3+", s.events_histogram[3]}}},
      {"confusion_gold_by_first_penta", confusion},
      {"spans_in_output", s.spans_in_output},
      {"gold", gold},
      {"diagnostics", diagnostics},
      {"summary", FormatScoresSummary(s)},
  };
  return out.dump();
}

}  // namespace casus::eval
