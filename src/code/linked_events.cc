#include "code/linked_events.h"

#include <string_view>

namespace casus {

int MirrorEventCode(const CameoTable& cameo, int event_code) {
  static constexpr std::pair<std::string_view, std::string_view> kMirrors[] = {
      {"042", "043"}, {"043", "042"}, {"041", "041"}, {"057", "057"}, {"062", "062"},
  };
  const std::string& code = cameo.at(static_cast<size_t>(event_code)).code;
  for (auto [from, to] : kMirrors)
    if (code == from) return cameo.Find(to);
  return -1;
}

}  // namespace casus
