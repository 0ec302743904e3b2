#include "store/actor_code_parts.h"

#include <algorithm>
#include <array>

namespace casus::store {
namespace {

// Sorted, for binary search.
constexpr std::array<std::string_view, 33> kRoleCodes = {
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH",
    "HRI", "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD",
    "NGM", "NGO", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF", "UIS"};

// Roles after which the next unknown block names the organisation.
bool IntroducesGroup(std::string_view role) {
  return role == "IGO" || role == "NGO" || role == "NGM" || role == "MNC" || role == "IMG";
}

}  // namespace

bool IsCameoRoleCode(std::string_view block) {
  return std::binary_search(kRoleCodes.begin(), kRoleCodes.end(), block);
}

ActorCodeParts SplitActorCode(std::string_view code) {
  ActorCodeParts parts;
  std::string_view previous;
  for (size_t at = 0; at < code.size(); at += 3) {
    std::string_view block = code.substr(at, 3);
    if (IsCameoRoleCode(block)) {
      parts.roles.emplace_back(block);
    } else if (at == 0 && block.size() == 3) {
      parts.country = block;
    } else if (parts.known_group.empty() && IntroducesGroup(previous)) {
      parts.known_group = block;
    } else {
      parts.others.emplace_back(block);
    }
    previous = block;
  }
  return parts;
}

}  // namespace casus::store
