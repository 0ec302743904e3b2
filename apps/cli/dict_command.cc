// casus dict lint FILE... | dict stats: checks dictionary files of any
// supported format, and counts what a dictionary set holds (docs/cli.md).
#include <filesystem>
#include <iostream>
#include <map>

#include "casus/pipeline.h"
#include "commands.h"
#include "core/pipeline_resources.h"
#include "dict/actor_duplicates.h"
#include "dict/dictionary_lint.h"
#include "text/tokenizer.h"

namespace casus::cli {
namespace {

class PrintingSink : public DiagnosticSink {
 public:
  void Report(Diagnostic d) override {
    (d.severity == Severity::kError ? errors : warnings)++;
    std::cout << d.ToString() << '\n';
  }
  size_t errors = 0, warnings = 0;
};

int RunLint(const std::vector<std::string>& files, const std::string& dict_dir) {
  std::string data = dict_dir.empty() ? DefaultDictDir() : dict_dir;
  std::string tables = (std::filesystem::path(data).parent_path() / "tables" / "cameo_codes.tsv").string();
  auto cameo = CameoTable::Load(tables);
  if (!cameo.ok()) {
    std::cerr << "casus: " << cameo.status().message() << '\n';
    return kExitFailure;
  }
  PrintingSink sink;
  ActorDuplicateFinder actor_names;  // across all the files
  for (const std::string& file : files) {
    // Each file on its own, so one file's entries do not mask another's;
    // actor and agent names are then compared across all of them.
    Vocabulary vocab;
    ActorDictionary actors;
    VerbDictionary verbs;
    PhraseTrie discards;
    CameoTable table = cameo.value();
    Tokenizer tokenizer;
    Doc phrase_doc(&vocab);
    PhraseSplitter split = [&](std::string_view phrase, std::vector<std::string>& words) {
      phrase_doc.Reset("", std::string(phrase), "");
      (void)tokenizer.Process(phrase_doc);
      for (const Token& t : phrase_doc.tokens) words.emplace_back(phrase_doc.words.Text(t.lower));
    };
    DictionaryTargets targets{actors, verbs, discards, table, vocab, split};
    LintDictionaryFile(file, targets, &sink);
    ReportDuplicatePatterns(verbs, table, &sink);
    actor_names.Add(actors, vocab);
    std::cerr << file << ": " << DictionaryFileKindName(DetectDictionaryFile(file)) << ", " << actors.size()
              << " actor/agent entries, " << verbs.size() << " patterns\n";
  }
  actor_names.Report(&sink);
  std::cout << sink.errors << " error(s), " << sink.warnings << " warning(s)\n";
  return sink.errors > 0 ? kExitFailure : kExitOk;
}

int RunStats(const CommonOptions& common) {
  DiagnosticList diagnostics;
  PipelineOptions po = ToPipelineOptions(common);
  po.lenient = true;  // stats count what loads; lint reports the rest
  auto pipeline = Pipeline::Load(po, &diagnostics);
  if (!pipeline.ok()) {
    std::cerr << "casus: " << pipeline.status().message() << '\n';
    return kExitFailure;
  }
  const PipelineResources& r = pipeline.value()->resources();
  size_t actors = 0, agents = 0, dated = 0;
  for (size_t i = 0; i < r.actors.size(); ++i) {
    const ActorEntry& e = r.actors.entry(static_cast<uint32_t>(i));
    (e.agent ? agents : actors)++;
    if (e.dated) ++dated;
  }
  std::map<std::string, size_t> per_code;
  size_t nominal = 0, null_code = 0, paired = 0;
  for (uint32_t i = 0; i < r.verbs.size(); ++i) {
    const VerbPattern& p = r.verbs.pattern(i);
    if (p.nominal) ++nominal;
    if (p.paired_cameo >= 0) ++paired;
    if (p.null_code) {
      ++null_code;
      continue;
    }
    ++per_code[r.cameo.at(p.cameo).code];
  }
  std::cout << "actor entries\t" << actors << "\nagent entries\t" << agents << "\ndated entries\t" << dated
            << "\nactor/agent phrases\t" << r.actors.trie().phrase_count() << "\ndiscard phrases\t"
            << r.discards.phrase_count() << "\nverb patterns\t" << r.verbs.size() << "\nnominal patterns\t" << nominal
            << "\nnull-coded patterns\t" << null_code << "\npaired-event patterns\t" << paired << '\n';
  std::cout << "patterns per CAMEO code:\n";
  for (const auto& [code, n] : per_code) std::cout << "  " << code << '\t' << n << '\n';
  // Every code of our CAMEO table (the uncatalogued codes foreign files add come after it).
  std::string data = common.dict_dir.empty() ? DefaultDictDir() : common.dict_dir;
  std::string tables = (std::filesystem::path(data).parent_path() / "tables" / "cameo_codes.tsv").string();
  auto reference = CameoTable::Load(tables);
  std::string missing;
  size_t missing_count = 0;
  if (reference.ok())
    for (size_t i = 0; i < reference.value().size(); ++i) {
      const std::string& code = reference.value().at(i).code;
      // Two-digit roots name categories; their "not specified" codes are 010, 020, ...
      if (code.size() == 2 || per_code.count(code)) continue;
      missing += (missing_count++ ? " " : "") + code;
    }
  std::cout << "CAMEO event codes (3-4 digits) with no pattern (" << missing_count << "):" << (missing.empty() ? "" : " ") << missing
            << '\n';
  size_t errors = diagnostics.errors();
  if (errors > 0) std::cerr << "casus: " << errors << " dictionary error(s) while loading (see casus dict lint)\n";
  return kExitOk;
}

}  // namespace

void RegisterDict(CLI::App& app, int& exit_status) {
  CLI::App* dict = app.add_subcommand("dict", "check and describe dictionaries");
  dict->require_subcommand(1);
  auto files = std::make_shared<std::vector<std::string>>();
  auto lint_dict = std::make_shared<std::string>();
  CLI::App* lint = dict->add_subcommand("lint", "report malformed, duplicate and conflicting entries");
  lint->add_option("files", *files, "dictionary files (casus, TABARI or PETRARCH; format from name)")->required();
  lint->add_option("--dict", *lint_dict, "folder of casus data (for the CAMEO table)");
  lint->callback([files, lint_dict, &exit_status] { exit_status = RunLint(*files, *lint_dict); });
  auto common = std::make_shared<CommonOptions>();
  CLI::App* stats = dict->add_subcommand("stats", "count entries by kind and patterns per CAMEO code");
  AddCommonOptions(*stats, *common);
  stats->callback([common, &exit_status] { exit_status = RunStats(*common); });
}

}  // namespace casus::cli
