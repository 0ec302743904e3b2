// LoadTabariProject: a TABARI .project file names its dictionaries with
// "<verbsfile> NAME", "<actorsfile> NAME" (repeatable), "<agentsfile> NAME"
// (also spelled <agentfile>), "<optionsfile> NAME" and "<textfile> NAME",
// paths relative to the project file. Session and output lines are TABARI's
// own bookkeeping and are ignored.
#include <filesystem>
#include <fstream>

#include "core/text_util.h"
#include "dict/foreign_readers.h"
#include "dict/tabari_project.h"

namespace casus {

namespace fs = std::filesystem;

Result<TabariProject> ReadTabariProject(const std::string& project_file, DiagnosticSink* sink) {
  std::ifstream in(project_file);
  if (!in) return Status::NotFound(project_file + ": cannot open TABARI project file");
  TabariProject project;
  fs::path dir = fs::path(project_file).parent_path();
  std::string line;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string_view s = Trim(line);
    if (s.empty() || s[0] != '<') continue;  // the title line, '#' comments
    size_t close = s.find('>');
    if (close == std::string_view::npos) {
      if (sink) sink->Report({Severity::kWarning, project_file, n, "unclosed '<' in project line"});
      continue;
    }
    std::string tag = AsciiLower(s.substr(1, close - 1));
    std::string_view value = Trim(s.substr(close + 1));
    if (size_t hash = value.find('#'); hash != std::string_view::npos) value = Trim(value.substr(0, hash));
    std::string path = value.empty() ? "" : (dir / std::string(value)).string();
    auto need = [&]() {
      if (path.empty() && sink) sink->Report({Severity::kError, project_file, n, "<" + tag + "> names no file"});
      return !path.empty();
    };
    if (tag == "verbsfile") {
      if (need()) project.verbs.push_back(path);
    } else if (tag == "actorsfile") {
      if (need()) project.actors.push_back(path);
    } else if (tag == "agentsfile" || tag == "agentfile") {
      if (need()) project.agents.push_back(path);
    } else if (tag == "optionsfile") {
      if (need()) project.options = path;
    } else if (tag == "textfile") {
      if (need()) project.texts.push_back(path);
    } else if (tag == "discardfile" || tag == "discardsfile") {
      if (need()) project.discards.push_back(path);
    }
    // <problemfile>, <eventfile>, <errorfile>, <coder>, <session ...>: TABARI's output and logs.
  }
  if (project.verbs.empty() && project.actors.empty())
    return Status::Invalid(project_file + ": the project names no <verbsfile> or <actorsfile>");
  return project;
}

size_t LoadTabariProject(const std::string& project_file, DictionaryTargets& targets, DiagnosticSink* sink) {
  auto project = ReadTabariProject(project_file, sink);
  if (!project.ok()) {
    if (sink) sink->Report({Severity::kError, project_file, 0, project.status().message()});
    return 1;
  }
  const TabariProject& p = project.value();
  size_t errors = 0;
  for (const auto& f : p.actors) errors += LoadForeignActors(f, ForeignFormat::kTabari, false, targets, sink);
  for (const auto& f : p.agents) errors += LoadForeignActors(f, ForeignFormat::kTabari, true, targets, sink);
  for (const auto& f : p.verbs) errors += LoadForeignVerbs(f, ForeignFormat::kTabari, targets, sink);
  for (const auto& f : p.discards) errors += LoadForeignDiscards(f, ForeignFormat::kTabari, targets, sink);
  if (!p.options.empty()) errors += LoadTabariOptions(p.options, sink);
  return errors;
}

size_t LoadTabariOptions(const std::string& path, DiagnosticSink* sink) {
  std::ifstream in(path);
  if (!in) {
    if (sink) sink->Report({Severity::kError, path, 0, "cannot open options file"});
    return 1;
  }
  static const char* const kCommands[] = {"COMPLEX", "SET", "OUTPUT", "LABEL", "FORWARD", "DELETE",
                                          "ISSUES", "COMMENT", "HIERARCHY", "DISCARD", "NULLVERBS", "NULLACTORS",
                                          "DEFAULT", "COMMA"};
  std::string line;
  uint32_t n = 0;
  size_t errors = 0;
  bool noted = false;
  while (std::getline(in, line)) {
    ++n;
    std::string_view s = Trim(line);
    if (s.empty() || s.substr(0, 2) == "//" || s[0] == '#' || s[0] == ';' || s.substr(0, 5) == "~~~~~") continue;
    size_t colon = s.find(':');
    std::string command = colon == std::string_view::npos ? "" : std::string(Trim(s.substr(0, colon)));
    bool known = false;
    for (const char* k : kCommands) known = known || command == k;
    if (!known) {
      ++errors;
      if (sink) sink->Report({Severity::kError, path, n, "unknown options command '" + std::string(s) + "'"});
      continue;
    }
    if (!noted && sink) {
      sink->Report({Severity::kWarning, path, n,
                    "TABARI options steer TABARI's parser and output; casus reads them but none changes its coding"});
      noted = true;
    }
  }
  return errors;
}

}  // namespace casus
