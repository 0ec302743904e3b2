// PLOVER event records as JSON (the PLOVER data specification's event fields:
// id, date, event_type, mode, context, actors, location, text).
#include <fmt/format.h>

#include "casus/event_writer.h"
#include "core/text_util.h"
#include "store/actor_code_parts.h"
#include "store/stored_event_format.h"

namespace casus::store {
namespace {

void AppendStringOrNull(std::string_view s, std::string& out) {
  if (s.empty()) out += "null";
  else AppendJsonString(out, s);
}

// "<prefix>", "<prefix>_text", "<prefix>_country", "<prefix>_sector".
void AppendActorFields(std::string_view prefix, const StoredEvent::Actor& actor, std::string& out) {
  ActorCodeParts parts;
  if (actor.present) parts = SplitActorCode(actor.code);
  fmt::format_to(std::back_inserter(out), ",\"{}\":", prefix);
  AppendStringOrNull(actor.present ? actor.code : "", out);
  fmt::format_to(std::back_inserter(out), ",\"{}_text\":", prefix);
  AppendStringOrNull(actor.present ? actor.text : "", out);
  fmt::format_to(std::back_inserter(out), ",\"{}_country\":", prefix);
  AppendStringOrNull(parts.country, out);
  fmt::format_to(std::back_inserter(out), ",\"{}_sector\":[", prefix);
  for (size_t i = 0; i < parts.roles.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(out, parts.roles[i]);
  }
  out += ']';
}

}  // namespace

bool AppendPloverJson(const StoredEvent& event, std::string& out) {
  if (event.plover.empty()) return false;
  fmt::format_to(std::back_inserter(out), "{{\"id\":\"{}\",\"date\":", event.id);
  AppendStringOrNull(event.date, out);
  out += ",\"event_type\":";
  AppendJsonString(out, event.plover);
  // Modes and contexts refine a category; the CAMEO dictionaries carry neither.
  out += ",\"mode\":null,\"context\":[]";
  AppendActorFields("actor", event.source, out);
  AppendActorFields("recipient", event.target, out);
  out += ",\"location\":";
  AppendStoredLocationJson(event.location, out);
  out += ",\"negated\":";
  out += (event.flags & kEventNegated) != 0 ? "true" : "false";
  out += ",\"cameo\":";
  AppendJsonString(out, event.code);
  fmt::format_to(std::back_inserter(out), ",\"quad\":{},\"goldstein\":{:.1f},\"doc\":", event.quad, event.goldstein);
  AppendJsonString(out, event.doc);
  out += ",\"url\":";
  AppendStringOrNull(event.url, out);
  out += ",\"trigger\":";
  AppendJsonString(out, event.trigger_text);
  out += ",\"text\":";
  AppendJsonString(out, event.sentence_text);
  // Deduplication: the first report's id (as "id" names it) and the number of reports.
  out += ",\"duplicate_of\":";
  if (event.duplicate_of == 0) out += "null";
  else fmt::format_to(std::back_inserter(out), "\"{}\"", event.duplicate_of);
  fmt::format_to(std::back_inserter(out), ",\"reports\":{}}}", event.reports);
  return true;
}

}  // namespace casus::store
