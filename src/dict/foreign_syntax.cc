#include "dict/foreign_syntax.h"

#include <cctype>

#include "core/text_util.h"

namespace casus {

std::string_view StripForeignComment(std::string_view line, ForeignFormat format) {
  std::string_view s = Trim(line);
  if (s.empty() || s[0] == '#' || s.substr(0, 2) == "//") return {};
  // Comments start outside code blocks: "[###]" is a code.
  size_t cut = std::string_view::npos;
  int depth = 0;
  for (size_t i = 0; i < s.size() && cut == std::string_view::npos; ++i) {
    if (s[i] == '[') ++depth;
    else if (s[i] == ']' && depth > 0) --depth;
    else if (depth == 0 && (s[i] == ';' || (s[i] == '#' && format == ForeignFormat::kPetrarch))) cut = i;
  }
  if (cut != std::string_view::npos) s = s.substr(0, cut);
  return Trim(s);
}

bool ForeignLines::Next(std::string_view& content, bool& blank) {
  if (finished_ || !std::getline(in_, raw_)) return false;
  ++line_;
  if (raw_.rfind("~~", 0) == 0) {  // TABARI's end-of-file marker ("~~FINISH ...")
    finished_ = true;
    return false;
  }
  std::string_view s = raw_;
  blank = Trim(s).empty();
  if (in_xml_comment_) {
    size_t end = s.find("-->");
    if (end == std::string_view::npos) {
      content = {};
      return true;
    }
    in_xml_comment_ = false;
    s = s.substr(end + 3);
  }
  if (size_t start = s.find("<!--"); start != std::string_view::npos) {
    size_t end = s.find("-->", start);
    if (end == std::string_view::npos) in_xml_comment_ = true;
    // Text after a one-line comment is rare; keep only what precedes it.
    s = s.substr(0, start);
  }
  content = StripForeignComment(s, format_);
  return true;
}

bool ParseForeignDate(std::string_view s, int& day, int* clamped_days) {
  s = Trim(s);
  if (s.size() != 6 && s.size() != 8) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  int year = 0;
  std::string_view month_day;
  if (s.size() == 6) {
    year = std::stoi(std::string(s.substr(0, 2)));
    year += year < 30 ? 2000 : 1900;
    month_day = s.substr(2);
  } else {
    year = std::stoi(std::string(s.substr(0, 4)));
    month_day = s.substr(4);
  }
  std::string iso = std::to_string(year) + "-" + std::string(month_day.substr(0, 2)) + "-" +
                    std::string(month_day.substr(2, 2));
  if (year < 1000) return false;
  if (ParseIsoDate(iso, day)) return true;
  // The field's files hold days such as "041131" (30 November has no 31st):
  // read them as the month's last day, as their authors meant.
  int month = std::stoi(std::string(month_day.substr(0, 2)));
  int dd = std::stoi(std::string(month_day.substr(2, 2)));
  if (month < 1 || month > 12 || dd < 29 || dd > 31) return false;
  for (int last = dd - 1; last >= 28; --last) {
    std::string clamped = iso.substr(0, 8) + std::to_string(last);
    if (ParseIsoDate(clamped, day)) {
      if (clamped_days) ++*clamped_days;
      return true;
    }
  }
  return false;
}

namespace {

// "CODE", "CODE >950101", "CODE < 950101", "CODE 950101 - 990815", "~GOV".
std::string ParseOneBlock(std::string_view inside, CodeBlock& block) {
  inside = Trim(inside);
  size_t space = inside.find_first_of(" \t<>");
  std::string_view code = Trim(inside.substr(0, space));
  std::string_view date = space == std::string_view::npos ? std::string_view() : Trim(inside.substr(space));
  if (code.empty()) return "code block '[" + std::string(inside) + "]' has no code";
  for (char c : code)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '~' || c == '-' || c == '#' || c == '+' || c == '_' || c == ':' ||
          c == '!' || c == '?' || c == '/'))
      return "code block '[" + std::string(inside) + "]': unexpected '" + std::string(1, c) + "' in code";
  block.code = std::string(code);
  if (date.empty()) return "";
  int day = 0;
  if (date[0] == '>' || date[0] == '<') {
    if (!ParseForeignDate(date.substr(1), day)) return "code block '[" + std::string(inside) + "]': bad date";
    (date[0] == '>' ? block.from_day : block.to_day) = day;
    return "";
  }
  size_t dash = date.find('-');
  int from = 0, to = 0;
  if (dash == std::string_view::npos || !ParseForeignDate(date.substr(0, dash), from) ||
      !ParseForeignDate(date.substr(dash + 1), to))
    return "code block '[" + std::string(inside) + "]': expected '>DATE', '<DATE' or 'DATE-DATE'";
  std::string_view first = Trim(date.substr(0, dash));
  if (from > to && first.size() == 6) {
    // Two-digit years: "170101-530120" is 1917-1953, not 2017-1953.
    int earlier = 0;
    if (ParseForeignDate("19" + std::string(first), earlier) && earlier <= to) from = earlier;
  }
  if (from > to) return "code block '[" + std::string(inside) + "]': the range ends before it begins";
  block.from_day = from;
  block.to_day = to;
  return "";
}

}  // namespace

std::string ParseCodeBlocks(std::string_view text, std::vector<CodeBlock>& blocks, std::string_view& rest) {
  size_t open = text.find('[');
  rest = Trim(text.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) return "unclosed '[' in code block";
    CodeBlock block;
    std::string error = ParseOneBlock(text.substr(open + 1, close - open - 1), block);
    if (!error.empty()) return error;
    blocks.push_back(std::move(block));
    size_t next = text.find('[', close);
    std::string_view between = Trim(text.substr(close + 1, next == std::string_view::npos ? std::string_view::npos
                                                                                            : next - close - 1));
    if (!between.empty()) return "unexpected '" + std::string(between) + "' after a code block";
    open = next;
  }
  return "";
}

void ForeignPhraseWords(std::string_view phrase, const PhraseSplitter& split, std::vector<std::string>& words,
                        bool& stem) {
  phrase = Trim(phrase);
  stem = !phrase.empty() && phrase.back() != '_';
  std::string spaced(phrase);
  for (char& c : spaced)
    if (c == '_') c = ' ';
  split(spaced, words);
}

std::vector<std::string> StemVariants(const std::string& stem) {
  static const char* const kEndings[] = {"s", "es", "a", "an", "ans", "ian", "ians", "ia", "i", "is",
                                         "e", "n", "ns", "ese", "ish", "ine", "ina", "ic"};
  std::vector<std::string> out{stem};
  bool word = stem.size() >= 3;
  for (char c : stem)
    if (!std::isalpha(static_cast<unsigned char>(c))) word = false;
  if (!word) return out;
  for (const char* e : kEndings) out.push_back(stem + e);
  return out;
}

std::string ApplyEventCode(std::string_view code, CodeTarget target, VerbPattern& pattern) {
  code = Trim(code);
  std::string_view first = code, second;
  if (size_t colon = code.find(':'); colon != std::string_view::npos) {
    first = Trim(code.substr(0, colon));
    second = Trim(code.substr(colon + 1));
  }
  auto clean = [](std::string_view c) {
    while (!c.empty() && (c.back() == '!' || c.back() == '*' || c.back() == '?')) c.remove_suffix(1);
    return std::string(c);
  };
  auto index_of = [&](const std::string& c) -> int {
    if (c.empty()) return -1;
    int i = target.cameo.Find(c);
    if (i >= 0) return i;
    if (target.sink)
      target.sink->Report({Severity::kWarning, target.file, target.line, "event code '" + c + "' is not in CAMEO"});
    return target.cameo.AddUncatalogued(c);
  };
  pattern.subordinate = !first.empty() && first.back() == '?';
  pattern.dominant = !first.empty() && first.back() == '!';
  std::string a = clean(first), b = clean(second);
  if (a.empty() && !b.empty()) a = "---";  // PETRARCH "[:173]": only the paired code
  if (a.empty()) return "empty event code";
  if (a == "---" || a == "+++" || a == "###") {
    pattern.null_code = true;
    pattern.cameo = static_cast<uint16_t>(target.cameo.AddUncatalogued("---"));
    if (!b.empty() && b != "---") pattern.paired_cameo = index_of(b);
    return "";
  }
  for (char c : a)
    if (!std::isalnum(static_cast<unsigned char>(c))) return "malformed event code '" + std::string(code) + "'";
  pattern.cameo = static_cast<uint16_t>(index_of(a));
  if (!b.empty() && b != "---") pattern.paired_cameo = index_of(b);
  return "";
}

}  // namespace casus
