// A CAMEO actor code read as its three-letter blocks: "CHNGOVMIL" is country
// CHN with roles GOV and MIL; "IGOUNO" is the intergovernmental group UNO;
// "REB" is a role without a country. GDELT and Phoenix exports split codes
// this way into their separate columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casus::store {

struct ActorCodeParts {
  std::string country;                // ISO-like three-letter country, or empty
  std::string known_group;            // a named organisation (UNO, NAT, ...), or empty
  std::vector<std::string> roles;     // generic role codes in order (GOV, MIL, IGO, ...)
  std::vector<std::string> others;    // blocks that are none of these
};

ActorCodeParts SplitActorCode(std::string_view code);

// True for CAMEO's generic role codes (actor codebook, tables 3.1 and 3.2).
bool IsCameoRoleCode(std::string_view block);

}  // namespace casus::store
