// Scoring casus against a ConfliBERT-style CAMEO sentence gold set: the module
// behind `casus eval cameo-sentences`. It re-implements the reference scorer
// (../shared/tools/score_cameo_sentences.py) so that the same events give the
// same figures; docs/eval.md defines every figure.
//
// The gold set is two files: a TSV (sentence TAB PentaClass label 0-4) and the
// same sentences tokenised in BIO format (B-S/I-S source, B-T/I-T target,
// B-R/I-R joint actors). Gold sentence i (0-based) is coded as document
// str(i+1), one sentence per line.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"

namespace casus::eval {

// One coded event as the scorer needs it. Offsets are UTF-8 bytes into the
// document text, end exclusive, as in casus's JSON output.
struct EvalEvent {
  std::string doc;       // document id: "1" for the first gold sentence
  int penta = -1;        // PentaClass 0-4; -1: not given (derived from `code`)
  std::string code;      // CAMEO code or root ("194", "19"); used when penta is -1
  std::string cameo_code;  // the event's full CAMEO code when known ("194")
  std::string plover;      // PLOVER category ("ASSAULT"); empty: none or not given
  bool plover_given = false;  // the events said (a "plover" field, even null)
  std::string source_code, target_code;  // actor codes; empty: no actor / no code
  bool has_source_span = false, has_target_span = false;
  uint32_t source_begin = 0, source_end = 0, target_begin = 0, target_end = 0;
  // The actor texts as the coder printed them; checked against the offsets when
  // not empty (a mismatch is counted under diagnostics).
  std::string source_text, target_text;
};

// Maps a gold span's text to the countries it names, in text order: country
// codes (the first three letters of actor codes are used: "IRQ", "IRQGOV"),
// and "IGO"/"NGO" for organisations. One entry per name; a name that stands
// for several countries gives them separated by '/' ("SRB/YUG", "KOR/PRK"),
// any of which is accepted. For a source or target span only the first entry
// counts (the leftmost name decides, as in the reference scorer); for a
// joint-actor (R) span every entry counts. Return nothing when the span names
// no country (or starts with a transnational actor).
using CountryResolver = std::function<std::vector<std::string>(std::string_view span_text)>;

// [begin, end) in code points of the sentence text (characters, not bytes).
struct CharSpan {
  uint32_t begin = 0, end = 0;
};

enum class GoldSideState : uint8_t {
  kLost,  // the side's spans could not be located (or the sentence has no BIO pair)
  kNone,  // the gold has no span for this side: unconstrained in "full"
  kOk,    // at least one span located
};

enum class GoldAlignment : uint8_t { kUnpaired, kExact, kPartial, kSpanSearch };

struct GoldSide {
  GoldSideState state = GoldSideState::kLost;
  std::vector<CharSpan> spans;          // located spans
  std::vector<std::string> span_texts;  // their UTF-8 text, for the resolver
};

struct CameoGoldSentence {
  std::string text;  // UTF-8, exactly the TSV text column
  int penta = 0;
  GoldSide source, target;  // for joint-actor sentences both hold the R spans
  bool joint_actors = false;
  GoldAlignment alignment = GoldAlignment::kUnpaired;
};

// How the two gold files were lined up; the report's header lines.
struct GoldAlignmentStats {
  bool identity_pairing = false;  // same counts, tokens align: sentence i <-> i
  uint64_t paired = 0;
  uint64_t aligned_exact = 0, aligned_partial = 0, span_search = 0, unpaired = 0;
  uint64_t raw_tokens_in_order = 0;
  uint64_t gold_spans = 0, gold_spans_unlocated = 0;
};

struct CameoSentenceGold {
  std::string tsv_path, bio_path;  // for the report
  std::vector<CameoGoldSentence> sentences;
  uint64_t bio_sentences = 0;
  GoldAlignmentStats stats;
};

// Reads and aligns the gold files. Fails (naming file and line) on unreadable
// files, invalid UTF-8, a TSV line without a TAB or with a label outside 0-4,
// or a BIO line that is not "TOKEN TAG".
Result<CameoSentenceGold> LoadCameoSentenceGold(const std::string& tsv_path, const std::string& bio_path);
// The same from file contents; the names are used in messages only.
Result<CameoSentenceGold> ParseCameoSentenceGold(std::string_view tsv_data, std::string_view bio_data,
                                                 const std::string& tsv_name = "<tsv>",
                                                 const std::string& bio_name = "<bio>");

// A figure: hits out of n sentences (or events, for penta_prec).
struct Ratio {
  uint64_t hits = 0;
  uint64_t n = 0;
  double percent() const { return n ? 100.0 * static_cast<double>(hits) / static_cast<double>(n) : 0.0; }
};

struct CameoSentenceScores {
  Ratio detected, penta_first, penta_any, penta_prec;
  Ratio source_span, target_span, full;
  Ratio src_country, tgt_country, dyad_penta, dyad_any;
  uint64_t sentences = 0;
  uint64_t events = 0;  // events of known documents
  uint64_t events_read = 0;
  std::array<uint64_t, 4> events_histogram{};  // sentences with 0, 1, 2, 3+ events
  // confusion[gold penta][first event's penta], column 5: no event.
  std::array<std::array<uint64_t, 6>, 5> confusion{};
  bool spans_in_output = false;  // some event has offsets; else span figures are n/a
  // Gold description, copied for the report.
  std::string tsv_path;
  uint64_t bio_sentences = 0;
  GoldAlignmentStats gold;
  uint64_t joint_actor_sentences = 0, no_source_sentences = 0, no_target_sentences = 0;
  // Counted problems of the events (offsets out of range, mid-character, text
  // that differs from the offsets, unknown documents, ...); zero counts absent.
  std::map<std::string, uint64_t> diagnostics;
  std::vector<std::string> mismatch_examples;  // the first three offset/text mismatches

  double events_per_sentence() const {
    return sentences ? static_cast<double>(events) / static_cast<double>(sentences) : 0.0;
  }
  // The figure's value, or false when it is "n/a" (no denominator, or a span
  // figure while the output has no offsets).
  bool Available(const Ratio CameoSentenceScores::*metric) const;
};

// The figures in report order, with their one-line definitions.
struct MetricInfo {
  const char* name;
  const char* definition;
  Ratio CameoSentenceScores::*member;
  bool span_metric;
};
extern const std::array<MetricInfo, 11> kCameoSentenceMetrics;

// `document_texts[i]` is the text casus coded as document str(i+1) (the TSV
// text column); byte offsets are converted to characters against it. A text
// that is missing falls back to the gold sentence.
CameoSentenceScores ScoreCameoSentences(const CameoSentenceGold& gold, const std::vector<std::string>& document_texts,
                                        const std::vector<EvalEvent>& events, const CountryResolver& resolver);

// Reads casus JSON-lines output (or any events with "doc", "code"/"root",
// "penta", "source"/"target"). Unparseable lines and events without "doc" are
// counted in `diagnostics` ("bad_json_lines", "events_without_doc",
// "events_with_structured_doc").
std::vector<EvalEvent> ParseEvalEventsJsonLines(std::string_view data, std::map<std::string, uint64_t>& diagnostics);

// The reference scorer's table (header lines, figures, penta confusion,
// diagnostics, summary line) and its --json object.
std::string FormatScoresTable(const CameoSentenceScores& scores, std::string_view events_label = "casus");
std::string FormatScoresJson(const CameoSentenceScores& scores);
// A figure for JSON output: `value` rounded as it prints with `digits` decimals.
double RoundPrinted(double value, int digits);

// "full_match=... penta_first=... detected=... dyad_penta=... events_per_sentence=..."
std::string FormatScoresSummary(const CameoSentenceScores& scores);

}  // namespace casus::eval
