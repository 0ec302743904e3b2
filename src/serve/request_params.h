// Turning the query string of an API request into store filters, with every
// value checked before it reaches SQL (where it is bound, never spliced). A bad
// value is an InvalidInput Status naming the parameter and what is wrong; the
// server answers it with 400 and {"error": message}.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "casus/status.h"
#include "store/event_query.h"

namespace casus::serve {

// Query parameters as the HTTP library hands them over (name -> value, repeatable).
using Params = std::multimap<std::string, std::string>;

inline constexpr int64_t kDefaultPageSize = 50;
inline constexpr int64_t kMaxPageSize = 500;
inline constexpr int64_t kMaxPage = 10000;
inline constexpr size_t kMaxTextQuery = 200;  // bytes of a full-text query
inline constexpr int64_t kMaxActors = 50;

// Fails on a parameter not in `allowed` and on a parameter given twice: both are
// mistakes the caller would rather hear about than have ignored.
Status CheckParamNames(const Params& params, std::initializer_list<std::string_view> allowed);

// The event filter parameters shared by /api/events, /api/aggregate and /api/places:
// actor, source, target, dyad (A,B), both, code, root, quad, from, to, q.
Result<store::EventFilter> ParseEventFilter(const Params& params);

struct Paging {
  int64_t page = 1;  // 1-based
  int64_t page_size = kDefaultPageSize;
};
Result<Paging> ParsePaging(const Params& params);

Result<store::Period> ParsePeriod(const Params& params);  // by=day|week|month, default month

// An actor code or prefix: letters and digits, upper-cased ("chn" -> "CHN").
Result<std::string> ParseActorCode(std::string_view name, std::string_view value, bool allow_empty);

// A positive integer parameter within [1, max].
Result<int64_t> ParsePositive(std::string_view name, std::string_view value, int64_t max);

// The value of `name`, or empty when absent.
std::string Param(const Params& params, std::string_view name);

}  // namespace casus::serve
