// Maps format names to readers: the one place the CLI's --input-format lands.
#include <string>

#include "casus/reader.h"
#include "text/readers.h"

namespace casus {

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "lines") return InputFormat::kLines;
  if (name == "jsonl" || name == "jsonlines" || name == "ndjson") return InputFormat::kJsonLines;
  if (name == "html" || name == "htm") return InputFormat::kHtml;
  return Status::Invalid("unknown input format \"" + std::string(name) + "\" (expected text, lines, jsonl or html)");
}

std::unique_ptr<DocumentReader> MakeReader(InputFormat format, std::istream& in, std::string file_name,
                                           DiagnosticSink* sink, ReaderLimits limits) {
  switch (format) {
    case InputFormat::kText:
      return text::MakeTextReader(in, std::move(file_name), sink, limits);
    case InputFormat::kLines:
      return text::MakeLinesReader(in, std::move(file_name), sink, limits);
    case InputFormat::kJsonLines:
      return text::MakeJsonLinesReader(in, std::move(file_name), sink, limits);
    case InputFormat::kHtml:
      return text::MakeHtmlReader(in, std::move(file_name), sink, limits);
  }
  return text::MakeTextReader(in, std::move(file_name), sink, limits);
}

}  // namespace casus
