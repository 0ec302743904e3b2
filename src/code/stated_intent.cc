#include "code/stated_intent.h"

#include <string>
#include <string_view>

namespace casus {
namespace {

// Longest-prefix rules: an event code prefix and the code it becomes.
struct Rule {
  std::string_view prefix;
  std::string_view becomes;  // "" keeps the event's own code
};

constexpr Rule kIntentRules[] = {
    {"03", ""},      {"13", ""},                                        // already statements
    {"04", "036"},                                                      // meet, negotiate
    {"05", "032"},                                                      // diplomatic cooperation
    {"06", "031"},                                                      // material cooperation
    {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},  // aid
    {"081", "0351"}, {"082", "0352"}, {"0841", "0353"}, {"084", "0353"}, {"085", "0354"},
    {"086", "0355"}, {"087", "0356"}, {"08", "035"},                    // yield
};

constexpr Rule kRefusalRules[] = {
    {"03", "120"}, {"04", "125"}, {"05", "120"}, {"06", "121"}, {"07", "121"},
    {"081", "1241"}, {"082", "1242"}, {"0841", "1243"}, {"084", "1243"}, {"085", "1244"},
    {"086", "1245"}, {"087", "1246"}, {"08", "124"},
};

template <size_t N>
int Apply(const CameoTable& cameo, int event_code, const Rule (&rules)[N]) {
  const std::string& code = cameo.at(static_cast<size_t>(event_code)).code;
  const Rule* best = nullptr;
  for (const Rule& rule : rules)
    if (code.starts_with(rule.prefix) && (!best || rule.prefix.size() > best->prefix.size())) best = &rule;
  if (!best) return -1;
  if (best->becomes.empty()) return event_code;
  return cameo.Find(best->becomes);
}

}  // namespace

int StatedIntentCode(const CameoTable& cameo, int event_code) { return Apply(cameo, event_code, kIntentRules); }

int RefusalCode(const CameoTable& cameo, int event_code) { return Apply(cameo, event_code, kRefusalRules); }

}  // namespace casus
