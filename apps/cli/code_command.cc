// casus code: documents in, one JSON line per event out.
#include <fstream>
#include <iostream>

#include "casus/parallel_coder.h"
#include "casus/pipeline.h"
#include "casus/reader.h"
#include "commands.h"
#include "core/text_util.h"

namespace casus::cli {
namespace {

struct CodeOptions {
  CommonOptions common;
  LimitOptions limits;
  std::string input_format = "text";
  std::string date;
  bool include_unreal = false;
  bool extras = false;
  unsigned threads = 0;  // 0: every core
  std::vector<std::string> files;
};

// Prints diagnostics to stderr as they come, counting errors.
class StderrSink : public DiagnosticSink {
 public:
  void Report(Diagnostic d) override {
    if (d.severity == Severity::kError) ++errors;
    std::cerr << "casus: " << d.ToString() << '\n';
  }
  size_t errors = 0;
};

int RunCode(const CodeOptions& options) {
  auto format = ParseInputFormat(options.input_format);
  if (!format.ok()) {
    std::cerr << "casus: " << format.status().message() << '\n';
    return kExitFailure;
  }
  int ignored_day = 0;
  if (!options.date.empty() && !ParseIsoDate(options.date, ignored_day)) {
    std::cerr << "casus: --date '" << options.date << "' is not a valid YYYY-MM-DD date\n";
    return kExitFailure;
  }
  StderrSink sink;
  PipelineOptions pipeline_options = ToPipelineOptions(options.common);
  pipeline_options.keep_unreal_events = options.include_unreal;
  pipeline_options.extras = options.extras;
  pipeline_options.max_sentence_tokens = options.limits.max_sentence_tokens;
  auto pipeline = Pipeline::Load(pipeline_options, &sink);
  if (!pipeline.ok()) {
    std::cerr << "casus: " << pipeline.status().message() << '\n';
    return kExitFailure;
  }
  size_t load_errors = sink.errors;
  const Pipeline& p = *pipeline.value();
  uint64_t skipped = 0;
  // Workers code batches; the sink runs on this thread in input order, so the
  // output is the same for any --threads.
  ParallelCoderOptions coder_options;
  coder_options.threads = options.threads;
  ParallelCoder coder(p, coder_options, [&](CodedBatch& batch) {
    for (Diagnostic& problem : batch.problems) sink.Report(std::move(problem));
    skipped += batch.skipped;
    std::cout << batch.json_lines;
    std::cout.flush();  // a streaming filter hands on each batch as soon as it is coded
  });
  skipped += ForEachInputDocument(options.files, format.value(), options.date, sink,
                                  [&](RawDocument& raw) { coder.Add(std::move(raw)); }, options.limits.reader());
  coder.Finish();
  std::cout.flush();
  if (skipped > 0) {
    std::cerr << "casus: " << skipped << " document(s) skipped\n";
    return kExitSomeSkipped;
  }
  return load_errors > 0 ? kExitSomeSkipped : kExitOk;
}

}  // namespace

void RegisterCode(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command = app.add_subcommand("code", "code documents into CAMEO events (JSON lines on stdout)");
  AddCommonOptions(*command, options->common);
  AddLimitOptions(*command, options->limits);
  command->add_option("--input-format", options->input_format, "text (one document a file), lines, jsonl or html")
      ->check(CLI::IsMember({"text", "lines", "jsonl", "html"}));
  command->add_option("--date", options->date, "article date (YYYY-MM-DD) for documents that carry none");
  command->add_flag("--include-unreal", options->include_unreal,
                    "also write negated, future and hypothetical events, with their flags");
  command->add_flag("--extras", options->extras,
                    "also write quotations with their speakers and reported counts, as \"record\" lines after "
                    "each document's events (docs/extras.md)");
  command->add_option("--threads", options->threads,
                      "worker threads (default: every core; 1: code on one thread). Output order and bytes "
                      "do not depend on it")
      ->check(CLI::Range(1u, 1024u));
  command->add_option("files", options->files, "input files (stdin when none, or '-')");
  command->callback([options, &exit_status] { exit_status = RunCode(*options); });
}

}  // namespace casus::cli
