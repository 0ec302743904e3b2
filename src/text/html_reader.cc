// HTML: one file is one document, the article text of a news page.
#include "text/date_normalize.h"
#include "text/html_extract.h"
#include "text/readers.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

// Beyond this nesting gumbo becomes quadratic (seconds at 5,000 levels).
constexpr size_t kMaxParsedDepth = 1000;

class HtmlReader : public DocumentReader {
 public:
  HtmlReader(std::istream& in, std::string file_name, DiagnosticSink* sink, ReaderLimits limits)
      : in_(in), file_(std::move(file_name)), sink_(sink), limits_(limits) {}

  bool Next(RawDocument& doc) override {
    if (done_) return false;
    done_ = true;
    std::string html;
    if (!ReadWhole(in_, limits_.max_document_bytes, html)) {
      Skip("document larger than " + std::to_string(limits_.max_document_bytes) + " bytes");
      return false;
    }
    if (LooksBinary(html)) {
      Skip("binary file");
      return false;
    }
    StripByteOrderMark(html);
    RepairAndReport(html, sink_, file_, 1);
    HtmlArticle article;
    if (EstimateHtmlDepth(html) > kMaxParsedDepth) {
      Report(sink_, Severity::kWarning, file_, 0,
             "HTML nested more than " + std::to_string(kMaxParsedDepth) +
                 " elements deep; text extracted without page structure");
      article.text = StripHtmlTags(html);
    } else {
      article = ExtractHtmlArticle(html);
    }
    if (IsBlank(article.text)) {
      Skip("empty document (no article text found)");
      return false;
    }
    doc = RawDocument{};
    doc.id = file_;
    doc.file = file_;
    doc.line = 0;
    doc.title = std::move(article.title);
    doc.text = std::move(article.text);
    std::string date;
    switch (NormalizeDate(article.date, &date)) {
      case DateCheck::kOk:
        doc.date = date;
        break;
      case DateCheck::kEmpty:
        break;
      case DateCheck::kImpossible:
        Report(sink_, Severity::kWarning, file_, 0, "publication date \"" + article.date + "\": no such day; date dropped");
        break;
      case DateCheck::kUnrecognized:
        Report(sink_, Severity::kWarning, file_, 0,
               "publication date \"" + article.date + "\" is not an ISO date; date dropped");
        break;
    }
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

std::unique_ptr<DocumentReader> MakeHtmlReader(std::istream& in, std::string file_name, DiagnosticSink* sink,
                                               ReaderLimits limits) {
  return std::make_unique<HtmlReader>(in, std::move(file_name), sink, limits);
}

}  // namespace casus::text
