// "a Japanese-drafted resolution", "a Saudi-brokered truce", "Serb-held parts of
// Bosnia": a hyphenated compound of a name and a participle of authorship or
// control names the owner of the thing its noun phrase heads. The thing has no
// actor of its own, so its owner is the party: Russia vetoing a Japanese-drafted
// UN resolution acts against Japan, not the UN. Participles of support
// ("Iranian-backed") or origin ("Russian-made") name no owner and are not read.
#pragma once

#include <string_view>

namespace casus {

// The name part of an owner compound ("Japanese" in "Japanese-drafted"), or ""
// when `surface` is not one.
inline std::string_view OwnerCompoundName(std::string_view surface) {
  constexpr std::string_view kOwnerParticiples[] = {"drafted",  "sponsored", "proposed", "authored", "brokered",
                                                    "mediated", "led",       "owned",    "run",      "funded",
                                                    "held",     "controlled"};
  size_t dash = surface.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= surface.size()) return {};
  std::string_view tail = surface.substr(dash + 1);
  for (std::string_view p : kOwnerParticiples)
    if (tail.size() == p.size()) {
      bool same = true;
      for (size_t k = 0; k < p.size() && same; ++k) same = (tail[k] | 0x20) == p[k];
      if (same) return surface.substr(0, dash);
    }
  return {};
}

}  // namespace casus
