// Early PLOVER category names (the GSR file's) and today's: the name mapping
// and the mode rule of `casus eval plover-gsr` (docs/eval.md).
#include <array>

#include "eval/plover_gsr.h"

namespace casus::eval {
namespace {

struct TodaysCategory {
  std::string_view name;
  int quad;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  // Today's modes of the category, as plover_categories.tsv lists them
  // (PLOVER manual draft 0.8, 2021).
  std::array<std::string_view, 16> modes;
};

constexpr std::array<TodaysCategory, 16> kTodaysCategories = {{
    {"AGREE", 1, {}},
    {"CONSULT", 1, {"visit", "third-party", "multilateral", "phone"}},
    {"SUPPORT", 1, {}},
    {"CONCEDE", 1, {}},
    {"COOPERATE", 2, {}},
    {"AID", 2, {}},
    {"RETREAT", 2, {"withdraw", "release", "disarm", "ceasefire", "access", "resign"}},
    {"REQUEST", 3, {"assist", "change", "yield", "meet"}},
    {"ACCUSE", 3, {"disapprove", "investigate", "allege"}},
    {"REJECT", 3, {"assist", "change", "yield", "meet"}},
    {"THREATEN", 3, {"restrict", "arrest", "relations", "expel", "territory", "violence"}},
    {"PROTEST", 4, {"demo", "riot", "strike", "hunger", "boycott", "obstruct"}},
    {"SANCTION", 4, {"convict", "expel", "withdraw", "discontinue"}},
    {"MOBILIZE", 4, {"troops", "weapons", "police", "militia"}},
    {"COERCE", 4,
     {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation",
      "cyber"}},
    {"ASSAULT", 4,
     {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
      "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"}},
}};

// The early names that are gone, with the CAMEO cue category each stood for:
// the PLOVER manual's "CAMEO to PLOVER translation" table maps CAMEO 09
// INVESTIGATE and 11 DISAPPROVE to ACCUSE, 10 DEMAND to REQUEST and 19 FIGHT to
// ASSAULT; ACCUSE keeps them as its modes "investigate" and "disapprove".
struct EarlyName {
  std::string_view early, today;
};
constexpr std::array<EarlyName, 4> kEarlyNames = {{
    {"DEMAND", "REQUEST"},
    {"DISAPPROVE", "ACCUSE"},
    {"INVESTIGATE", "ACCUSE"},
    {"FIGHT", "ASSAULT"},
}};

const TodaysCategory* FindToday(std::string_view name) {
  for (const TodaysCategory& c : kTodaysCategories) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

bool HasMode(const TodaysCategory& category, std::string_view mode) {
  for (std::string_view m : category.modes) {
    if (!m.empty() && m == mode) return true;
  }
  return false;
}

}  // namespace

std::string_view TodaysPloverCategory(std::string_view gsr_event) {
  for (const EarlyName& e : kEarlyNames) {
    if (e.early == gsr_event) return e.today;
  }
  const TodaysCategory* today = FindToday(gsr_event);
  return today ? today->name : std::string_view();
}

std::string_view ModeAlternativeCategory(std::string_view category, std::string_view mode) {
  const TodaysCategory* own = FindToday(category);
  if (!own || mode.empty() || HasMode(*own, mode)) return {};
  const TodaysCategory* found = nullptr;
  for (const TodaysCategory& c : kTodaysCategories) {
    if (!HasMode(c, mode)) continue;
    if (found) return {};  // the mode belongs to several categories: it decides nothing
    found = &c;
  }
  if (!found || found->quad != own->quad) return {};
  return found->name;
}

}  // namespace casus::eval
