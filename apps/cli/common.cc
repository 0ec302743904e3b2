#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"

namespace casus::cli {

void AddCommonOptions(CLI::App& command, CommonOptions& options) {
  command.add_option("--dict", options.dict_dir, "folder of casus dictionaries (default: the shipped data/dict)");
  command.add_option("--tabari", options.tabari_project,
                     "code with a TABARI project's dictionaries (its .verbs, .actors, .agents, .options)");
  command.add_option("--petrarch-dicts", options.petrarch_dicts,
                     "code with PETRARCH dictionaries: a folder (CAMEO.2.0.txt, *.actors.txt, agents, discards) or a config file");
  command.add_flag("--lenient", options.lenient, "skip malformed dictionary entries (reported) instead of stopping");
}

PipelineOptions ToPipelineOptions(const CommonOptions& options) {
  PipelineOptions out;
  out.dict_dir = options.dict_dir;
  out.tabari_project = options.tabari_project;
  out.petrarch_dicts = options.petrarch_dicts;
  out.lenient = options.lenient;
  return out;
}

void AddLimitOptions(CLI::App& command, LimitOptions& options) {
  command.add_option("--max-document-bytes", options.max_document_bytes,
                     "skip (with a message) a document larger than this: a text or HTML file, one line of lines or "
                     "jsonl (default " + std::to_string(kDefaultMaxDocumentBytes) + ")")
      ->check(CLI::PositiveNumber);
  command.add_option("--max-sentence-tokens", options.max_sentence_tokens,
                     "cut a longer sentence at ; : or , (else at the limit) and code each piece (default " +
                         std::to_string(kDefaultMaxSentenceTokens) + ")")
      ->check(CLI::Range(1u, 1000000u));
}

uint64_t ForEachInputDocument(const std::vector<std::string>& files, InputFormat format,
                              const std::string& default_date, DiagnosticSink& sink,
                              const std::function<void(RawDocument&)>& consume, ReaderLimits limits) {
  std::vector<std::string> inputs = files;
  if (inputs.empty()) inputs.push_back("-");
  uint64_t skipped = 0;
  for (const std::string& file : inputs) {
    std::ifstream stream;
    std::istream* in = &std::cin;
    std::string name = file == "-" ? "<stdin>" : file;
    if (file != "-") {
      std::error_code ec;
      if (std::filesystem::is_directory(file, ec)) {
        sink.Report({Severity::kError, file, 0, "is a directory, not a file"});
        ++skipped;
        continue;
      }
      errno = 0;
      stream.open(file, std::ios::binary);
      if (!stream) {
        const int error = errno;
        sink.Report({Severity::kError, file, 0,
                     error != 0 ? std::string("cannot open file: ") + std::strerror(error) : "cannot open file"});
        ++skipped;
        continue;
      }
      in = &stream;
    }
    auto reader = MakeReader(format, *in, name, &sink, limits);
    RawDocument raw;
    while (reader->Next(raw)) {
      if (!raw.title.empty() && format == InputFormat::kHtml) raw.text = raw.title + "\n\n" + raw.text;
      if (raw.date.empty()) raw.date = default_date;
      raw.file = name;
      consume(raw);
      raw = RawDocument();
    }
    skipped += reader->skipped();
  }
  return skipped;
}

}  // namespace casus::cli
