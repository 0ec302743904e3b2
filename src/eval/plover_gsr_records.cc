// Reading the PLOVER GSR file: a JSON array of records. The array is split
// into its elements before any is parsed, so that one malformed record (hand
// edited files have trailing commas and missing quotes) costs that record
// only, and is reported with its position.
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "eval/plover_gsr.h"

namespace casus::eval {
namespace {

using nlohmann::json;

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One element of the top-level array, as text.
struct RawElement {
  size_t begin = 0, end = 0;  // byte range in the file
  uint32_t line = 0;          // line of its first byte
};

// Walks the top-level array: elements are found by bracket matching outside
// strings. Problems between elements (a missing or doubled comma, a trailing
// comma, an unterminated array) are warnings: no record is lost by them.
class ArraySplitter {
 public:
  ArraySplitter(std::string_view data, std::vector<GsrProblem>& problems) : data_(data), problems_(problems) {}

  // False when the data is not an array at all.
  bool Open() {
    if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    SkipSpace();
    if (pos_ >= data_.size() || data_[pos_] != '[') return false;
    ++pos_;
    return true;
  }

  // The next element; false at the end of the array.
  bool Next(RawElement& element) {
    while (true) {
      SkipSpace();
      if (pos_ >= data_.size()) {
        if (!closed_) Warn(count_ + 1, "the array is not closed with ']'");
        closed_ = true;
        return false;
      }
      char c = data_[pos_];
      if (c == ']') {
        if (comma_pending_ && count_ > 0) Warn(count_, "trailing comma after the last record");
        ++pos_;
        SkipSpace();
        if (pos_ < data_.size()) Warn(count_, "text after the closing ']' ignored");
        pos_ = data_.size();
        closed_ = true;
        return false;
      }
      if (c == ',') {
        if (comma_pending_ || count_ == 0) Warn(count_ + 1, "empty element (two commas) ignored");
        comma_pending_ = true;
        ++pos_;
        continue;
      }
      if (count_ > 0 && !comma_pending_) Warn(count_ + 1, "missing comma before this record");
      element.begin = pos_;
      element.line = line_;
      ScanElement();
      element.end = pos_;
      ++count_;
      comma_pending_ = false;
      return true;
    }
  }

  // Goes on from `pos` (inside the last element, which did not parse) as if a
  // new element began there.
  void ResumeAt(size_t pos, uint32_t line) {
    pos_ = pos;
    line_ = line;
    comma_pending_ = true;
  }

 private:
  void Advance() {
    if (data_[pos_] == '\n') ++line_;
    ++pos_;
  }

  void SkipSpace() {
    while (pos_ < data_.size() && IsJsonSpace(data_[pos_])) Advance();
  }

  // An object or array up to its matching bracket; a scalar up to the next
  // comma, bracket or brace at depth 0. Brackets inside strings do not count.
  void ScanElement() {
    const size_t start = pos_;
    int depth = 0;
    bool in_string = false;
    while (pos_ < data_.size()) {
      char c = data_[pos_];
      if (in_string) {
        if (c == '\\' && pos_ + 1 < data_.size()) {
          Advance();
        } else if (c == '"') {
          in_string = false;
        } else if (c == '\n') {
          in_string = false;  // JSON strings never span lines: resynchronise
        }
        Advance();
        if (depth == 0 && !in_string) return;  // a string scalar
        continue;
      }
      if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          if (pos_ == start) Advance();  // a stray '}': an element of its own (invalid)
          return;                        // else the array's own ']' after a scalar
        }
        --depth;
        if (depth == 0) {
          Advance();
          return;
        }
      } else if (c == ',' && depth == 0) {
        return;
      }
      Advance();
    }
  }

  void Warn(size_t position, std::string message) {
    GsrProblem p;
    p.position = position;
    p.line = line_;
    p.message = std::move(message);
    p.record_lost = false;
    problems_.push_back(std::move(p));
  }

  std::string_view data_;
  std::vector<GsrProblem>& problems_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  size_t count_ = 0;
  bool comma_pending_ = false;
  bool closed_ = false;
};

// The text with commas that directly precede '}' or ']' (outside strings)
// removed; `removed` counts them.
std::string WithoutTrailingCommas(std::string_view text, size_t& removed) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  removed = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < text.size()) out += text[++i];
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == ',') {
      size_t next = i + 1;
      while (next < text.size() && IsJsonSpace(text[next])) ++next;
      if (next < text.size() && (text[next] == '}' || text[next] == ']')) {
        ++removed;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// The record's "id" as written, found without parsing: for messages about
// records that cannot be parsed.
std::string VisibleId(std::string_view text) {
  size_t key = text.find("\"id\"");
  if (key == std::string_view::npos) return {};
  size_t open = text.find('"', text.find(':', key + 4));
  if (open == std::string_view::npos) return {};
  size_t close = text.find('"', open + 1);
  if (close == std::string_view::npos || close - open > 200) return {};
  return std::string(text.substr(open + 1, close - open - 1));
}

// The line (1-based) of byte `offset` of `text`, counting from `first_line`.
uint32_t LineAt(std::string_view text, size_t offset, uint32_t first_line) {
  uint32_t line = first_line;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Where, inside `element`, a line begins with its indentation and '{' (the
// next record of a file written one record a block); element.end if nowhere.
size_t NextRecordStart(std::string_view data, const RawElement& element) {
  size_t line_start = data.rfind('\n', element.begin);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string needle = "\n" + std::string(data.substr(line_start, element.begin - line_start)) + "{";
  if (needle.find_first_not_of(" \t\n{") != std::string::npos) return element.end;  // not at the start of a line
  size_t found = data.substr(0, element.end).find(needle, element.begin + 1);
  return found == std::string_view::npos ? element.end : found + needle.size() - 1;
}

std::string StringField(const json& record, const char* key) {
  auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "source"/"target": a list of actors, or "" / null / absent for none. A
// non-empty string is read as none too (`note` says so: the file has a context
// word, "diplomatic", in a target). Returns an error message, or "" when the
// side was read.
std::string ReadSide(const json& record, const char* key, std::vector<GsrActor>& actors, std::string& note) {
  auto it = record.find(key);
  if (it == record.end() || it->is_null()) return {};
  if (it->is_string()) {
    if (!it->get_ref<const std::string&>().empty())
      note = std::string("\"") + key + "\" is the string " + it->dump() + ", not a list of actors: read as none";
    return {};
  }
  if (!it->is_array()) return std::string("\"") + key + "\" is neither a list of actors nor empty";
  for (size_t i = 0; i < it->size(); ++i) {
    const json& a = (*it)[i];
    std::string where = std::string("\"") + key + "\"[" + std::to_string(i) + "]";
    if (!a.is_object()) return where + " is not an object";
    GsrActor actor;
    actor.text = StringField(a, "actorText");
    actor.code = StringField(a, "code");
    actor.sector = StringField(a, "sector");
    actor.country = ActorCountry(actor.code, GsrCodeAliases());
    if (actor.country.empty()) return where + " has no \"code\" of at least three letters";
    actors.push_back(std::move(actor));
  }
  return {};
}

}  // namespace

Result<PloverGsr> ParsePloverGsr(std::string_view data, const std::string& name) {
  PloverGsr gsr;
  gsr.path = name;
  ArraySplitter splitter(data, gsr.problems);
  if (!splitter.Open()) return Status::Invalid(name + ": not a JSON array of records (no '[' at the start)");

  std::set<std::string> ids;
  RawElement element;
  for (size_t k = 0; splitter.Next(element); ++k) {
    ++gsr.elements;
    std::string_view text = data.substr(element.begin, element.end - element.begin);
    auto lose = [&](std::string id, std::string message) {
      GsrProblem p;
      p.position = k + 1;
      p.line = element.line;
      p.id = std::move(id);
      p.message = std::move(message);
      gsr.problems.push_back(std::move(p));
      ++gsr.lost;
    };

    json record;
    try {
      record = json::parse(text);
    } catch (const json::parse_error& strict_error) {
      size_t removed = 0;
      std::string repaired = WithoutTrailingCommas(text, removed);
      record = json::parse(repaired, nullptr, /*allow_exceptions=*/false);
      // byte is 1-based, one past the offending character.
      size_t at = strict_error.byte > 0 ? strict_error.byte - 1 : 0;
      uint32_t error_line = LineAt(text, at, element.line);
      if (removed == 0 || record.is_discarded()) {
        // A broken string can swallow the records after it: the next line
        // that opens an object where this record opened its own starts anew.
        if (size_t next = NextRecordStart(data, element); next < element.end) {
          splitter.ResumeAt(next, LineAt(text, next - element.begin, element.line));
          text = text.substr(0, next - element.begin);
        }
        std::string message = strict_error.what();
        if (size_t colon = message.find(": "); colon != std::string::npos) message = message.substr(colon + 2);
        if (size_t echo = message.find("; last read:"); echo != std::string::npos) message.resize(echo);
        lose(VisibleId(text), "invalid JSON at line " + std::to_string(error_line) + ": " + message);
        continue;
      }
      GsrProblem warning;
      warning.position = k + 1;
      warning.line = error_line;
      warning.id = VisibleId(text);
      warning.message = "trailing comma" + std::string(removed > 1 ? "s" : "") + " removed; record read";
      warning.record_lost = false;
      gsr.problems.push_back(std::move(warning));
    }
    if (!record.is_object()) {
      lose("", "not a JSON object");
      continue;
    }
    GsrRecord r;
    r.position = k + 1;
    r.line = element.line;
    r.id = StringField(record, "id");
    r.event = StringField(record, "event");
    if (r.event == "DOCUMENT") {  // documentation of the file, not an event
      ++gsr.documentation;
      continue;
    }
    if (r.event.empty()) {
      lose(r.id, "no \"event\" category");
      continue;
    }
    r.category = std::string(TodaysPloverCategory(r.event));
    if (r.category.empty()) {
      lose(r.id, "unknown event category \"" + r.event + "\"");
      continue;
    }
    r.text = StringField(record, "text");
    if (r.text.empty()) {
      lose(r.id, "no \"text\"");
      continue;
    }
    r.date = StringField(record, "date");
    r.mode = StringField(record, "mode");
    r.mode_category = std::string(ModeAlternativeCategory(r.category, r.mode));
    std::string note;
    std::string side_error = ReadSide(record, "source", r.sources, note);
    if (side_error.empty()) side_error = ReadSide(record, "target", r.targets, note);
    if (!side_error.empty()) {
      lose(r.id, side_error);
      continue;
    }
    if (!note.empty()) gsr.problems.push_back({k + 1, element.line, r.id, note, false});
    // Events name their document by the record id, so ids must be unique.
    if (r.id.empty()) r.id = "record-" + std::to_string(k + 1);
    if (!ids.insert(r.id).second) {
      std::string unique = r.id + "#" + std::to_string(k + 1);
      GsrProblem warning{k + 1, element.line, r.id, "duplicate id; this record is coded as " + unique, false};
      gsr.problems.push_back(std::move(warning));
      r.id = unique;
      ids.insert(r.id);
    }
    gsr.records.push_back(std::move(r));
  }
  return gsr;
}

Result<PloverGsr> LoadPloverGsr(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the GSR file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ParsePloverGsr(buffer.str(), path);
}

}  // namespace casus::eval
