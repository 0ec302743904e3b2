#include "store/stored_event_format.h"

#include <fmt/format.h>

#include "casus/event_writer.h"
#include "core/text_util.h"

namespace casus::store {
namespace {

void AppendActor(const StoredEvent::Actor& actor, std::string& out) {
  if (!actor.present) {
    out += "null";
    return;
  }
  out += "{\"code\":";
  AppendJsonString(out, actor.code);
  out += ",\"text\":";
  AppendJsonString(out, actor.text);
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", actor.begin, actor.end);
}

void AppendStringOrNull(std::string_view s, std::string& out) {
  if (s.empty()) out += "null";
  else AppendJsonString(out, s);
}

}  // namespace

void AppendStoredLocationJson(const StoredEvent::Location& location, std::string& out) {
  // Keep in step with AppendLocation in src/io/event_writer.cc.
  if (!location.present) {
    out += "null";
    return;
  }
  out += "{\"name\":";
  AppendJsonString(out, location.name);
  out += ",\"admin1\":";
  AppendStringOrNull(location.admin1, out);
  out += ",\"country\":";
  AppendJsonString(out, location.country);
  fmt::format_to(std::back_inserter(out), ",\"lat\":{},\"lon\":{},\"begin\":{},\"end\":{}}}", location.lat,
                 location.lon, location.begin, location.end);
}

void AppendStoredEventJson(const StoredEvent& event, std::string& out) {
  // Keep in step with src/io/event_writer.cc and `casus dedup`: the store test
  // compares with `casus code | casus dedup --mode story`.
  out += "{\"doc\":";
  AppendJsonString(out, event.doc);
  fmt::format_to(std::back_inserter(out), ",\"sentence\":{},\"date\":", event.sentence);
  AppendStringOrNull(event.date, out);
  out += ",\"code\":";
  AppendJsonString(out, event.code);
  out += ",\"root\":";
  AppendJsonString(out, event.root);
  fmt::format_to(std::back_inserter(out), ",\"quad\":{},\"penta\":{},\"goldstein\":{:.1f},\"plover\":", event.quad,
                 event.penta, event.goldstein);
  AppendStringOrNull(event.plover, out);
  out += ",\"source\":";
  AppendActor(event.source, out);
  out += ",\"target\":";
  AppendActor(event.target, out);
  out += ",\"trigger\":{\"text\":";
  AppendJsonString(out, event.trigger_text);
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", event.trigger_begin, event.trigger_end);
  out += ",\"sentence_text\":";
  AppendJsonString(out, event.sentence_text);
  out += ",\"flags\":[";
  std::string names = EventFlagNames(event.flags, "\",\"");
  if (!names.empty()) out += "\"" + names + "\"";
  out += "],\"location\":";
  AppendStoredLocationJson(event.location, out);
  // What `casus dedup` adds, in its order.
  out += ",\"id\":";
  AppendJsonString(out, event.key);
  out += ",\"duplicate_of\":";
  AppendStringOrNull(event.duplicate_of_key, out);
  fmt::format_to(std::back_inserter(out), ",\"reports\":{}}}", event.reports);
}

void AppendCsvField(std::string_view field, std::string& out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendTsvField(std::string_view field, std::string& out) {
  for (char c : field) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

std::string StoredEventCsvHeader() {
  return "doc,sentence,date,code,root,quad,penta,goldstein,plover,source_code,source_text,target_code,target_text,"
         "trigger_text,flags,sentence_text,id,duplicate_of,reports";
}

void AppendStoredEventCsv(const StoredEvent& event, std::string& out) {
  AppendCsvField(event.doc, out);
  fmt::format_to(std::back_inserter(out), ",{},", event.sentence);
  AppendCsvField(event.date, out);
  out += ',';
  AppendCsvField(event.code, out);
  out += ',';
  AppendCsvField(event.root, out);
  fmt::format_to(std::back_inserter(out), ",{},{},{:.1f},", event.quad, event.penta, event.goldstein);
  AppendCsvField(event.plover, out);
  for (const StoredEvent::Actor* actor : {&event.source, &event.target}) {
    out += ',';
    AppendCsvField(actor->code, out);
    out += ',';
    AppendCsvField(actor->text, out);
  }
  out += ',';
  AppendCsvField(event.trigger_text, out);
  out += ',';
  AppendCsvField(EventFlagNames(event.flags, ";"), out);
  out += ',';
  AppendCsvField(event.sentence_text, out);
  out += ',';
  AppendCsvField(event.key, out);
  out += ',';
  AppendCsvField(event.duplicate_of_key, out);
  fmt::format_to(std::back_inserter(out), ",{}", event.reports);
}

}  // namespace casus::store
