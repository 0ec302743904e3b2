// Scoring casus against the PLOVER gold-standard records (PLOVER_GSR_CAMEO): the
// module behind `casus eval plover-gsr`. docs/eval.md defines every figure.
//
// The GSR file is a JSON array of records, each one sentence of the CAMEO
// manual coded in an early PLOVER (version 0.5b1, 2016): "text", "event" (the
// category), "source"/"target" lists of {actorText, code, sector}, "date",
// "mode". The early category names are mapped to today's (DEMAND -> REQUEST,
// ...); a record is found when casus codes, in its text, an event of that
// category whose source and target countries are among the record's.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"
#include "eval/cameo_sentence_eval.h"

namespace casus::eval {

// ---------------------------------------------------------------- categories

// Today's PLOVER category for an event name of the GSR: the early names
// DEMAND, DISAPPROVE, INVESTIGATE and FIGHT become REQUEST, ACCUSE, ACCUSE and
// ASSAULT (PLOVER manual, "CAMEO to PLOVER translation"); today's names map to
// themselves. Empty for a name PLOVER never had.
std::string_view TodaysPloverCategory(std::string_view gsr_event);

// The category that today's PLOVER files the GSR record's mode under, when it
// differs from `category` and is accepted too: the mode must be a mode of
// exactly one category today (plover_categories.tsv), of the same quad class
// as `category`. ("COERCE" with mode "destroy" -> "ASSAULT": CAMEO 1712,
// destroy property, moved to ASSAULT.) Empty otherwise.
std::string_view ModeAlternativeCategory(std::string_view category, std::string_view mode);

// ------------------------------------------------------------------ countries

// The country an actor code stands for, for comparing the GSR's codes with
// ours: its first three letters, upper-cased, with `aliases` applied. Codes
// shorter than three letters give "".
using CountryAliases = std::map<std::string, std::string, std::less<>>;
std::string ActorCountry(std::string_view actor_code, const CountryAliases& aliases);

// The GSR's codes that are not ISO 3166 alpha-3 (older schemes, typos), each
// to the ISO code its actor text names: JAP -> JPN, ITL -> ITA, VTN -> VNM.
const CountryAliases& GsrCodeAliases();

// Our (CAMEO) codes to ISO 3166 alpha-3: the `code ISO CAMEO` lines of
// data/tables/country_codes.tsv (ROM -> ROU, TMP -> TLS, ...) and PAL -> PSE
// (CAMEO's Palestinian people; the GSR codes Palestinians PSE). The table is
// looked for in the "tables" folder beside `dict_dir`, as Pipeline::Load looks
// for cameo_codes.tsv, else in the source tree's data/tables.
Result<CountryAliases> LoadCameoCountryAliases(const std::string& dict_dir);
// The same from the file's contents; `name` is used in messages.
Result<CountryAliases> ParseCameoCountryAliases(std::string_view data, const std::string& name);

// -------------------------------------------------------------------- records

struct GsrActor {
  std::string text;     // actorText
  std::string code;     // as given ("JAP", "IGO")
  std::string country;  // ActorCountry(code, GsrCodeAliases())
  std::string sector;
};

struct GsrRecord {
  size_t position = 0;  // 1-based element of the array
  uint32_t line = 0;    // line of its opening brace
  std::string id;       // "PLOVER-GSR01-AGREE-0001"; made unique, "record-N" if absent
  std::string event;    // as in the file: "DEMAND"
  std::string category;           // today's: "REQUEST"
  std::string mode_category;      // ModeAlternativeCategory, or empty
  std::string mode, text, date;
  std::vector<GsrActor> sources, targets;  // empty: no such side in the gold
};

// A record that could not be read (or was read after a repair), or a problem
// of the array around the records.
struct GsrProblem {
  size_t position = 0;  // 1-based array element; 0: the array itself
  uint32_t line = 0;
  std::string id;       // when it could be seen
  std::string message;
  bool record_lost = true;  // false: a warning, the record was read
};

struct PloverGsr {
  std::string path;
  std::vector<GsrRecord> records;
  std::vector<GsrProblem> problems;
  uint64_t elements = 0;          // array elements seen
  uint64_t documentation = 0;     // DOCUMENT records (skipped)
  uint64_t lost = 0;              // records that could not be read
};

// Reads the GSR file. Fails only when the file cannot be read or is not a
// JSON array at all; a malformed record (bad JSON, a missing field, an
// unknown category) is reported in `problems` with its position and the
// others are read. Trailing commas inside a record are repaired (a warning).
Result<PloverGsr> LoadPloverGsr(const std::string& path);
Result<PloverGsr> ParsePloverGsr(std::string_view data, const std::string& name = "<gsr>");

// -------------------------------------------------------------------- scoring

// An event's side against the record's: right, no actor, an actor without a
// country (an agent code only: "GOV"), another country.
enum class GsrSide : uint8_t { kOk, kMissing, kNoCountry, kWrong };

// Three-letter codes that begin an actor code without a country: our agent
// (role) codes, "GOV" in a bare "GOV".
using AgentPrefixes = std::set<std::string, std::less<>>;

struct GsrOutcome {
  const GsrRecord* record = nullptr;
  uint64_t events = 0;
  bool category = false;         // an event of the category (or the mode's)
  bool category_source = false;  // ... whose source country is right
  bool category_dyad = false;    // ... whose source and target are right
  bool by_mode_category = false; // the best hit needed the mode's category
  std::string failure;           // empty on a dyad hit
};

// One row of the report: records, and those with any event, an event of the
// category, with the right source, with the right source and target.
struct GsrRow {
  std::string name;      // GSR event name, or today's category
  std::string category;  // today's category (rows by GSR name)
  uint64_t records = 0;
  Ratio detected, category_hit, category_source, category_dyad;
};

struct PloverGsrScores {
  std::string path;
  std::vector<GsrRow> by_gsr_event;  // sorted by name
  std::vector<GsrRow> by_category;   // today's categories, sorted by name
  GsrRow total;
  std::vector<GsrOutcome> outcomes;  // one per record, in file order
  // Most common first; ties by name.
  std::vector<std::pair<std::string, uint64_t>> failures;             // "target wrong country"
  std::vector<std::pair<std::string, uint64_t>> category_confusions;  // "REQUEST -> ACCUSE"
  std::vector<std::pair<std::string, uint64_t>> country_confusions;   // "source PSE -> PAL"
  uint64_t events = 0, events_unknown_doc = 0, events_without_category = 0;
  uint64_t mode_category_hits = 0;
  uint64_t elements = 0, documentation = 0, lost = 0;
  std::vector<GsrProblem> problems;
};

// `events[i].doc` is the GSR record id the event was coded from, `plover` its
// category (empty: CAMEO codes PLOVER drops) and source/target_code its actor
// codes; `our_aliases` normalise our codes (LoadCameoCountryAliases);
// `agents` tell an actor without a country from one of another country.
PloverGsrScores ScorePloverGsr(const PloverGsr& gold, const std::vector<EvalEvent>& events,
                               const CountryAliases& our_aliases, const AgentPrefixes& agents);

std::string FormatPloverGsrTable(const PloverGsrScores& scores, std::string_view events_label = "casus");
std::string FormatPloverGsrJson(const PloverGsrScores& scores);

}  // namespace casus::eval
