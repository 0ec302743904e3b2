#include "dict/actor_dictionary.h"

#include <algorithm>
#include <climits>
#include <fstream>

#include "dict/entry_line.h"

namespace casus {

size_t ActorDictionary::LoadFile(const std::string& path, bool agents, const PhraseSplitter& split,
                                 Vocabulary& vocab, DiagnosticSink* sink) {
  std::ifstream in(path);
  if (!in) {
    if (sink) sink->Report({Severity::kError, path, 0, "cannot open dictionary file"});
    return 1;
  }
  auto file_index = static_cast<uint32_t>(files_.size());
  files_.push_back(path);
  size_t errors = 0;
  std::string line, error;
  std::vector<std::string> words;
  std::vector<WordId> ids;
  uint32_t line_number = 0;
  EntryLine parsed;
  while (std::getline(in, line)) {
    ++line_number;
    std::string_view content = StripComment(line);
    if (content.empty()) continue;
    if (!ParseEntryLine(content, parsed, error)) {
      ++errors;
      if (sink) sink->Report({Severity::kError, path, line_number, error});
      continue;
    }
    ActorEntry entry;
    entry.code = vocab.Intern(parsed.code);
    entry.from_day = parsed.from_day;
    entry.to_day = parsed.to_day;
    entry.dated = parsed.from_day != INT_MIN || parsed.to_day != INT_MAX;
    entry.agent = agents;
    entry.file = file_index;
    entry.line = line_number;
    auto entry_index = static_cast<uint32_t>(entries_.size());
    entries_.push_back(entry);
    for (std::string_view phrase : parsed.items) {
      words.clear();
      split(phrase, words);
      if (words.empty()) {
        ++errors;
        if (sink) sink->Report({Severity::kError, path, line_number, "phrase '" + std::string(phrase) + "' has no words"});
        continue;
      }
      ids.clear();
      for (const std::string& w : words) ids.push_back(vocab.Intern(w));
      trie_.Add(ids, entry_index);
    }
  }
  return errors;
}

uint32_t ActorDictionary::AddFile(std::string path) {
  files_.push_back(std::move(path));
  return static_cast<uint32_t>(files_.size() - 1);
}

void ActorDictionary::Add(const std::vector<std::string>& words, ActorEntry entry, Vocabulary& vocab, uint32_t gaps) {
  if (words.empty()) return;
  std::vector<WordId> ids;
  ids.reserve(words.size());
  for (const std::string& w : words) ids.push_back(vocab.Intern(w));
  auto index = static_cast<uint32_t>(entries_.size());
  entries_.push_back(entry);
  trie_.Add(ids, index);
  if (gaps == 0 || ids.size() < 2) return;
  // Entries of one phrase (date-limited codes) share one GappedPhrase.
  std::vector<WordId> key = ids;
  key.push_back(gaps);
  auto [it, added] = gapped_index_.try_emplace(std::move(key), static_cast<uint32_t>(gapped_.size()));
  if (added) gapped_.push_back({std::move(ids), gaps, {index}});
  else gapped_[it->second].payloads.push_back(index);
}

void ActorDictionary::Freeze() {
  trie_.Freeze();
  gapped_index_.clear();
  std::stable_sort(gapped_.begin(), gapped_.end(),
                   [](const GappedPhrase& a, const GappedPhrase& b) { return a.words[0] < b.words[0]; });
}

std::span<const ActorDictionary::GappedPhrase> ActorDictionary::GappedStartingWith(WordId first) const {
  auto lo = std::lower_bound(gapped_.begin(), gapped_.end(), first,
                             [](const GappedPhrase& g, WordId w) { return g.words[0] < w; });
  auto hi = lo;
  while (hi != gapped_.end() && hi->words[0] == first) ++hi;
  return {lo, hi};
}

int ActorDictionary::Nearest(std::span<const uint32_t> payloads, int day) const {
  int best = -1;
  int64_t best_distance = 0;
  for (uint32_t p : payloads) {
    const ActorEntry& e = entries_[p];
    if (!e.dated) return -1;  // an undated reading exists: Choose decides
    int64_t distance = day < e.from_day ? int64_t{e.from_day} - day : int64_t{day} - e.to_day;
    if (best < 0 || distance < best_distance) {
      best = static_cast<int>(p);
      best_distance = distance;
    }
  }
  return best;
}

int ActorDictionary::Choose(std::span<const uint32_t> payloads, int day) const {
  int undated = -1, dated_hit = -1, latest = -1;
  for (uint32_t p : payloads) {
    const ActorEntry& e = entries_[p];
    if (!e.dated) {
      // Actors beat agents when a phrase is both ("Congress").
      if (undated < 0 || (entries_[undated].agent && !e.agent)) undated = static_cast<int>(p);
      continue;
    }
    // The first range that holds the day wins, in the order the dictionary
    // lists them (TABARI manual 6.5, PETRARCH's get_actor_code).
    if (day != 0 && dated_hit < 0 && e.from_day <= day && day <= e.to_day) dated_hit = static_cast<int>(p);
    if (latest < 0 || e.from_day > entries_[latest].from_day) latest = static_cast<int>(p);
  }
  if (dated_hit >= 0) return dated_hit;
  if (undated >= 0) return undated;
  return day == 0 ? latest : -1;
}

}  // namespace casus
