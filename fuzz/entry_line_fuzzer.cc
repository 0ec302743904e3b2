// Fuzzes the line syntax of our dictionaries, CODE[ FROM..TO]: item | item
// (src/dict/entry_line.h), one line at a time: every parsed view must lie
// inside the line, and a date range must be ordered.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dict/entry_line.h"

namespace {

// Names the broken invariant, then crashes so that libFuzzer keeps the input.
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

bool Inside(std::string_view part, std::string_view whole) {
  return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view all(reinterpret_cast<const char*>(data), size);
  size_t start = 0;
  while (start <= all.size()) {
    size_t newline = all.find('\n', start);
    std::string_view line = all.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
    start = newline == std::string_view::npos ? all.size() + 1 : newline + 1;
    std::string_view content = casus::StripComment(line);
    if (!Inside(content, line)) Fail("comment stripping left the line");
    if (content.empty()) continue;
    casus::EntryLine entry;
    std::string error;
    if (!casus::ParseEntryLine(content, entry, error)) {
      if (error.empty()) Fail("a rejected line without a reason");
      continue;
    }
    if (!Inside(entry.code, content) || entry.from_day > entry.to_day) Fail("code outside the line or date range reversed");
    for (std::string_view item : entry.items)
      if (!Inside(item, content)) Fail("an item outside the line");
  }
  return 0;
}
