// Readers turn files into documents. They stream (one document at a time),
// report every problem to a DiagnosticSink with file and line, and never stop
// the batch for a bad document.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "casus/diagnostics.h"
#include "casus/limits.h"
#include "casus/status.h"

namespace casus {

struct RawDocument {
  std::string id;
  std::string date;   // YYYY-MM-DD or empty
  std::string title;
  std::string text;
  std::string source;
  std::string url;
  std::string file;   // where it came from, for messages
  uint64_t line = 0;
};

enum class InputFormat { kText, kLines, kJsonLines, kHtml };
Result<InputFormat> ParseInputFormat(std::string_view name);

struct ReaderLimits {
  uint64_t max_document_bytes = kDefaultMaxDocumentBytes;  // larger documents are skipped with a message
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // Fills `doc` and returns true, or returns false at end of input. Documents
  // that cannot be read are reported to the sink and counted, then skipped.
  virtual bool Next(RawDocument& doc) = 0;
  uint64_t skipped() const { return skipped_; }

 protected:
  uint64_t skipped_ = 0;
};

// `file_name` names the input in messages and is the document id for kText.
std::unique_ptr<DocumentReader> MakeReader(InputFormat format, std::istream& in, std::string file_name,
                                           DiagnosticSink* sink, ReaderLimits limits = {});

}  // namespace casus
