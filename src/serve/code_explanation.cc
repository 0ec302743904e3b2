#include "serve/code_explanation.h"

#include <fmt/format.h>

namespace casus::serve {
namespace {

// The table's names are upper case ("FIGHT WITH ARTILLERY AND TANKS"); a page
// reads better in sentence case.
std::string SentenceCase(std::string_view name) {
  std::string out(name);
  for (size_t i = 0; i < out.size(); ++i) {
    if (i == 0 && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    if (i > 0 && out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string_view QuadClassName(int quad) {
  switch (quad) {
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
    default: return "unknown";
  }
}

nlohmann::json ExplainCode(const CameoTable& cameo, std::string_view code) {
  nlohmann::json out = {{"code", code}};
  int index = cameo.Find(code);
  if (index < 0) {
    out["words"] = fmt::format("{}: a code the CAMEO table does not define.", code);
    return out;
  }
  const CameoCode& c = cameo.at(static_cast<size_t>(index));
  int root_index = cameo.Find(c.root);
  std::string root_name = root_index >= 0 ? SentenceCase(cameo.at(static_cast<size_t>(root_index)).name) : "";
  std::string name = SentenceCase(c.name);
  out["name"] = name;
  out["root"] = c.root;
  out["root_name"] = root_name;
  out["quad"] = c.quad;
  out["quad_name"] = QuadClassName(c.quad);
  out["penta"] = c.penta;
  out["goldstein"] = c.goldstein;
  out["plover"] = c.plover.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.plover);
  std::string words = name.empty() ? fmt::format("CAMEO {}", c.code) : fmt::format("CAMEO {}: {}", c.code, name);
  if (c.root != c.code && !root_name.empty()) words += fmt::format(", a kind of \"{}\" (root {})", root_name, c.root);
  words += fmt::format(". {} (QuadClass {}); Goldstein {:+.1f} on the scale from -10 (most hostile) to +10 "
                       "(most cooperative)",
                       SentenceCase(QuadClassName(c.quad)), c.quad, c.goldstein);
  words += c.plover.empty() ? "; PLOVER has no category for it." : fmt::format("; PLOVER category {}.", c.plover);
  out["words"] = words;
  return out;
}

}  // namespace casus::serve
