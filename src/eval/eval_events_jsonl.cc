// Reading coded events back from JSON lines for scoring, leniently: the
// reference scorer accepts any event that names its document, and so do we.
#include <cctype>

#include <nlohmann/json.hpp>

#include "eval/cameo_sentence_eval.h"

namespace casus::eval {
namespace {

using nlohmann::json;

bool IsRootLike(const json& value) {
  if (!value.is_string()) return false;
  const std::string& s = value.get_ref<const std::string&>();
  return s.size() >= 2 && std::isdigit(static_cast<unsigned char>(s[0])) && std::isdigit(static_cast<unsigned char>(s[1]));
}

// The "penta" field when it is an integer 0-4 (or such a string); else -1.
int GivenPenta(const json& event) {
  auto it = event.find("penta");
  if (it == event.end()) return -1;
  if (it->is_number_integer()) {
    int64_t p = it->get<int64_t>();
    return p >= 0 && p <= 4 ? static_cast<int>(p) : -1;
  }
  if (it->is_string()) {
    std::string s = it->get<std::string>();
    size_t a = s.find_first_not_of(" \t\r\n");
    size_t b = s.find_last_not_of(" \t\r\n");
    if (a == std::string::npos) return -1;
    s = s.substr(a, b - a + 1);
    if (s.size() == 1 && s[0] >= '0' && s[0] <= '4') return s[0] - '0';
  }
  return -1;
}

void ReadActor(const json& event, const char* role, std::string& code, bool& has_span, uint32_t& begin,
               uint32_t& end, std::string& text) {
  auto it = event.find(role);
  if (it == event.end() || !it->is_object()) return;
  const json& actor = *it;
  if (auto c = actor.find("code"); c != actor.end() && c->is_string()) code = c->get<std::string>();
  if (auto t = actor.find("text"); t != actor.end() && t->is_string()) text = t->get<std::string>();
  auto b = actor.find("begin");
  auto e = actor.find("end");
  if (b != actor.end() && e != actor.end() && b->is_number_integer() && e->is_number_integer()) {
    int64_t bv = b->get<int64_t>();
    int64_t ev = e->get<int64_t>();
    has_span = true;
    // Negative or huge offsets are out of range whatever the text; keep them
    // out of range after narrowing.
    begin = bv < 0 || bv > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(bv);
    end = ev < 0 || ev > UINT32_MAX ? 0 : static_cast<uint32_t>(ev);
  }
}

}  // namespace

std::vector<EvalEvent> ParseEvalEventsJsonLines(std::string_view data, std::map<std::string, uint64_t>& diagnostics) {
  std::vector<EvalEvent> events;
  size_t start = 0;
  while (start <= data.size()) {
    size_t newline = data.find('\n', start);
    std::string_view line = data.substr(start, newline == std::string_view::npos ? data.size() - start : newline - start);
    start = newline == std::string_view::npos ? data.size() + 1 : newline + 1;
    size_t a = line.find_first_not_of(" \t\r\n\f\v");
    if (a == std::string_view::npos) continue;
    json event = json::parse(line.substr(a), nullptr, /*allow_exceptions=*/false);
    if (event.is_discarded()) {
      diagnostics["bad_json_lines"] += 1;
      continue;
    }
    auto doc = event.is_object() ? event.find("doc") : event.end();
    if (!event.is_object() || doc == event.end() || doc->is_null()) {
      diagnostics["events_without_doc"] += 1;
      continue;
    }
    // An id is a string or a scalar; an array or object is no id (and dumping
    // one nested thousands deep would recurse as deep).
    if (doc->is_structured()) {
      diagnostics["events_with_structured_doc"] += 1;
      continue;
    }
    EvalEvent ev;
    ev.doc = doc->is_string() ? doc->get<std::string>() : doc->dump();
    ev.penta = GivenPenta(event);
    // The root decides the derived penta when present, else the code.
    auto root = event.find("root");
    auto code = event.find("code");
    if (root != event.end() && IsRootLike(*root)) {
      ev.code = root->get<std::string>();
    } else if (code != event.end() && code->is_string()) {
      ev.code = code->get<std::string>();
    }
    if (code != event.end() && code->is_string()) ev.cameo_code = code->get<std::string>();
    if (auto plover = event.find("plover"); plover != event.end()) {
      ev.plover_given = true;
      if (plover->is_string()) ev.plover = plover->get<std::string>();
    }
    ReadActor(event, "source", ev.source_code, ev.has_source_span, ev.source_begin, ev.source_end, ev.source_text);
    ReadActor(event, "target", ev.target_code, ev.has_target_span, ev.target_begin, ev.target_end, ev.target_text);
    events.push_back(std::move(ev));
  }
  return events;
}

}  // namespace casus::eval
