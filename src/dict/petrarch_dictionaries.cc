// LoadPetrarchDictionaries: a folder whose files are recognised by name
// (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt;
// *Issue*.txt is PETRARCH's issue coding, which casus does not do), or a
// PETRARCH config .ini whose [Dictionaries] section names them (its [Options]
// are handed back for the coder).
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/text_util.h"
#include "dict/foreign_readers.h"
#include "dict/petrarch_files.h"

namespace casus {

namespace fs = std::filesystem;

namespace {

bool Has(const std::string& lower_name, std::string_view part) { return lower_name.find(part) != std::string::npos; }

Result<PetrarchFiles> FromFolder(const std::string& folder) {
  PetrarchFiles files;
  std::vector<fs::path> entries;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (e.is_regular_file()) entries.push_back(e.path());
  if (ec) return Status::NotFound(folder + ": cannot read folder");
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    std::string name = AsciiLower(p.filename().string());
    if (p.extension() != ".txt") continue;
    if (Has(name, "issue")) files.issues.push_back(p.string());
    else if (Has(name, "actors")) files.actors.push_back(p.string());
    else if (Has(name, "agents")) files.agents.push_back(p.string());
    else if (Has(name, "discards")) files.discards.push_back(p.string());
    else if (Has(name, "verbs") || name.rfind("cameo", 0) == 0) files.verbs.push_back(p.string());
  }
  if (files.verbs.empty() && files.actors.empty())
    return Status::NotFound(folder + ": no PETRARCH verb (CAMEO*.txt, *verbs*.txt) or actor (*actors*.txt) files");
  return files;
}

Result<PetrarchFiles> FromConfig(const std::string& config, DiagnosticSink* sink) {
  std::ifstream in(config);
  if (!in) return Status::NotFound(config + ": cannot open PETRARCH config");
  PetrarchFiles files;
  files.config = config;
  fs::path dir = fs::path(config).parent_path();
  std::string line, section;
  uint32_t n = 0;
  auto list = [&](std::string_view value, std::vector<std::string>& out) {
    for (std::string_view v : SplitFields(value, ','))
      if (!Trim(v).empty()) out.push_back((dir / std::string(Trim(v))).string());
  };
  while (std::getline(in, line)) {
    ++n;
    std::string_view s = Trim(line);
    if (s.empty() || s[0] == '#' || s[0] == ';') continue;
    if (s[0] == '[') {
      section = AsciiLower(s);
      continue;
    }
    if (section != "[dictionaries]" && section != "[options]") continue;
    size_t eq = s.find('=');
    if (eq == std::string_view::npos) {
      if (sink) sink->Report({Severity::kWarning, config, n, "expected 'name = value'"});
      continue;
    }
    std::string key = AsciiLower(Trim(s.substr(0, eq)));
    std::string_view value = Trim(s.substr(eq + 1));
    if (section == "[options]") files.options.push_back({key, std::string(value), n});
    else if (key == "verbfile_name") list(value, files.verbs);
    else if (key == "actorfile_list") list(value, files.actors);
    else if (key == "agentfile_name") list(value, files.agents);
    else if (key == "discardfile_name") list(value, files.discards);
    else if (key == "issuefile_name") list(value, files.issues);
  }
  if (files.verbs.empty() && files.actors.empty())
    return Status::Invalid(config + ": [Dictionaries] names no verbfile_name or actorfile_list");
  return files;
}

}  // namespace

Result<PetrarchFiles> FindPetrarchFiles(const std::string& folder_or_config, DiagnosticSink* sink) {
  if (fs::is_directory(folder_or_config)) return FromFolder(folder_or_config);
  return FromConfig(folder_or_config, sink);
}

size_t LoadPetrarchDictionaries(const std::string& folder_or_config, DictionaryTargets& targets,
                                DiagnosticSink* sink, std::vector<PetrarchConfigOption>* options) {
  auto found = FindPetrarchFiles(folder_or_config, sink);
  if (!found.ok()) {
    if (sink) sink->Report({Severity::kError, folder_or_config, 0, found.status().message()});
    return 1;
  }
  const PetrarchFiles& f = found.value();
  size_t errors = 0;
  for (const auto& p : f.actors) errors += LoadForeignActors(p, ForeignFormat::kPetrarch, false, targets, sink);
  for (const auto& p : f.agents) errors += LoadForeignActors(p, ForeignFormat::kPetrarch, true, targets, sink);
  for (const auto& p : f.verbs) errors += LoadForeignVerbs(p, ForeignFormat::kPetrarch, targets, sink);
  for (const auto& p : f.discards) errors += LoadForeignDiscards(p, ForeignFormat::kPetrarch, targets, sink);
  for (const auto& p : f.issues)
    if (sink) sink->Report({Severity::kWarning, p, 0, "PETRARCH issue coding is not supported; file ignored"});
  if (options) *options = f.options;
  return errors;
}

}  // namespace casus
