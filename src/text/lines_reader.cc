// One document per line. Ids are line numbers, so they stay stable when other
// lines are blank or rejected.
#include "text/line_source.h"
#include "text/readers.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

class LinesReader : public DocumentReader {
 public:
  LinesReader(std::istream& in, std::string file_name, DiagnosticSink* sink, ReaderLimits limits)
      : source_(in, limits.max_document_bytes), file_(std::move(file_name)), sink_(sink), limits_(limits) {}

  bool Next(RawDocument& doc) override {
    if (!started_) {
      started_ = true;
      if (LooksBinary(source_.Peek(8192))) {
        Report(sink_, Severity::kError, file_, 0, "binary file");
        ++skipped_;
        return false;
      }
    }
    bool too_long = false;
    while (source_.Next(line_, too_long)) {
      const uint64_t number = source_.line_number();
      if (number == 1) StripByteOrderMark(line_);
      if (too_long) {
        Skip(number, "line longer than " + std::to_string(limits_.max_document_bytes) + " bytes");
        continue;
      }
      if (IsBlank(line_)) continue;
      if (line_.find('\0') != std::string::npos) {
        Skip(number, "binary data in line");
        continue;
      }
      RepairAndReport(line_, sink_, file_, number);
      doc = RawDocument{};
      doc.id = std::to_string(number);
      doc.text = line_;
      doc.file = file_;
      doc.line = number;
      return true;
    }
    return false;
  }

 private:
  void Skip(uint64_t line, std::string message) {
    Report(sink_, Severity::kError, file_, line, std::move(message));
    ++skipped_;
  }

  LineSource source_;
  std::string file_;
  DiagnosticSink* sink_;
  ReaderLimits limits_;
  std::string line_;
  bool started_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeLinesReader(std::istream& in, std::string file_name, DiagnosticSink* sink,
                                                ReaderLimits limits) {
  return std::make_unique<LinesReader>(in, std::move(file_name), sink, limits);
}

}  // namespace casus::text
