// Deduplication: links reports of the same event without deleting any. A
// separate, switchable step over event records (docs/extras.md): `casus
// dedup` runs it on JSON lines; a store can run it on its rows.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

// What deduplication reads of an event record.
struct DedupEvent {
  std::string doc;
  std::string source, target;  // actor codes, "" when the side has none
  std::string code, root;      // CAMEO code and its root ("190", "19")
  int day = 0;                 // days since 1970-01-01 ...
  bool has_day = false;        // ... when the record has a date
  std::string place;           // DedupPlace of its location, "" when unknown
};

// What tells two places apart: "name|country", or "" when both are unknown.
std::string DedupPlace(std::string_view name, std::string_view country);

enum class DedupMode {
  kDay,    // classic one-a-day filter: same source, target, code and date
  kStory,  // same dyad (both sides known), CAMEO root, dates within the window, compatible places, another document
};

struct DedupOptions {
  DedupMode mode = DedupMode::kDay;
  int window_days = 2;  // kStory: largest distance in days from the first report
};

// Per event, in input order: the index of the first report of the same event
// (-1 for a first report, which is kept), and how many reports that event has
// (the first report included; the same number on every report of one event).
struct DedupLinks {
  std::vector<int32_t> duplicate_of;
  std::vector<uint32_t> reports;
};

// The mode's name as the CLI spells it: "day" or "story".
const char* DedupModeName(DedupMode mode);

DedupLinks Deduplicate(const std::vector<DedupEvent>& events, const DedupOptions& options);

}  // namespace casus
