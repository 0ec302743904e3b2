// The line syntax shared by all native dictionaries:
//   CODE[ FROM..TO]: item | item | ...     # comment
#pragma once

#include <climits>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

struct EntryLine {
  std::string_view code;
  int from_day = INT_MIN;  // days since 1970-01-01, inclusive
  int to_day = INT_MAX;    // inclusive
  std::vector<std::string_view> items;
};

// Strips a trailing comment. Returns an empty view for blank/comment lines.
std::string_view StripComment(std::string_view line);

// Parses a non-blank line. On error returns false and sets `error` to the reason.
bool ParseEntryLine(std::string_view line, EntryLine& entry, std::string& error);

}  // namespace casus
