#include "dict/entry_line.h"

#include "core/text_util.h"

namespace casus {

std::string_view StripComment(std::string_view line) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  return Trim(line);
}

namespace {
bool ValidCode(std::string_view code) {
  if (code.empty() || code.size() > 24) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}
}  // namespace

bool ParseEntryLine(std::string_view line, EntryLine& entry, std::string& error) {
  entry = EntryLine{};
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    error = "expected 'CODE: phrase | phrase', found no ':'";
    return false;
  }
  std::string_view head = Trim(line.substr(0, colon));
  std::string_view body = line.substr(colon + 1);
  size_t space = head.find_first_of(" \t");
  entry.code = head.substr(0, space);
  if (!ValidCode(entry.code)) {
    error = "invalid code '" + std::string(entry.code) + "' (upper-case letters and digits only)";
    return false;
  }
  if (space != std::string_view::npos) {
    std::string_view range = Trim(head.substr(space));
    size_t dots = range.find("..");
    if (dots == std::string_view::npos) {
      error = "invalid date range '" + std::string(range) + "' (expected FROM..TO with YYYY-MM-DD dates)";
      return false;
    }
    std::string_view from = Trim(range.substr(0, dots)), to = Trim(range.substr(dots + 2));
    int day = 0;
    if (!from.empty()) {
      if (from.size() != 10 || !ParseIsoDate(from, day)) {
        error = "invalid date '" + std::string(from) + "'";
        return false;
      }
      entry.from_day = day;
    }
    if (!to.empty()) {
      if (to.size() != 10 || !ParseIsoDate(to, day)) {
        error = "invalid date '" + std::string(to) + "'";
        return false;
      }
      entry.to_day = day;
    }
    if (entry.from_day > entry.to_day) {
      error = "date range ends before it starts";
      return false;
    }
  }
  for (std::string_view item : SplitFields(body, '|')) {
    item = Trim(item);
    if (item.empty()) {
      error = "empty phrase between '|' separators";
      return false;
    }
    entry.items.push_back(item);
  }
  return true;
}

}  // namespace casus
