#include <algorithm>
#include <fstream>

#include "core/text_util.h"
#include "eval/validation_records.h"

namespace casus {
namespace {

bool IsRecordHeader(std::string_view line) {
  if (line.size() < 8) return false;
  for (size_t i = 0; i < 6; ++i)
    if (line[i] < '0' || line[i] > '9') return false;
  return line[6] == ' ' || line[6] == '\t';
}

std::string YymmddToIso(std::string_view d) {
  int yy = std::stoi(std::string(d.substr(0, 2)));
  int year = yy + (yy < 30 ? 2000 : 1900);
  return std::to_string(year) + "-" + std::string(d.substr(2, 2)) + "-" + std::string(d.substr(4, 2));
}

// Parses the "{ ... }" groups of a comment; "{ OPTION: ... }" go to `options`.
void ReadExpected(const std::string& comment, std::vector<ExpectedEvent>& out, std::vector<std::string>& options) {
  size_t pos = 0;
  while ((pos = comment.find('{', pos)) != std::string::npos) {
    size_t close = comment.find('}', pos);
    if (close == std::string::npos) {
      // "{ OPTION: SET: MINIMUM WORDS = 4 */": TABARI reads an option to the comment's end.
      std::string_view last = Trim(std::string_view(comment).substr(pos + 1));
      if (last.substr(0, 7) == "OPTION:") options.emplace_back(Trim(last.substr(7)));
      break;
    }
    bool negated = pos > 0 && comment[pos - 1] == '-';
    std::string_view inside = Trim(std::string_view(comment).substr(pos + 1, close - pos - 1));
    pos = close + 1;
    if (inside.substr(0, 7) == "OPTION:") {
      options.emplace_back(Trim(inside.substr(7)));
      continue;
    }
    if (negated) continue;
    std::vector<std::string_view> parts = SplitFields(inside, '/');
    if (parts.size() != 3) continue;  // {+++}, {###}, {---}, {}
    ExpectedEvent e{std::string(Trim(parts[0])), std::string(Trim(parts[1])), std::string(Trim(parts[2]))};
    if (e.source.empty() || e.code.empty()) continue;
    if (e.target.empty()) e.target = "---";
    out.push_back(std::move(e));
  }
}

}  // namespace

Result<std::vector<ValidationRecord>> ReadTabariValidationRecords(const std::string& path, DiagnosticSink* sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open TABARI validation text");
  std::vector<ValidationRecord> records;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsRecordHeader(lines[i])) continue;
    ValidationRecord r;
    r.line = static_cast<uint32_t>(i + 1);
    std::string_view header = lines[i];
    r.date = YymmddToIso(header.substr(0, 6));
    std::string_view rest = Trim(header.substr(7));
    r.id = std::string(rest.substr(0, rest.find_first_of(" \t")));
    // The text, up to "/*"; then the comment, up to "*/".
    std::string text, comment;
    bool in_comment = false, closed = false;
    size_t j = i + 1;
    for (; j < lines.size() && !IsRecordHeader(lines[j]); ++j) {
      std::string_view l = lines[j];
      if (!in_comment) {
        size_t open = l.find("/*");
        if (open == std::string_view::npos) {
          if (!closed) text += std::string(l) + " ";
          continue;
        }
        text += std::string(l.substr(0, open)) + " ";
        in_comment = true;
        l = l.substr(open + 2);
      }
      if (in_comment) {
        size_t end = l.find("*/");
        comment += std::string(l.substr(0, end)) + "\n";
        if (end != std::string_view::npos) {
          in_comment = false;
          closed = true;
          break;
        }
      }
    }
    if (!closed && in_comment) {
      // The comment runs into the next record (a "/*" typed for "*/"): read it as it is.
      if (sink) sink->Report({Severity::kWarning, path, r.line, "record '" + r.id + "': comment not closed with */"});
      closed = true;
      --j;
    }
    // Expectation lines after the close ("\n{ A / B / 064 } */" typed twice)
    // still belong to the comment.
    while (closed && !in_comment && j + 1 < lines.size() && Trim(lines[j + 1]).substr(0, 3) == "\\n{") {
      std::string_view l = lines[++j];
      comment += std::string(l.substr(0, l.find("*/"))) + "\n";
    }
    i = j;  // the loop's ++i moves past the comment's last line
    if (!closed) {
      if (sink) sink->Report({Severity::kWarning, path, r.line, "record '" + r.id + "' has no /* ... */ comment; skipped"});
      --i;
      continue;
    }
    ReadExpected(comment, r.expected, r.options);
    if (!r.options.empty()) r.expected.clear();  // a settings record, not a test
    r.text = std::string(Trim(text));
    records.push_back(std::move(r));
  }
  return records;
}

std::vector<std::string> EventKeys(const std::vector<ExpectedEvent>& events) {
  std::vector<std::string> keys;
  for (const auto& e : events) keys.push_back(e.ToString());
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace casus
