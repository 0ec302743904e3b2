#include "geo/gazetteer.h"

#include <charconv>
#include <fstream>

#include "core/text_util.h"

namespace casus {
namespace {

bool ParseKind(std::string_view s, PlaceKind& kind) {
  if (s == "city") kind = PlaceKind::kCity;
  else if (s == "admin1") kind = PlaceKind::kAdmin1;
  else if (s == "region") kind = PlaceKind::kRegion;
  else if (s == "country") kind = PlaceKind::kCountry;
  else return false;
  return true;
}

bool ParseNumber(std::string_view s, double& value) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

size_t Gazetteer::LoadFile(const std::string& path, const PhraseSplitter& split, Vocabulary& vocab,
                           DiagnosticSink* sink) {
  std::ifstream in(path);
  if (!in) {
    if (sink) sink->Report({Severity::kError, path, 0, "cannot open gazetteer"});
    return 1;
  }
  size_t errors = 0;
  auto report = [&](uint32_t line_number, std::string message) {
    ++errors;
    if (sink) sink->Report({Severity::kError, path, line_number, std::move(message)});
  };
  std::string line, last_phrase;
  std::vector<std::string> words;
  std::vector<WordId> ids;
  uint32_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = SplitFields(line, '\t');
    GazetteerEntry e;
    if (f.size() != 9) {
      report(line_number, "expected 9 tab-separated fields (phrase kind name admin1 country lat lon prominence flags)");
      continue;
    }
    if (!ParseKind(f[1], e.kind)) {
      report(line_number, "unknown place kind '" + std::string(f[1]) + "' (city, admin1, region, country)");
      continue;
    }
    if (!ParseNumber(f[5], e.lat) || !ParseNumber(f[6], e.lon) || !ParseNumber(f[7], e.prominence) ||
        e.lat < -90 || e.lat > 90 || e.lon < -180 || e.lon > 180) {
      report(line_number, "latitude, longitude or prominence is not a number in range");
      continue;
    }
    if (f[4].size() != 3) {
      report(line_number, "country '" + std::string(f[4]) + "' is not an ISO 3166-1 alpha-3 code");
      continue;
    }
    e.name = vocab.Intern(f[2]);
    e.admin1 = f[3] == "-" ? kNoWord : vocab.Intern(f[3]);
    e.country = vocab.Intern(f[4]);
    for (std::string_view flag : SplitFields(f[8], ',')) {
      if (flag == "common") e.common = true;
      else if (flag == "preferred") e.preferred = true;
      else if (flag.substr(0, 6) == "actor=") actor_countries_[std::string(flag.substr(6))] = e.country;
    }
    if (e.kind == PlaceKind::kCountry) actor_countries_.emplace(std::string(f[4]), e.country);
    // Lines are sorted by phrase: split each phrase once.
    if (f[0] != last_phrase) {
      last_phrase = f[0];
      words.clear();
      split(f[0], words);
      ids.clear();
      for (const std::string& w : words) ids.push_back(vocab.Intern(w));
    }
    if (ids.empty()) {
      report(line_number, "phrase '" + std::string(f[0]) + "' has no words");
      continue;
    }
    trie_.Add(ids, static_cast<uint32_t>(entries_.size()));
    entries_.push_back(e);
  }
  return errors;
}

WordId Gazetteer::CountryOfActor(std::string_view code) const {
  if (code.size() < 3) return kNoWord;
  auto it = actor_countries_.find(std::string(code.substr(0, 3)));
  return it == actor_countries_.end() ? kNoWord : it->second;
}

}  // namespace casus
