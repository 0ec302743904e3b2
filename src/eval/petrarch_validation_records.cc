// PETRARCH's unit-test file is XML of a simple, fixed shape; a small scanner
// for its elements and attributes is enough (no external XML library).
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "code/petrarch_roles.h"
#include "core/text_util.h"
#include "eval/validation_records.h"

namespace casus {
namespace {

// The value of attribute `name` inside a start tag, unquoted; "" when absent.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool word_start = pos == 0 || IsAsciiSpace(tag[pos - 1]);
    size_t k = pos + name.size();
    while (k < tag.size() && IsAsciiSpace(tag[k])) ++k;
    if (!word_start || k >= tag.size() || tag[k] != '=') {
      pos += name.size();
      continue;
    }
    ++k;
    while (k < tag.size() && IsAsciiSpace(tag[k])) ++k;
    if (k >= tag.size()) return "";
    char quote = tag[k];
    if (quote != '"' && quote != '\'') return "";
    size_t end = tag.find(quote, k + 1);
    if (end == std::string_view::npos) return "";
    return std::string(tag.substr(k + 1, end - k - 1));
  }
  return "";
}

std::string StripXmlComments(const std::string& s) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = s.find("<!--", pos);
    if (open == std::string::npos) break;
    out.append(s, pos, open - pos);
    size_t close = s.find("-->", open + 4);
    if (close == std::string::npos) return out;
    // Keep the line count for line numbers.
    for (size_t k = open; k < close; ++k)
      if (s[k] == '\n') out += '\n';
    pos = close + 3;
  }
  out.append(s, pos, std::string::npos);
  return out;
}

// PETRARCH reads each record's <Parse> tree and skips the record when its
// brackets do not balance (its UnbalancedTree, "bad_input_parse"); "" when
// they do, or when there is no tree.
std::string UnbalancedParse(std::string_view body) {
  size_t p0 = body.find("<Parse>"), p1 = body.find("</Parse>");
  if (p0 == std::string_view::npos || p1 == std::string_view::npos || p1 < p0) return "";
  long depth = 0, opened = 0, closed = 0;
  bool early_close = false;
  for (char c : body.substr(p0 + 7, p1 - p0 - 7)) {
    if (c == '(') ++opened, ++depth;
    if (c != ')') continue;
    ++closed;
    if (--depth < 0) early_close = true;
  }
  if (opened == closed && !early_close) return "";
  return "unbalanced <Parse>: " + std::to_string(opened) + " '(' and " + std::to_string(closed) + " ')'" +
         (early_close ? ", a ')' closes more than was opened" : "");
}

}  // namespace

Result<std::vector<ValidationRecord>> ReadPetrarchValidationRecords(const std::string& path, DiagnosticSink* sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open PETRARCH records");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string xml = StripXmlComments(buffer.str());
  std::vector<ValidationRecord> records;
  // The records were written for PETRARCH's default options; <Config> lines change them.
  ValidationRecord defaults;
  for (const auto& [name, value] : kPetrarchDefaultOptions) defaults.petrarch_options.emplace_back(name, value);
  records.push_back(std::move(defaults));
  size_t pos = 0, config_from = 0;
  auto line_at = [&](size_t offset) {
    return static_cast<uint32_t>(1 + std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  };
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    // <Config> elements before this sentence apply to it and the ones after.
    for (size_t c = xml.find("<Config ", config_from); c < pos; c = xml.find("<Config ", c + 8)) {
      size_t c_end = xml.find('>', c);
      std::string_view config(xml.data() + c, c_end - c);
      ValidationRecord option;
      option.line = line_at(c);
      option.petrarch_options.emplace_back(Attribute(config, "option"), Attribute(config, "value"));
      records.push_back(std::move(option));
    }
    size_t tag_end = xml.find('>', pos);
    size_t end = xml.find("</Sentence>", pos);
    if (tag_end == std::string::npos || end == std::string::npos) {
      if (sink) sink->Report({Severity::kError, path, line_at(pos), "<Sentence> without </Sentence>"});
      break;
    }
    std::string_view tag(xml.data() + pos, tag_end - pos);
    std::string_view body(xml.data() + tag_end + 1, end - tag_end - 1);
    ValidationRecord r;
    r.line = line_at(pos);
    r.id = Attribute(tag, "id");
    std::string valid = AsciiLower(Attribute(tag, "valid"));
    std::string date = Attribute(tag, "date");
    if (date.size() == 8) r.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    pos = end + 11;
    config_from = pos;
    if (valid == "false") continue;
    size_t t0 = body.find("<Text>"), t1 = body.find("</Text>");
    if (t0 == std::string_view::npos || t1 == std::string_view::npos) {
      if (sink) sink->Report({Severity::kWarning, path, r.line, "sentence '" + r.id + "' has no <Text>; skipped"});
      continue;
    }
    std::string text(Trim(body.substr(t0 + 6, t1 - t0 - 6)));
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';
    r.text = text;
    r.input_error = UnbalancedParse(body);
    size_t e = 0;
    while ((e = body.find("<EventCoding", e)) != std::string_view::npos) {
      size_t close = body.find('>', e);
      std::string_view etag = body.substr(e, close - e);
      e = close;
      if (AsciiLower(Attribute(etag, "noevents")) == "true") continue;
      ExpectedEvent ev{Attribute(etag, "sourcecode"), Attribute(etag, "targetcode"), Attribute(etag, "eventcode")};
      if (ev.target.empty()) ev.target = "---";
      if (!ev.source.empty() && !ev.code.empty()) r.expected.push_back(std::move(ev));
    }
    records.push_back(std::move(r));
  }
  return records;
}

}  // namespace casus
