#include "text/boilerplate_filter.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/char_class.h"

namespace casus {
namespace {

// How many of the last non-blank lines may be an author biography.
constexpr size_t kBioLines = 3;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && text::AsciiClass(s.front()) == text::kClassSpace) s.remove_prefix(1);
  while (!s.empty() && text::AsciiClass(s.back()) == text::kClassSpace) s.remove_suffix(1);
  return s;
}

// "By Jane Smith and John Doe, Reuters" -> "Jane Smith", "John Doe", "Reuters".
void CollectBylineNames(std::string_view line, std::vector<std::string>& names) {
  line = Trim(line);
  if (line.size() < 3 || (line[0] | 0x20) != 'b' || (line[1] | 0x20) != 'y' || line[2] != ' ') return;
  std::string_view rest = line.substr(3);
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    size_t conjunction = rest.find(" and ");
    size_t cut = std::min(comma, conjunction);
    std::string_view name = Trim(rest.substr(0, cut));
    if (!name.empty()) names.emplace_back(name);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + (cut == conjunction ? 5 : 1));
  }
}

}  // namespace

Status BoilerplateFilter::Process(Doc& doc) const {
  std::string_view all = doc.text;
  std::vector<Span> lines;
  for (size_t begin = 0; begin < all.size();) {
    size_t end = all.find('\n', begin);
    if (end == std::string_view::npos) end = all.size();
    if (!Trim(all.substr(begin, end - begin)).empty())
      lines.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    begin = end + 1;
  }
  auto line_text = [&](const Span& s) { return Trim(all.substr(s.begin, s.size())); };

  std::unordered_map<std::string_view, int> name_lines;
  for (const Span& s : lines)
    if (text::IsShortNameLine(line_text(s))) ++name_lines[line_text(s)];

  std::vector<std::string> byline_names;
  std::vector<Span> found;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = line_text(lines[i]);
    bool near_end = i + kBioLines >= lines.size();
    text::BoilerplateKind kind = text::ClassifyLine(line, near_end);
    if (kind == text::BoilerplateKind::kByline) CollectBylineNames(line, byline_names);
    if (kind == text::BoilerplateKind::kNone && text::IsShortNameLine(line)) {
      bool repeated = name_lines[line] >= 2;
      bool named = std::find(byline_names.begin(), byline_names.end(), line) != byline_names.end();
      if (repeated || named) kind = text::BoilerplateKind::kAuthorName;
    }
    if (kind != text::BoilerplateKind::kNone) found.push_back(lines[i]);
  }
  if (found.empty()) return Status::Ok();

  // Merge with spans already present, keeping the list sorted and disjoint.
  std::vector<Span>& skipped = doc.skipped;
  skipped.insert(skipped.end(), found.begin(), found.end());
  std::sort(skipped.begin(), skipped.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  size_t out = 0;
  for (size_t i = 1; i < skipped.size(); ++i) {
    if (skipped[i].begin <= skipped[out].end) {
      skipped[out].end = std::max(skipped[out].end, skipped[i].end);
    } else {
      skipped[++out] = skipped[i];
    }
  }
  skipped.resize(out + 1);
  return Status::Ok();
}

}  // namespace casus
