// Document dates as the pipeline wants them: "YYYY-MM-DD".
#pragma once

#include <string>
#include <string_view>

namespace casus::text {

enum class DateCheck { kOk, kEmpty, kUnrecognized, kImpossible };

// Accepts "YYYY-MM-DD", "YYYYMMDD" and ISO 8601 date-times
// ("2021-03-04T10:00:00Z", "2021-03-04 10:00"), keeping the date part.
// Returns kOk and sets `*out`, or says why the date cannot be used
// (kImpossible: well-formed but no such day, e.g. 2021-02-30 or 9999-99-99).
DateCheck NormalizeDate(std::string_view value, std::string* out);

bool IsValidCalendarDate(int year, int month, int day);

}  // namespace casus::text
