#include "code/complement_codes.h"

#include <string>
#include <string_view>

namespace casus {
namespace {

// The complement's code prefix and the suffix it gives after the governor's
// root in roots 02, 03 and 10 (CAMEO numbers their subcodes in parallel).
struct Suffix {
  std::string_view complement;
  std::string_view suffix;
};

constexpr Suffix kParallelSuffixes[] = {
    {"061", "11"}, {"062", "12"}, {"063", "13"}, {"064", "14"}, {"06", "1"},  // material cooperation
    {"05", "2"},                                                               // diplomatic cooperation
    {"071", "31"}, {"072", "32"}, {"073", "33"}, {"074", "34"}, {"07", "3"},  // aid
    {"081", "51"}, {"082", "52"}, {"084", "53"}, {"085", "54"}, {"086", "55"}, {"087", "56"},
    {"08", "5"},                                                               // yield
    {"04", "6"},                                                               // meet, negotiate
};

// Rejections are numbered differently.
constexpr Suffix kRejectionCodes[] = {
    {"061", "1211"}, {"06", "121"}, {"07", "122"}, {"081", "1241"}, {"082", "1242"},
    {"084", "1243"}, {"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {"08", "124"},
    {"04", "125"},
};

template <size_t N>
const Suffix* Longest(std::string_view code, const Suffix (&table)[N]) {
  const Suffix* best = nullptr;
  for (const Suffix& s : table)
    if (code.starts_with(s.complement) && (!best || s.complement.size() > best->complement.size())) best = &s;
  return best;
}

}  // namespace

int CombineWithComplement(const CameoTable& cameo, int governor_code, int complement_code) {
  const CameoCode& governor = cameo.at(static_cast<size_t>(governor_code));
  const std::string& complement = cameo.at(static_cast<size_t>(complement_code)).code;
  std::string_view root = governor.root;
  if (root == "12") {
    const Suffix* s = Longest(complement, kRejectionCodes);
    return s ? cameo.Find(s->suffix) : -1;
  }
  if (root != "02" && root != "03" && root != "10") return -1;
  const Suffix* s = Longest(complement, kParallelSuffixes);
  if (!s) return -1;
  // Root 10's "demand de-escalation" is 1056 like the others, but "demand
  // meeting" is 106: the same digits, so one table serves all three roots.
  int code = cameo.Find(std::string(root) + std::string(s->suffix));
  // A governor already more specific than the combination keeps its code.
  if (code >= 0 && governor.code.size() > cameo.at(static_cast<size_t>(code)).code.size()) return -1;
  return code;
}

int StatedForceThreat(const CameoTable& cameo, int governor_code, int complement_code) {
  if (cameo.at(static_cast<size_t>(governor_code)).root != "01") return -1;
  const std::string& root = cameo.at(static_cast<size_t>(complement_code)).root;
  if (root != "18" && root != "19" && root != "20") return -1;
  return cameo.Find("138");
}

}  // namespace casus
