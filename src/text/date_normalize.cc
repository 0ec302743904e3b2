#include "text/date_normalize.h"

#include <cctype>

namespace casus::text {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

bool IsValidCalendarDate(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max_day = kDays[month - 1];
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && leap) max_day = 29;
  return day <= max_day;
}

DateCheck NormalizeDate(std::string_view value, std::string* out) {
  value = Trim(value);
  if (value.empty()) return DateCheck::kEmpty;
  std::string_view y, m, d, rest;
  if (value.size() >= 10 && value[4] == '-' && value[7] == '-') {
    y = value.substr(0, 4), m = value.substr(5, 2), d = value.substr(8, 2), rest = value.substr(10);
  } else if (value.size() >= 8 && AllDigits(value.substr(0, 8))) {
    y = value.substr(0, 4), m = value.substr(4, 2), d = value.substr(6, 2), rest = value.substr(8);
  } else {
    return DateCheck::kUnrecognized;
  }
  if (!AllDigits(y) || !AllDigits(m) || !AllDigits(d)) return DateCheck::kUnrecognized;
  // What follows the date must be the start of a time part, not more digits.
  if (!rest.empty() && rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return DateCheck::kUnrecognized;
  if (!rest.empty() && (rest.size() < 3 || !std::isdigit(static_cast<unsigned char>(rest[1]))))
    return DateCheck::kUnrecognized;
  if (!IsValidCalendarDate(ToInt(y), ToInt(m), ToInt(d))) return DateCheck::kImpossible;
  out->assign(y);
  out->push_back('-');
  out->append(m);
  out->push_back('-');
  out->append(d);
  return DateCheck::kOk;
}

}  // namespace casus::text
