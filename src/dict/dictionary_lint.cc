#include "dict/dictionary_lint.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/text_util.h"
#include "dict/entry_line.h"
#include "dict/foreign_readers.h"

namespace casus {

namespace fs = std::filesystem;

DictionaryFileKind DetectDictionaryFile(const std::string& path) {
  fs::path p(path);
  std::string ext = AsciiLower(p.extension().string());
  std::string name = AsciiLower(p.filename().string());
  std::string parent = AsciiLower(p.parent_path().filename().string());
  auto has = [&](std::string_view part) { return name.find(part) != std::string::npos; };
  using K = DictionaryFileKind;
  if (ext == ".project") return K::kTabariProject;
  if (ext == ".verbs") return K::kTabariVerbs;
  if (ext == ".actors") return K::kTabariActors;
  if (ext == ".agents") return K::kTabariAgents;
  if (ext == ".options") return K::kTabariOptions;
  if (ext == ".ini") return K::kPetrarchConfig;
  if (ext != ".txt") return K::kUnknown;
  if (parent == "verbs") return K::kNativeVerbs;
  if (parent == "actors") return K::kNativeActors;
  if (name == "agents.txt") return K::kNativeAgents;
  if (name == "discards.txt") return K::kNativeDiscards;
  if (name == "countries.txt") return K::kNativeActors;
  if (has("issue")) return K::kPetrarchIssues;
  if (has("actors")) return K::kPetrarchActors;
  if (has("agents")) return K::kPetrarchAgents;
  if (has("discards")) return K::kPetrarchDiscards;
  if (has("verbs") || name.rfind("cameo", 0) == 0) return K::kPetrarchVerbs;
  return K::kUnknown;
}

const char* DictionaryFileKindName(DictionaryFileKind kind) {
  switch (kind) {
    case DictionaryFileKind::kNativeActors: return "casus actors";
    case DictionaryFileKind::kNativeAgents: return "casus agents";
    case DictionaryFileKind::kNativeVerbs: return "casus verb patterns";
    case DictionaryFileKind::kNativeDiscards: return "casus discards";
    case DictionaryFileKind::kTabariProject: return "TABARI project";
    case DictionaryFileKind::kTabariVerbs: return "TABARI verbs";
    case DictionaryFileKind::kTabariActors: return "TABARI actors";
    case DictionaryFileKind::kTabariAgents: return "TABARI agents";
    case DictionaryFileKind::kTabariOptions: return "TABARI options";
    case DictionaryFileKind::kPetrarchConfig: return "PETRARCH config";
    case DictionaryFileKind::kPetrarchVerbs: return "PETRARCH verbs";
    case DictionaryFileKind::kPetrarchActors: return "PETRARCH actors";
    case DictionaryFileKind::kPetrarchAgents: return "PETRARCH agents";
    case DictionaryFileKind::kPetrarchDiscards: return "PETRARCH discards";
    case DictionaryFileKind::kPetrarchIssues: return "PETRARCH issues";
    case DictionaryFileKind::kUnknown: break;
  }
  return "unknown";
}

size_t LintDictionaryFile(const std::string& path, DictionaryTargets& t, DiagnosticSink* sink) {
  using K = DictionaryFileKind;
  const auto kTabari = ForeignFormat::kTabari;
  const auto kPetrarch = ForeignFormat::kPetrarch;
  switch (DetectDictionaryFile(path)) {
    case K::kNativeActors: return t.actors.LoadFile(path, false, t.split, t.vocab, sink);
    case K::kNativeAgents: return t.actors.LoadFile(path, true, t.split, t.vocab, sink);
    case K::kNativeVerbs: return t.verbs.LoadFile(path, t.cameo, t.vocab, sink);
    case K::kNativeDiscards: {
      std::ifstream in(path);
      if (!in) {
        if (sink) sink->Report({Severity::kError, path, 0, "cannot open file"});
        return 1;
      }
      std::string line;
      uint32_t n = 0;
      size_t errors = 0;
      std::vector<std::string> words;
      while (std::getline(in, line)) {
        ++n;
        std::string_view phrase = StripComment(line);
        if (phrase.empty()) continue;
        words.clear();
        t.split(phrase, words);
        if (words.empty()) {
          ++errors;
          if (sink) sink->Report({Severity::kError, path, n, "discard phrase has no words"});
        }
      }
      return errors;
    }
    case K::kTabariProject: return LoadTabariProject(path, t, sink);
    case K::kTabariVerbs: return LoadForeignVerbs(path, kTabari, t, sink);
    case K::kTabariActors: return LoadForeignActors(path, kTabari, false, t, sink);
    case K::kTabariAgents: return LoadForeignActors(path, kTabari, true, t, sink);
    case K::kTabariOptions: return LoadTabariOptions(path, sink);
    case K::kPetrarchConfig: return LoadPetrarchDictionaries(path, t, sink);
    case K::kPetrarchVerbs: return LoadForeignVerbs(path, kPetrarch, t, sink);
    case K::kPetrarchActors: return LoadForeignActors(path, kPetrarch, false, t, sink);
    case K::kPetrarchAgents: return LoadForeignActors(path, kPetrarch, true, t, sink);
    case K::kPetrarchDiscards: return LoadForeignDiscards(path, kPetrarch, t, sink);
    case K::kPetrarchIssues:
      if (sink) sink->Report({Severity::kWarning, path, 0, "PETRARCH issue coding is not supported; not checked"});
      return 0;
    case K::kUnknown: break;
  }
  if (sink)
    sink->Report({Severity::kError, path, 0,
                  "cannot tell the dictionary format from the name (casus: actors/*.txt, verbs/*.txt, agents.txt, "
                  "discards.txt; TABARI: .project .verbs .actors .agents .options; PETRARCH: *verbs*.txt, CAMEO*.txt, "
                  "*actors*.txt, *agents*.txt, *discards*.txt, .ini)"});
  return 1;
}

namespace {

std::string PatternKey(const VerbPattern& p) {
  std::string key = std::to_string(p.trigger) + (p.nominal ? "@" : "") + "|";
  auto add = [&](const std::vector<PatternElement>& list) {
    for (const PatternElement& e : list) {
      key += std::to_string(static_cast<int>(e.kind)) + ":" + std::to_string(e.lemma) + (e.stem ? "s" : "") + (e.joined ? "_" : "");
      for (const auto& alt : e.any_of) {
        key += "(";
        for (WordId w : alt) key += std::to_string(w) + ",";
        key += ")";
      }
      key += " ";
    }
  };
  add(p.before);
  key += p.verb_joined ? "_*" : "*";
  add(p.rest);
  return key;
}

}  // namespace

void ReportDuplicatePatterns(const VerbDictionary& verbs, const CameoTable& cameo, DiagnosticSink* sink) {
  if (!sink) return;
  std::map<std::string, uint32_t> first;
  std::set<std::pair<uint64_t, uint64_t>> reported;  // a block's pattern is filed under each of its verbs
  for (uint32_t i = 0; i < verbs.size(); ++i) {
    const VerbPattern& p = verbs.pattern(i);
    auto [it, inserted] = first.emplace(PatternKey(p), i);
    if (inserted) continue;
    const VerbPattern& q = verbs.pattern(it->second);
    if (q.file == p.file && q.line == p.line) continue;  // one line, several spellings of its verb
    uint64_t a = (uint64_t{p.file} << 32) | p.line, b = (uint64_t{q.file} << 32) | q.line;
    if (!reported.emplace(a, b).second) continue;
    bool same = q.cameo == p.cameo && q.null_code == p.null_code && q.paired_cameo == p.paired_cameo;
    std::string where = verbs.file_name(q.file) + ":" + std::to_string(q.line);
    sink->Report({Severity::kWarning, verbs.file_name(p.file), p.line,
                  same ? "duplicate pattern '" + p.text + "' (also at " + where + ")"
                       : "conflicting pattern '" + p.text + "': " + cameo.at(p.cameo).code + " here, " +
                             cameo.at(q.cameo).code + " at " + where});
  }
}

}  // namespace casus
