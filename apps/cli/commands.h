// The casus command-line tool: one function per subcommand.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "casus/limits.h"
#include "casus/pipeline.h"
#include "casus/reader.h"

namespace casus::cli {

// Exit statuses scripts rely on (docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;      // nothing could be done: bad arguments, dictionaries
inline constexpr int kExitSomeSkipped = 2;  // the run finished, but some input was skipped

struct CommonOptions {
  std::string dict_dir;
  std::string tabari_project;
  std::string petrarch_dicts;
  bool lenient = false;
};

void AddCommonOptions(CLI::App& command, CommonOptions& options);
// The pipeline options the common dictionary options ask for.
PipelineOptions ToPipelineOptions(const CommonOptions& options);

// The per-document limits of the commands that read and code documents
// (casus/limits.h, docs/robustness.md): --max-document-bytes, --max-sentence-tokens.
struct LimitOptions {
  uint64_t max_document_bytes = kDefaultMaxDocumentBytes;
  uint32_t max_sentence_tokens = kDefaultMaxSentenceTokens;
  ReaderLimits reader() const { return {max_document_bytes}; }
};
void AddLimitOptions(CLI::App& command, LimitOptions& options);

// Reads every document of `files` ("-" or none: standard input) and hands each
// to `consume` with the text casus codes (an HTML page's title, a blank line,
// then its text), the date defaulted to `default_date` and `file` set. Files
// that cannot be opened and documents that cannot be read are reported to
// `sink`; returns how many were skipped.
// Documents over `limits` are reported and skipped too.
uint64_t ForEachInputDocument(const std::vector<std::string>& files, InputFormat format,
                              const std::string& default_date, DiagnosticSink& sink,
                              const std::function<void(RawDocument&)>& consume, ReaderLimits limits = {});


void RegisterCode(CLI::App& app, int& exit_status);
void RegisterEval(CLI::App& app, int& exit_status);
void RegisterExplain(CLI::App& app, int& exit_status);
void RegisterValidate(CLI::App& app, int& exit_status);
void RegisterDict(CLI::App& app, int& exit_status);
void RegisterIngest(CLI::App& app, int& exit_status);
void RegisterStats(CLI::App& app, int& exit_status);
void RegisterQuery(CLI::App& app, int& exit_status);
void RegisterExport(CLI::App& app, int& exit_status);
void RegisterDedup(CLI::App& app, int& exit_status);
void RegisterRecode(CLI::App& app, int& exit_status);
void RegisterServe(CLI::App& app, int& exit_status);

}  // namespace casus::cli
