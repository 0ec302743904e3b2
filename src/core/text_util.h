// Small string helpers shared by the dictionary readers and writers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casus {

inline bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Splits on `separator`, keeping empty fields.
std::vector<std::string_view> SplitFields(std::string_view s, char separator);

std::string AsciiLower(std::string_view s);

// Appends `s` to `out` as a JSON string literal (quoted, escaped). Ill-formed
// UTF-8 is written as U+FFFD, so the output is valid JSON whatever `s` holds:
// readers repair document text, but ids come from file names and Doc text
// can be set through the library without a reader.
void AppendJsonString(std::string& out, std::string_view s);

// Days since 1970-01-01 for a valid "YYYY-MM-DD" and nothing more; else false, days 0.
bool ParseIsoDate(std::string_view s, int& days);
std::string FormatIsoDate(int days);

// Calendar arithmetic on days since 1970-01-01 (proleptic Gregorian).
struct CivilDate {
  int year;
  unsigned month, day;  // 1-12, 1-31
};
int DaysFromCivil(int year, unsigned month, unsigned day);
CivilDate CivilFromDays(int days);
bool IsLeap(int year);
unsigned DaysInMonth(int year, unsigned month);

}  // namespace casus
