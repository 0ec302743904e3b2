#include "dict/actor_duplicates.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <span>
#include <tuple>

#include "core/text_util.h"

namespace casus {
namespace {

// Ranges are inclusive. Sharing a single day counts only when that day is not
// a handover (one range's last day the other's first), unless the ranges are
// the same.
template <typename L>
bool Overlap(const L& a, const L& b) {
  int lo = std::max(a.from_day, b.from_day), hi = std::min(a.to_day, b.to_day);
  if (lo != hi) return lo < hi;
  bool handover = a.to_day == b.from_day || b.to_day == a.from_day;
  return !handover || (a.from_day == b.from_day && a.to_day == b.to_day);
}

}  // namespace

void ActorDuplicateFinder::Add(const ActorDictionary& actors, const Vocabulary& vocab) {
  std::vector<uint32_t> files;  // the dictionary's file index -> strings_
  for (uint32_t i = 0; i < actors.file_count(); ++i) files.push_back(strings_.Intern(actors.file_name(i)));
  const uint32_t base = next_order_;
  std::string key;
  actors.trie().ForEachPhrase([&](std::span<const WordId> words, std::span<const uint32_t> payloads) {
    for (bool agent : {false, true}) {
      key.assign(1, agent ? 'g' : 'a');
      for (size_t w = 0; w < words.size(); ++w) {
        if (w) key += ' ';
        key += vocab.Text(words[w]);
      }
      std::vector<Listing>* listings = nullptr;
      for (uint32_t p : payloads) {
        const ActorEntry& e = actors.entry(p);
        if (e.agent != agent) continue;
        if (!listings) listings = &names_[key];
        Listing l;
        l.code = strings_.Intern(vocab.Text(e.code));
        l.from_day = e.from_day;
        l.to_day = e.to_day;
        l.dated = e.dated;
        l.file = e.file < files.size() ? files[e.file] : strings_.Intern("(unnamed dictionary)");
        l.line = e.line;
        l.order = base + p;
        listings->push_back(l);
      }
    }
  });
  next_order_ = base + static_cast<uint32_t>(actors.size());
}

ActorDuplicateFinder::Counts ActorDuplicateFinder::Report(DiagnosticSink* sink) const {
  // A pair of entries is reported once, however many of their names clash:
  // TABARI stems, plurals and PETRARCH substitutions give one entry many forms.
  struct Pair {
    Listing later, earlier;
    std::string name;  // the shortest clashing name (then the first in byte order)
    bool agent = false;
    size_t more_forms = 0;
  };
  std::map<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, int, int, int, int>, Pair> pairs;
  auto record = [&](const std::string& key, const Listing& a, const Listing& b) {
    const Listing& later = a.order > b.order ? a : b;
    const Listing& earlier = a.order > b.order ? b : a;
    auto [it, inserted] =
        pairs.try_emplace({later.file, later.line, later.code, earlier.file, earlier.line, earlier.code, later.from_day,
                           later.to_day, earlier.from_day, earlier.to_day});
    Pair& pair = it->second;
    std::string name = key.substr(1);
    if (inserted) {
      pair = {later, earlier, std::move(name), key[0] == 'g', 0};
      return;
    }
    ++pair.more_forms;
    pair.later.order = std::min(pair.later.order, later.order);
    if (name.size() < pair.name.size() || (name.size() == pair.name.size() && name < pair.name))
      pair.name = std::move(name);
  };

  std::vector<Listing> group;
  std::unordered_map<uint32_t, size_t> widest_of_code;  // code -> listing in `group` reaching furthest
  for (const auto& [key, listings] : names_) {
    if (listings.size() < 2) continue;
    for (bool dated : {false, true}) {
      group.clear();
      for (const Listing& l : listings)
        if (l.dated == dated) group.push_back(l);
      if (group.size() < 2) continue;
      // One entry reached by several spellings, or a foreign entry's names
      // sharing its code block, is one listing.
      std::sort(group.begin(), group.end(), [](const Listing& x, const Listing& y) {
        return std::tie(x.from_day, x.to_day, x.code, x.file, x.line, x.order) <
               std::tie(y.from_day, y.to_day, y.code, y.file, y.line, y.order);
      });
      group.erase(std::unique(group.begin(), group.end(),
                              [](const Listing& x, const Listing& y) {
                                return x.from_day == y.from_day && x.to_day == y.to_day && x.code == y.code &&
                                       x.file == y.file && x.line == y.line;
                              }),
                  group.end());
      // Sweep by start day: of the listings started before, the one reaching
      // furthest overlaps this one if any does. Kept per code (duplicates)
      // and as the two furthest-reaching with different codes (conflicts).
      widest_of_code.clear();
      size_t first = SIZE_MAX, second = SIZE_MAX;  // second: furthest with a code other than first's
      auto further = [&](size_t candidate, size_t current) {
        if (current == SIZE_MAX) return true;
        const Listing &c = group[candidate], &k = group[current];
        return c.to_day != k.to_day ? c.to_day > k.to_day : c.from_day > k.from_day;
      };
      for (size_t i = 0; i < group.size(); ++i) {
        const Listing& l = group[i];
        auto same = widest_of_code.find(l.code);
        if (same != widest_of_code.end() && Overlap(group[same->second], l)) record(key, group[same->second], l);
        size_t other = first != SIZE_MAX && group[first].code != l.code ? first : second;
        if (other != SIZE_MAX && Overlap(group[other], l)) record(key, group[other], l);
        if (same == widest_of_code.end())
          widest_of_code.emplace(l.code, i);
        else if (further(i, same->second))
          same->second = i;
        if (first != SIZE_MAX && group[first].code == l.code) {
          if (further(i, first)) first = i;
        } else if (further(i, first)) {
          second = first;
          first = i;
        } else if (further(i, second)) {
          second = i;
        }
      }
    }
  }
  auto describe = [&](const Listing& l) {
    std::string s(strings_.Text(l.code));
    if (!l.dated) return s;
    s += ' ';
    if (l.from_day != INT_MIN) s += FormatIsoDate(l.from_day);
    s += "..";
    if (l.to_day != INT_MAX) s += FormatIsoDate(l.to_day);
    return s;
  };
  struct Found {
    uint32_t order;  // of the later listing: reports come in the order entries were given
    Diagnostic diagnostic;
  };
  std::vector<Found> found;
  Counts counts;
  for (const auto& [_, p] : pairs) {
    std::string what = std::string(p.agent ? "agent" : "actor") + " '" + p.name + "'";
    if (p.more_forms)
      what += " (and " + std::to_string(p.more_forms) + " more form" + (p.more_forms > 1 ? "s" : "") + ")";
    std::string where = p.later.file == p.earlier.file && p.later.line == p.earlier.line
                            ? "in the same entry"
                            : "at " + std::string(strings_.Text(p.earlier.file)) + ":" + std::to_string(p.earlier.line);
    std::string message;
    if (p.later.code == p.earlier.code) {
      ++counts.duplicates;
      message = "duplicate " + what + " " + describe(p.later) + " (also " + describe(p.earlier) + " " + where + ")";
    } else {
      ++counts.conflicts;
      message = "conflicting " + what + ": " + describe(p.later) + " here, " + describe(p.earlier) + " " + where;
    }
    found.push_back(
        {p.later.order, {Severity::kWarning, std::string(strings_.Text(p.later.file)), p.later.line, message}});
  }
  std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) {
    return std::tie(x.order, x.diagnostic.message) < std::tie(y.order, y.diagnostic.message);
  });
  if (sink)
    for (Found& f : found) sink->Report(std::move(f.diagnostic));
  return counts;
}

}  // namespace casus
