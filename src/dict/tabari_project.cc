// LoadTabariProject: a TABARI .project file names its dictionaries with
// "<verbsfile> NAME", "<actorsfile> NAME" (repeatable), "<agentsfile> NAME"
// (also spelled <agentfile>), "<optionsfile> NAME" and "<textfile> NAME",
// paths relative to the project file. Session and output lines are TABARI's
// own bookkeeping and are ignored.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <vector>

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

size_t LoadTabariProject(const std::string& project_file, DictionaryTargets& targets, DiagnosticSink* sink,
                         TabariOptions* options) {
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
  if (!p.options.empty()) errors += LoadTabariOptions(p.options, sink, options);
  return errors;
}

namespace {

// "VERBS[5]" in a COMPLEX command: the number, or -1 when `name` is absent.
int BracketNumber(std::string_view s, std::string_view name) {
  size_t at = s.find(name);
  if (at == std::string_view::npos) return -1;
  size_t open = at + name.size();
  if (open >= s.size() || s[open] != '[') return -1;
  int n = 0;
  for (size_t k = open + 1; k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); ++k) n = n * 10 + (s[k] - '0');
  return n;
}

// "MIN = 1" in a COMMA command (spaces optional): the number, or -1.
int NamedNumber(std::string_view s, std::string_view name) {
  for (size_t at = s.find(name); at != std::string_view::npos; at = s.find(name, at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(s[at - 1]))) continue;
    size_t k = at + name.size();
    while (k < s.size() && s[k] == ' ') ++k;
    if (k >= s.size() || s[k] != '=') continue;
    ++k;
    while (k < s.size() && s[k] == ' ') ++k;
    int n = 0;
    bool any = false;
    for (; k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); ++k, any = true) n = n * 10 + (s[k] - '0');
    if (any) return n;
  }
  return -1;
}

// "SOURCE: [USA]" in a DEFAULT command: the code, or "".
std::string DefaultCode(std::string_view s, std::string_view side) {
  size_t at = s.find(side);
  if (at == std::string_view::npos) return "";
  size_t open = s.find('[', at), close = s.find(']', at);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return "";
  return std::string(Trim(s.substr(open + 1, close - open - 1)));
}

}  // namespace

void ApplyTabariOption(std::string_view line, TabariOptions& o) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  std::string command(Trim(line.substr(0, colon)));
  for (char& c : command) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string upper(line.substr(colon + 1));
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string_view r = upper;
  if (command == "SET") {
    if (r.find("CODE BY SENTENCE") != std::string_view::npos) o.code_by = TabariOptions::CodeBy::kSentence;
    else if (r.find("CODE BY CLAUSE") != std::string_view::npos) o.code_by = TabariOptions::CodeBy::kClause;
    else if (r.find("CODE ALL") != std::string_view::npos) o.code_by = TabariOptions::CodeBy::kAll;
    else if (r.find("CONVERT AGENT") != std::string_view::npos) o.convert_agents = r.find("TRUE") != std::string_view::npos;
    else if (r.find("TIME SHIFT") != std::string_view::npos) o.time_shifting = r.find("FALSE") == std::string_view::npos;
    else if (r.find("ONE-SIDED EVENTS") != std::string_view::npos) o.one_sided_events = r.find("FALSE") == std::string_view::npos;
    else if (int n = NamedNumber(r, "MINIMUM WORDS"); n >= 0) o.minimum_words = n;
  } else if (command == "COMPLEX") {
    o.complex_verbs = std::max(0, BracketNumber(r, "VERBS"));
    o.complex_conjunctions = std::max(0, BracketNumber(r, "CONJ"));
    o.complex_no_actor_prior = r.find("NOACTPRIOR") != std::string_view::npos;
  } else if (command == "COMMA") {
    if (Trim(r) == "OFF") {
      o.comma_clauses = false;
      return;
    }
    o.comma_clauses = true;
    if (int n = NamedNumber(r, "MIN"); n >= 0) o.comma_min = n;
    if (int n = NamedNumber(r, "MAX"); n >= 0) o.comma_max = n;
    if (int n = NamedNumber(r, "BMIN"); n >= 0) o.comma_bmin = n;
    if (int n = NamedNumber(r, "BMAX"); n >= 0) o.comma_bmax = n;
    if (int n = NamedNumber(r, "EMIN"); n >= 0) o.comma_emin = n;
    if (int n = NamedNumber(r, "EMAX"); n >= 0) o.comma_emax = n;
  } else if (command == "FORWARD") {
    std::vector<std::string_view> words;
    for (std::string_view word : SplitFields(Trim(r), ' '))
      if (!Trim(word).empty()) words.push_back(Trim(word));
    o.forward = !words.empty() && std::find(words.begin(), words.end(), "OFF") == words.end();
    o.forward_format = words.empty() ? "" : std::string(words[0]);
  } else if (command == "DEFAULT") {
    if (Trim(r) == "OFF") {
      // Only the defaults go; every other setting stays.
      o.default_source.clear();
      o.default_target.clear();
      o.default_source_prior = o.default_target_after = false;
      return;
    }
    o.default_source = DefaultCode(r, "SOURCE");
    o.default_target = DefaultCode(r, "TARGET");
    o.default_source_prior = r.find("PRIOR") != std::string_view::npos;
    o.default_target_after = r.find("AFTER") != std::string_view::npos;
  }
}

bool TabariRecordSequence(std::string_view format, std::string_view id, std::string& story, int& sentence) {
  // '^' stands for the blanks between the date and the id, which the id has lost.
  while (!format.empty() && format[0] == '^') format.remove_prefix(1);
  if (id.size() < format.size()) return false;
  story.clear();
  std::string number;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == 'N') story += id[i];
    else if (format[i] == 'S') number += id[i];
  }
  sentence = 0;
  for (char c : number) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      sentence = 0;
      break;
    }
    sentence = sentence * 10 + (c - '0');
  }
  return true;
}

size_t LoadTabariOptions(const std::string& path, DiagnosticSink* sink, TabariOptions* options) {
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
    if (options) ApplyTabariOption(s, *options);
    if (!noted && sink) {
      sink->Report({Severity::kWarning, path, n,
                    "TABARI's output and parser settings are ignored; CODE BY, COMPLEX, COMMA, DEFAULT, CONVERT AGENTS, MINIMUM WORDS and ONE-SIDED EVENTS are used"});
      noted = true;
    }
  }
  return errors;
}

}  // namespace casus
