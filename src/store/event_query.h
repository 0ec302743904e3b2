// Reading events back: filters that become parameterized SQL (user values are
// always bound, never spliced into the text), rows, and counts per period.
// The SQL is the same for every backend but for the Dialect's fragments.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "casus/status.h"
#include "store/store.h"

namespace casus::store {

// Actor filters match a code and every code that begins with it: "CHN" matches
// "CHN" and "CHNGOV". Empty fields and 0 do not filter.
struct EventFilter {
  int64_t run = 0;     // 0: each document's current run; else that run's events
  std::string actor;   // on either side (prefix)
  std::string country; // the first three letters of either side's code
  std::string agent;   // a three-letter agent (GOV, MIL, ...) anywhere in either side's code
  std::string source;
  std::string target;
  std::string dyad_source, dyad_target;
  bool both_directions = false;  // the dyad in either direction
  std::string code;    // exact CAMEO code
  std::string root;    // exact two-digit root
  int quad = 0;
  int penta = -1;      // -1: any
  std::string plover;  // exact PLOVER category
  std::string from, to;  // YYYY-MM-DD, inclusive
  uint16_t flags = 0;    // events with every one of these flags (EventFlag bits)
  bool unflagged = false;  // events without any flag
  std::string text;    // full-text query on the sentence (needs has_full_text)
  int64_t limit = 0;   // 0: no limit
  int64_t event_id = 0;  // one event by its events.id; 0: any
  bool unique = false;   // first reports only: events, not reports (no duplicate_of)
  std::string doc;       // one document's events; empty: any
};

// One stored event with every field of the output contract (docs/output.md),
// and what the exports add: the row id, the document's url and source, and
// when the run that coded it started.
struct StoredEvent {
  int64_t id = 0;  // events.id: stable while the document is not re-ingested
  std::string doc;
  int64_t sentence = 0;
  std::string date;  // empty: unknown
  std::string code, root;
  int quad = 0, penta = 0;
  double goldstein = 0.0;
  std::string plover;  // empty: none
  struct Actor {
    bool present = false;
    std::string code, text;
    int64_t begin = 0, end = 0;
  } source, target;
  std::string trigger_text;
  int64_t trigger_begin = 0, trigger_end = 0;
  std::string sentence_text;
  uint16_t flags = 0;
  int64_t run = 0;
  std::string run_started;  // UTC, ISO 8601
  std::string url, news_source;
  struct Location {
    bool present = false;
    std::string text, name, admin1, country;
    double lat = 0, lon = 0;
    int64_t begin = 0, end = 0;  // bytes of the words that name it
  } location;
  // Deduplication (Store::LinkReports): "DOC:SENTENCE:K" as `casus dedup`
  // names events, the first report's events.id and key (0 and "" for a first
  // report), and the event's reports and distinct news sources.
  std::string key;
  int64_t duplicate_of = 0;
  std::string duplicate_of_key;
  int64_t reports = 1, sources = 1;
};

// Calls `visit` for each matching event in storage order (documents as
// ingested, events as coded); `visit` returns false to stop early.
Status ForEachEvent(Store& store, const EventFilter& filter, const std::function<bool(const StoredEvent&)>& visit);

enum class Period { kDay, kWeek, kMonth };

// Events with a date, grouped by period (weeks are named by their Monday),
// QuadClass and, when asked, dyad (the first three letters of each side's code,
// "" when a side is missing). Events without a date are left out.
struct PeriodCount {
  std::string period;
  std::string source, target;  // with by_dyad
  int quad = 0;
  int64_t events = 0;
  double goldstein_sum = 0.0;
  double goldstein_mean = 0.0;
};

Result<std::vector<PeriodCount>> CountByPeriod(Store& store, const EventFilter& filter, Period period,
                                               bool by_dyad = false);

}  // namespace casus::store
