#include "casus/dedup.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace casus {

namespace {

std::string Key(const DedupEvent& e, DedupMode mode) {
  std::string key = e.source + '\t' + e.target + '\t';
  if (mode == DedupMode::kDay) {
    key += e.code + '\t';
    key += e.has_day ? std::to_string(e.day) : std::string("-");
  } else {
    key += e.root;
  }
  return key;
}

// Unknown places and unknown dates never tell two reports apart ... of a date,
// only when both are unknown: a dated and an undated report are not matched.
bool StoryMatch(const DedupEvent& first, const DedupEvent& later, int window_days) {
  if (first.doc == later.doc) return false;
  if (first.has_day != later.has_day) return false;
  if (first.has_day && std::abs(first.day - later.day) > window_days) return false;
  if (!first.place.empty() && !later.place.empty() && first.place != later.place) return false;
  return true;
}

}  // namespace

std::string DedupPlace(std::string_view name, std::string_view country) {
  if (name.empty() && country.empty()) return "";
  std::string place(name);
  place += '|';
  place += country;
  return place;
}

const char* DedupModeName(DedupMode mode) { return mode == DedupMode::kDay ? "day" : "story"; }

DedupLinks Deduplicate(const std::vector<DedupEvent>& events, const DedupOptions& options) {
  DedupLinks links;
  links.duplicate_of.assign(events.size(), -1);
  links.reports.assign(events.size(), 1);
  // Kept events by key; for the story mode, the documents each already reports from.
  std::unordered_map<std::string, std::vector<uint32_t>> kept;
  std::unordered_map<uint32_t, std::vector<const std::string*>> documents_of;
  for (uint32_t i = 0; i < events.size(); ++i) {
    const DedupEvent& e = events[i];
    // A story is told by its dyad: "the ministry said" with no target matches
    // every other statement of that ministry, so one-sided events stay apart.
    if (options.mode == DedupMode::kStory && (e.source.empty() || e.target.empty())) continue;
    std::vector<uint32_t>& bucket = kept[Key(e, options.mode)];
    int32_t first = -1;
    if (options.mode == DedupMode::kDay) {
      if (!bucket.empty()) first = static_cast<int32_t>(bucket.front());
    } else {
      for (uint32_t k : bucket) {
        if (!StoryMatch(events[k], e, options.window_days)) continue;
        // One report per document: a second event of the same article is another event.
        auto& docs = documents_of[k];
        if (std::any_of(docs.begin(), docs.end(), [&](const std::string* d) { return *d == e.doc; })) continue;
        docs.push_back(&e.doc);
        first = static_cast<int32_t>(k);
        break;
      }
    }
    if (first < 0) {
      bucket.push_back(i);
      if (options.mode == DedupMode::kStory) documents_of[i].push_back(&e.doc);
      continue;
    }
    links.duplicate_of[i] = first;
    ++links.reports[static_cast<uint32_t>(first)];
  }
  for (uint32_t i = 0; i < events.size(); ++i)
    if (links.duplicate_of[i] >= 0) links.reports[i] = links.reports[static_cast<uint32_t>(links.duplicate_of[i])];
  return links;
}

}  // namespace casus
