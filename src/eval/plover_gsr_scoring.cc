// Scoring coded events against the PLOVER GSR records (docs/eval.md, "eval
// plover-gsr"): per record, is there an event of the record's category, with
// the right source country, with the right source and target countries.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "eval/plover_gsr.h"

namespace casus::eval {
namespace {

// A side of an event against the record's actors of that side.
GsrSide CheckSide(const std::vector<GsrActor>& gold, const std::string& our_country, const AgentPrefixes& agents) {
  if (gold.empty()) return GsrSide::kOk;  // the gold has no such side: not required
  if (our_country.empty()) return GsrSide::kMissing;
  for (const GsrActor& a : gold) {
    if (a.country == our_country) return GsrSide::kOk;
  }
  return agents.count(our_country) ? GsrSide::kNoCountry : GsrSide::kWrong;
}

bool NamesCountry(const std::vector<GsrActor>& gold, const std::string& country) {
  return std::any_of(gold.begin(), gold.end(), [&](const GsrActor& a) { return a.country == country; });
}

std::string GoldCountries(const std::vector<GsrActor>& gold) {
  std::set<std::string> countries;
  for (const GsrActor& a : gold) countries.insert(a.country);
  std::string out;
  for (const std::string& c : countries) out += (out.empty() ? "" : "/") + c;
  return out;
}

const char* SideWord(GsrSide side) {
  switch (side) {
    case GsrSide::kMissing: return "missing";
    case GsrSide::kNoCountry: return "without country";
    default: return "wrong country";
  }
}

struct Judged {
  const EvalEvent* event;
  std::string source_country, target_country;
  GsrSide source, target;
  bool by_mode;  // matched through the mode's category only
};

void Add(GsrRow& row, const GsrOutcome& o) {
  ++row.records;
  for (Ratio* r : {&row.detected, &row.category_hit, &row.category_source, &row.category_dyad}) ++r->n;
  row.detected.hits += o.events > 0;
  row.category_hit.hits += o.category;
  row.category_source.hits += o.category_source;
  row.category_dyad.hits += o.category_dyad;
}

std::vector<std::pair<std::string, uint64_t>> MostCommonFirst(const std::map<std::string, uint64_t>& counts) {
  std::vector<std::pair<std::string, uint64_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace

PloverGsrScores ScorePloverGsr(const PloverGsr& gold, const std::vector<EvalEvent>& events,
                               const CountryAliases& our_aliases, const AgentPrefixes& agents) {
  PloverGsrScores s;
  s.path = gold.path;
  s.elements = gold.elements;
  s.documentation = gold.documentation;
  s.lost = gold.lost;
  s.problems = gold.problems;

  std::unordered_map<std::string_view, size_t> record_of;
  for (size_t i = 0; i < gold.records.size(); ++i) record_of.emplace(gold.records[i].id, i);
  std::vector<std::vector<const EvalEvent*>> events_of(gold.records.size());
  for (const EvalEvent& e : events) {
    auto it = record_of.find(e.doc);
    if (it == record_of.end()) {
      ++s.events_unknown_doc;
      continue;
    }
    ++s.events;
    if (e.plover.empty()) ++s.events_without_category;
    events_of[it->second].push_back(&e);
  }

  std::map<std::string, GsrRow> by_event, by_category;
  std::map<std::string, uint64_t> failures, category_confusions, country_confusions;
  for (size_t i = 0; i < gold.records.size(); ++i) {
    const GsrRecord& record = gold.records[i];
    GsrOutcome o;
    o.record = &record;
    o.events = events_of[i].size();

    std::vector<Judged> judged;  // the events of the record's category
    std::set<std::string> other_categories;
    for (const EvalEvent* e : events_of[i]) {
      bool by_name = e->plover == record.category;
      bool by_mode = !record.mode_category.empty() && e->plover == record.mode_category;
      if (!by_name && !by_mode) {
        other_categories.insert(e->plover.empty() ? "no PLOVER category" : e->plover);
        continue;
      }
      Judged j{e, ActorCountry(e->source_code, our_aliases), ActorCountry(e->target_code, our_aliases),
               GsrSide::kOk, GsrSide::kOk, !by_name};
      j.source = CheckSide(record.sources, j.source_country, agents);
      j.target = CheckSide(record.targets, j.target_country, agents);
      judged.push_back(std::move(j));
    }

    // The best event of the category: most sides right, then matched by name,
    // then the first.
    const Judged* best = nullptr;
    auto rank = [](const Judged& j) {
      return 4 * (j.source == GsrSide::kOk) + 2 * (j.target == GsrSide::kOk) + !j.by_mode;
    };
    for (const Judged& j : judged) {
      if (!best || rank(j) > rank(*best)) best = &j;
    }
    o.category = best != nullptr;
    o.category_source = std::any_of(judged.begin(), judged.end(), [](const Judged& j) { return j.source == GsrSide::kOk; });
    o.category_dyad = best && best->source == GsrSide::kOk && best->target == GsrSide::kOk;
    o.by_mode_category = best && best->by_mode;
    s.mode_category_hits += o.by_mode_category;

    if (o.events == 0) {
      o.failure = "no event";
    } else if (!best) {
      o.failure = "no event of the category";
      for (const std::string& c : other_categories) category_confusions[record.category + " -> " + c] += 1;
    } else if (!o.category_dyad) {
      bool swapped = !record.sources.empty() && !record.targets.empty() && NamesCountry(record.targets, best->source_country) &&
                     NamesCountry(record.sources, best->target_country);
      if (swapped) {
        o.failure = "source and target swapped";
      } else {
        std::vector<std::string> parts;
        if (best->source != GsrSide::kOk) parts.push_back(std::string("source ") + SideWord(best->source));
        if (best->target != GsrSide::kOk) parts.push_back(std::string("target ") + SideWord(best->target));
        o.failure = parts[0] + (parts.size() > 1 ? " + " + parts[1] : "");
      }
      if (!swapped && best->source == GsrSide::kWrong)
        country_confusions["source " + GoldCountries(record.sources) + " -> " + best->source_country] += 1;
      if (!swapped && best->target == GsrSide::kWrong)
        country_confusions["target " + GoldCountries(record.targets) + " -> " + best->target_country] += 1;
    }
    if (!o.failure.empty()) failures[o.failure] += 1;

    Add(by_event[record.event], o);
    by_event[record.event].category = record.category;
    Add(by_category[record.category], o);
    Add(s.total, o);
    s.outcomes.push_back(std::move(o));
  }
  for (auto& [name, row] : by_event) {
    row.name = name;
    s.by_gsr_event.push_back(row);
  }
  for (auto& [name, row] : by_category) {
    row.name = name;
    row.category = name;
    s.by_category.push_back(row);
  }
  s.total.name = "total";
  s.failures = MostCommonFirst(failures);
  s.category_confusions = MostCommonFirst(category_confusions);
  s.country_confusions = MostCommonFirst(country_confusions);
  return s;
}

}  // namespace casus::eval
