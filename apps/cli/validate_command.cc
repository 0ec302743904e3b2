// casus validate tabari PROJECT | petrarch RECORDS.xml --dicts DIR: codes the
// field's validation suites with their own dictionaries and our pipeline, and
// says which records fail (docs/validate.md).
#include <iostream>

#include "casus/pipeline.h"
#include "commands.h"
#include "dict/tabari_project.h"
#include "eval/validation_records.h"
#include "eval/validation_run.h"

namespace casus::cli {
namespace {

struct ValidateOptions {
  std::string input;       // TABARI project, or PETRARCH records
  std::string dicts;       // PETRARCH dictionaries
  std::string dict_dir;    // our data folder (tables), rarely needed
  double min_pass_rate = -1;
  bool verbose = false;
  bool include_unreal = false;
};

// Counts diagnostics; prints them only when asked (foreign files carry many
// deliberate oddities, e.g. TABARI's malformed-entry tests).
class CountingSink : public DiagnosticSink {
 public:
  explicit CountingSink(bool print) : print_(print) {}
  void Report(Diagnostic d) override {
    (d.severity == Severity::kError ? errors : warnings)++;
    if (print_) std::cerr << "casus: " << d.ToString() << '\n';
  }
  size_t errors = 0, warnings = 0;

 private:
  bool print_;
};

std::string Join(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? " " : "") + v[i];
  return out + "]";
}

int Run(const ValidateOptions& options, bool tabari) {
  CountingSink sink(options.verbose);
  PipelineOptions po;
  po.dict_dir = options.dict_dir;
  po.lenient = true;
  // PETRARCH codes negated, future and hypothetical verbs like any other, and its
  // records expect them.
  po.keep_unreal_events = options.include_unreal || !tabari;
  std::vector<ValidationRecord> records;
  if (tabari) {
    auto project = ReadTabariProject(options.input, &sink);
    if (!project.ok()) {
      std::cerr << "casus: " << project.status().message() << '\n';
      return kExitFailure;
    }
    if (project.value().texts.empty()) {
      std::cerr << "casus: " << options.input << ": the project names no <textfile>\n";
      return kExitFailure;
    }
    po.tabari_project = options.input;
    po.tabari_defaults = true;  // the records were written for TABARI's own settings
    for (const std::string& text : project.value().texts) {
      auto read = ReadTabariValidationRecords(text, &sink);
      if (!read.ok()) {
        std::cerr << "casus: " << read.status().message() << '\n';
        return kExitFailure;
      }
      for (auto& r : read.value()) records.push_back(std::move(r));
    }
  } else {
    if (options.dicts.empty()) {
      std::cerr << "casus: validate petrarch needs --dicts DIR (the dictionaries its records were written for)\n";
      return kExitFailure;
    }
    po.petrarch_dicts = options.dicts;
    auto read = ReadPetrarchValidationRecords(options.input, &sink);
    if (!read.ok()) {
      std::cerr << "casus: " << read.status().message() << '\n';
      return kExitFailure;
    }
    records = std::move(read).value();
  }
  auto pipeline = Pipeline::Load(po, &sink);
  if (!pipeline.ok()) {
    std::cerr << "casus: " << pipeline.status().message() << '\n';
    return kExitFailure;
  }
  if (sink.errors + sink.warnings > 0 && !options.verbose)
    std::cerr << "casus: dictionaries loaded with " << sink.errors << " error(s) and " << sink.warnings
              << " warning(s) (entries skipped; --verbose lists them)\n";
  size_t passed = 0, failed = 0;
  for (const ValidationOutcome& o : RunValidation(*pipeline.value(), records)) {
    if (o.passed) {
      ++passed;
      continue;
    }
    ++failed;
    std::cout << o.record->id << ": expected " << Join(o.expected) << " got " << Join(o.got);
    if (!o.error.empty()) std::cout << " (" << o.error << ")";
    std::cout << '\n';
  }
  std::cout << passed << " passed, " << failed << " failed" << std::endl;
  if (options.min_pass_rate >= 0) {
    double rate = passed + failed == 0 ? 0.0 : static_cast<double>(passed) / static_cast<double>(passed + failed);
    if (rate < options.min_pass_rate) return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void RegisterValidate(CLI::App& app, int& exit_status) {
  CLI::App* validate = app.add_subcommand("validate", "run TABARI's or PETRARCH's validation records through casus");
  validate->require_subcommand(1);
  auto tabari = std::make_shared<ValidateOptions>();
  CLI::App* t = validate->add_subcommand("tabari", "code a TABARI project's <textfile> validation records");
  t->add_option("project", tabari->input, "TABARI .project file")->required();
  t->add_option("--min-pass-rate", tabari->min_pass_rate, "exit 1 when fewer records pass (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  t->add_option("--dict", tabari->dict_dir, "folder of casus data (for the CAMEO table)");
  t->add_flag("--verbose", tabari->verbose, "print every dictionary diagnostic");
  t->add_flag("--include-unreal", tabari->include_unreal,
              "keep negated, future and hypothetical events, as TABARI does (it does not judge modality)");
  t->callback([tabari, &exit_status] { exit_status = Run(*tabari, true); });
  auto petrarch = std::make_shared<ValidateOptions>();
  CLI::App* p = validate->add_subcommand("petrarch", "code PETRARCH unit-test records (XML)");
  p->add_option("records", petrarch->input, "PETRARCH records file (.xml)")->required();
  p->add_option("--dicts", petrarch->dicts, "PETRARCH dictionary folder or config .ini")->required();
  p->add_option("--min-pass-rate", petrarch->min_pass_rate, "exit 1 when fewer records pass (0..1)")
      ->check(CLI::Range(0.0, 1.0));
  p->add_option("--dict", petrarch->dict_dir, "folder of casus data (for the CAMEO table)");
  p->add_flag("--verbose", petrarch->verbose, "print every dictionary diagnostic");
  p->add_flag("--include-unreal", petrarch->include_unreal,
              "keep negated, future and hypothetical events, as PETRARCH does");
  p->callback([petrarch, &exit_status] { exit_status = Run(*petrarch, false); });
}

}  // namespace casus::cli
