// JSON lines: one object per line with id, date, title, text, source, url.
// A bad line is reported with what is wrong and skipped; the rest go on.
#include <nlohmann/json.hpp>

#include <set>

#include "text/date_normalize.h"
#include "text/line_source.h"
#include "text/readers.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

using nlohmann::json;

// The part of nlohmann's message worth showing: "column 5: syntax error ...".
std::string DescribeParseError(const json::parse_error& e) {
  std::string what = e.what();
  if (auto pos = what.find("column "); pos != std::string::npos) return what.substr(pos);
  if (auto pos = what.find("] "); pos != std::string::npos) return what.substr(pos + 2);
  return what;
}

class JsonLinesReader : public DocumentReader {
 public:
  JsonLinesReader(std::istream& in, std::string file_name, DiagnosticSink* sink, ReaderLimits limits)
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
      line_number_ = source_.line_number();
      if (line_number_ == 1) StripByteOrderMark(line_);
      if (too_long) {
        Error("line longer than " + std::to_string(limits_.max_document_bytes) + " bytes");
        ++skipped_;
        continue;
      }
      if (IsBlank(line_)) continue;
      RepairAndReport(line_, sink_, file_, line_number_);
      if (Convert(doc)) return true;
      ++skipped_;
    }
    return false;
  }

 private:
  // Parses `line_` into `doc`; reports and returns false when it cannot.
  bool Convert(RawDocument& doc) {
    json object;
    std::set<std::string> seen_keys;
    std::set<std::string> duplicates;
    auto on_event = [&](int depth, json::parse_event_t event, json& parsed) {
      if (event == json::parse_event_t::key && depth == 1) {
        const auto& key = parsed.get_ref<const std::string&>();
        if (!seen_keys.insert(key).second) duplicates.insert(key);
      }
      return true;
    };
    try {
      object = json::parse(line_, on_event);
    } catch (const json::parse_error& e) {
      Error("malformed JSON: " + DescribeParseError(e));
      return false;
    } catch (const std::exception& e) {
      Error(std::string("malformed JSON: ") + e.what());
      return false;
    }
    if (!object.is_object()) {
      Error(std::string("expected a JSON object, found ") + object.type_name());
      return false;
    }
    for (const auto& key : duplicates)
      Report(sink_, Severity::kWarning, file_, line_number_, "duplicate key \"" + key + "\": the last value is used");

    RawDocument out;
    out.file = file_;
    out.line = line_number_;
    if (!ReadId(object, out.id)) return false;
    if (!ReadString(object, "text", out.text)) return false;
    if (IsBlank(out.text)) {
      Error(object.contains("text") ? "field \"text\" is empty" : "field \"text\" is missing");
      return false;
    }
    std::string date;
    if (!ReadString(object, "title", out.title) || !ReadString(object, "source", out.source) ||
        !ReadString(object, "url", out.url) || !ReadString(object, "date", date)) {
      return false;
    }
    ReadDate(date, out.date);
    doc = std::move(out);
    return true;
  }

  bool ReadId(const json& object, std::string& id) {
    auto it = object.find("id");
    if (it == object.end() || it->is_null()) {
      id = std::to_string(line_number_);
    } else if (it->is_string()) {
      id = it->get<std::string>();
      if (IsBlank(id)) id = std::to_string(line_number_);
    } else if (it->is_number_integer()) {
      id = it->dump();
    } else {
      Error(std::string("field \"id\" must be a string or an integer, not ") + it->type_name());
      return false;
    }
    return true;
  }

  // Absent and null fields leave `value` empty; any type but string is an error.
  bool ReadString(const json& object, const char* field, std::string& value) {
    auto it = object.find(field);
    if (it == object.end() || it->is_null()) return true;
    if (!it->is_string()) {
      Error(std::string("field \"") + field + "\" must be a string, not " + it->type_name());
      return false;
    }
    value = it->get<std::string>();
    return true;
  }

  void ReadDate(const std::string& value, std::string& date) {
    switch (NormalizeDate(value, &date)) {
      case DateCheck::kOk:
      case DateCheck::kEmpty:
        return;
      case DateCheck::kImpossible:
        Report(sink_, Severity::kWarning, file_, line_number_,
               "field \"date\": no such day \"" + value + "\"; date dropped");
        break;
      case DateCheck::kUnrecognized:
        Report(sink_, Severity::kWarning, file_, line_number_,
               "field \"date\": \"" + value + "\" is not YYYY-MM-DD or an ISO date-time; date dropped");
        break;
    }
    date.clear();
  }

  void Error(std::string message) { Report(sink_, Severity::kError, file_, line_number_, std::move(message)); }

  LineSource source_;
  std::string file_;
  DiagnosticSink* sink_;
  ReaderLimits limits_;
  std::string line_;
  uint64_t line_number_ = 0;
  bool started_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeJsonLinesReader(std::istream& in, std::string file_name,
                                                    DiagnosticSink* sink, ReaderLimits limits) {
  return std::make_unique<JsonLinesReader>(in, std::move(file_name), sink, limits);
}

}  // namespace casus::text
