// Comparing the GSR's country codes (ISO 3166 alpha-3, with a few older ones)
// with ours (CAMEO's, which differ from ISO for a few countries).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/plover_gsr.h"

namespace casus::eval {
namespace {

std::string_view Trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(Trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

std::string ActorCountry(std::string_view actor_code, const CountryAliases& aliases) {
  if (actor_code.size() < 3) return {};
  std::string country(actor_code.substr(0, 3));
  for (char& c : country) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  auto alias = aliases.find(country);
  return alias == aliases.end() ? country : alias->second;
}

const CountryAliases& GsrCodeAliases() {
  // The GSR readme says its countries follow ISO 3166 alpha-3; these three
  // codes do not (JAP and ITL are pre-ISO event-data codes; VTN codes
  // "Vietnamese-led forces"), and each actor text names the country.
  static const CountryAliases kAliases = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}};
  return kAliases;
}

Result<CountryAliases> ParseCameoCountryAliases(std::string_view data, const std::string& name) {
  CountryAliases aliases;
  // CAMEO codes the Palestinian people PAL (PSE is the territories,
  // data/dict/actors/countries_extra.txt); the GSR, following ISO, codes
  // "Palestinians" PSE.
  aliases["PAL"] = "PSE";
  size_t start = 0;
  uint32_t line_number = 0;
  while (start < data.size()) {
    size_t newline = data.find('\n', start);
    std::string_view line = data.substr(start, newline == std::string_view::npos ? data.size() - start : newline - start);
    start = newline == std::string_view::npos ? data.size() : newline + 1;
    ++line_number;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.empty() || fields[0] != "code") continue;
    // code  ISO-alpha-3  CAMEO
    if (fields.size() < 3 || fields[1].size() != 3 || fields[2].size() != 3) {
      return Status::Invalid(name + ":" + std::to_string(line_number) +
                             ": a 'code' line needs an ISO and a CAMEO code of three letters, TAB separated");
    }
    aliases[std::string(fields[2])] = std::string(fields[1]);
  }
  return aliases;
}

Result<CountryAliases> LoadCameoCountryAliases(const std::string& dict_dir) {
  namespace fs = std::filesystem;
  const fs::path beside = fs::path(dict_dir).parent_path() / "tables" / "country_codes.tsv";
  const std::string path = (!dict_dir.empty() && fs::exists(beside)
                                ? beside
                                : fs::path(CASUS_SOURCE_DATA_DIR) / "tables" / "country_codes.tsv")
                               .string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the country code table");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseCameoCountryAliases(buffer.str(), path);
}

}  // namespace casus::eval
