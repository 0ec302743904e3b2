#include "serve/request_params.h"

#include <charconv>

#include "core/text_util.h"

namespace casus::serve {
namespace {

constexpr size_t kMaxActorCode = 32;

bool AllDigits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// Quotes a user value in a message, cut short so a huge value cannot bloat the reply.
std::string Quoted(std::string_view value) {
  constexpr size_t kShown = 40;
  if (value.size() <= kShown) return "'" + std::string(value) + "'";
  size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return "'" + std::string(value.substr(0, cut)) + "...'";
}

Result<std::string> ParseDate(std::string_view name, std::string_view value) {
  int days = 0;
  if (value.empty()) return std::string();
  if (value.size() != 10 || !ParseIsoDate(value, days))
    return Status::Invalid(std::string(name) + ": " + Quoted(value) + " is not a date (YYYY-MM-DD)");
  return std::string(value);
}

Result<bool> ParseBool(std::string_view name, std::string_view value) {
  if (value.empty() || value == "0" || value == "false") return false;
  if (value == "1" || value == "true") return true;
  return Status::Invalid(std::string(name) + ": " + Quoted(value) + " is not 1, 0, true or false");
}

}  // namespace

std::string Param(const Params& params, std::string_view name) {
  auto found = params.find(std::string(name));
  return found == params.end() ? std::string() : found->second;
}

Status CheckParamNames(const Params& params, std::initializer_list<std::string_view> allowed) {
  std::string_view previous;
  for (const auto& [name, value] : params) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == name;
    if (!known) return Status::Invalid("unknown parameter " + Quoted(name));
    if (name == previous) return Status::Invalid("parameter " + Quoted(name) + " given more than once");
    previous = name;  // a multimap keeps equal names together
  }
  return Status::Ok();
}

Result<std::string> ParseActorCode(std::string_view name, std::string_view value, bool allow_empty) {
  if (value.empty()) {
    if (allow_empty) return std::string();
    return Status::Invalid(std::string(name) + ": an actor code is needed");
  }
  if (value.size() > kMaxActorCode)
    return Status::Invalid(std::string(name) + ": an actor code has at most " + std::to_string(kMaxActorCode) +
                           " characters");
  std::string code;
  for (char c : value) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!letter && !(c >= '0' && c <= '9'))
      return Status::Invalid(std::string(name) + ": " + Quoted(value) +
                             " is not an actor code (letters and digits, as in CHN or USAGOV)");
    code += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  return code;
}

Result<int64_t> ParsePositive(std::string_view name, std::string_view value, int64_t max) {
  int64_t number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || !AllDigits(value) || number < 1)
    return Status::Invalid(std::string(name) + ": " + Quoted(value) + " is not a positive whole number");
  if (number > max) return Status::Invalid(std::string(name) + ": at most " + std::to_string(max));
  return number;
}

Result<store::EventFilter> ParseEventFilter(const Params& params) {
  store::EventFilter filter;
  struct ActorField {
    const char* name;
    std::string* field;
  };
  for (ActorField a : {ActorField{"actor", &filter.actor}, ActorField{"source", &filter.source},
                       ActorField{"target", &filter.target}}) {
    auto code = ParseActorCode(a.name, Param(params, a.name), true);
    if (!code.ok()) return code.status();
    *a.field = code.value();
  }
  std::string dyad = Param(params, "dyad");
  if (!dyad.empty()) {
    size_t comma = dyad.find(',');
    if (comma == std::string::npos) return Status::Invalid("dyad: wants two actor codes, as in dyad=CHN,USA");
    auto a = ParseActorCode("dyad", std::string_view(dyad).substr(0, comma), false);
    if (!a.ok()) return a.status();
    auto b = ParseActorCode("dyad", std::string_view(dyad).substr(comma + 1), false);
    if (!b.ok()) return b.status();
    filter.dyad_source = a.value();
    filter.dyad_target = b.value();
  }
  auto both = ParseBool("both", Param(params, "both"));
  if (!both.ok()) return both.status();
  filter.both_directions = both.value();
  if (filter.both_directions && dyad.empty()) return Status::Invalid("both: only means something with dyad=A,B");

  std::string code = Param(params, "code");
  if (!code.empty() && (!AllDigits(code) || code.size() < 2 || code.size() > 4))
    return Status::Invalid("code: " + Quoted(code) + " is not a CAMEO code (2 to 4 digits, as in 194)");
  filter.code = code;
  std::string root = Param(params, "root");
  if (!root.empty() && (!AllDigits(root) || root.size() != 2))
    return Status::Invalid("root: " + Quoted(root) + " is not a CAMEO root (2 digits, as in 19)");
  filter.root = root;
  std::string quad = Param(params, "quad");
  if (!quad.empty()) {
    if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4')
      return Status::Invalid("quad: " + Quoted(quad) + " is not a QuadClass (1 to 4)");
    filter.quad = quad[0] - '0';
  }

  auto from = ParseDate("from", Param(params, "from"));
  if (!from.ok()) return from.status();
  auto to = ParseDate("to", Param(params, "to"));
  if (!to.ok()) return to.status();
  filter.from = from.value();
  filter.to = to.value();
  if (!filter.from.empty() && !filter.to.empty() && filter.from > filter.to)
    return Status::Invalid("from: " + filter.from + " is after to: " + filter.to);

  filter.text = std::string(Trim(Param(params, "q")));  // blanks alone do not search
  if (filter.text.size() > kMaxTextQuery)
    return Status::Invalid("q: at most " + std::to_string(kMaxTextQuery) + " bytes");
  return filter;
}

Result<Paging> ParsePaging(const Params& params) {
  Paging paging;
  std::string page = Param(params, "page");
  if (!page.empty()) {
    auto number = ParsePositive("page", page, kMaxPage);
    if (!number.ok()) return number.status();
    paging.page = number.value();
  }
  std::string size = Param(params, "page_size");
  if (!size.empty()) {
    auto number = ParsePositive("page_size", size, kMaxPageSize);
    if (!number.ok()) return number.status();
    paging.page_size = number.value();
  }
  return paging;
}

Result<store::Period> ParsePeriod(const Params& params) {
  std::string by = Param(params, "by");
  if (by.empty() || by == "month") return store::Period::kMonth;
  if (by == "week") return store::Period::kWeek;
  if (by == "day") return store::Period::kDay;
  return Status::Invalid("by: " + Quoted(by) + " is not day, week or month");
}

}  // namespace casus::serve
