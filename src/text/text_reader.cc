// Plain text: the whole stream is one document, named after the file.
#include "text/readers.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

class TextReader : public DocumentReader {
 public:
  TextReader(std::istream& in, std::string file_name, DiagnosticSink* sink, ReaderLimits limits)
      : in_(in), file_(std::move(file_name)), sink_(sink), limits_(limits) {}

  bool Next(RawDocument& doc) override {
    if (done_) return false;
    done_ = true;
    std::string text;
    if (!ReadWhole(in_, limits_.max_document_bytes, text)) {
      Skip("document larger than " + std::to_string(limits_.max_document_bytes) + " bytes");
      return false;
    }
    if (LooksBinary(text)) {
      Skip("binary file");
      return false;
    }
    StripByteOrderMark(text);
    if (IsBlank(text)) {
      Skip("empty document");
      return false;
    }
    RepairAndReport(text, sink_, file_, 1);
    doc = RawDocument{};
    doc.id = file_;
    doc.text = std::move(text);
    doc.file = file_;
    doc.line = 1;
    return true;
  }

 private:
  void Skip(std::string message) {
    Report(sink_, Severity::kError, file_, 0, std::move(message));
    ++skipped_;
  }

  std::istream& in_;
  std::string file_;
  DiagnosticSink* sink_;
  ReaderLimits limits_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeTextReader(std::istream& in, std::string file_name, DiagnosticSink* sink,
                                               ReaderLimits limits) {
  return std::make_unique<TextReader>(in, std::move(file_name), sink, limits);
}

}  // namespace casus::text
