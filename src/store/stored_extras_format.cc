#include "store/stored_extras_format.h"

#include <fmt/format.h>

#include "core/text_util.h"

namespace casus::store {
namespace {

// {"code","text","begin","end"} with code null when the words have no actor
// code; keep in step with AppendCodedSpan in src/io/extras_writer.cc.
void AppendCodedSpan(const StoredEvent::Actor& actor, std::string& out) {
  out += "{\"code\":";
  if (actor.present) AppendJsonString(out, actor.code);
  else out += "null";
  out += ",\"text\":";
  AppendJsonString(out, actor.text);
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", actor.begin, actor.end);
}

}  // namespace

void AppendStoredQuotationJson(const std::string& doc, const StoredQuotation& quotation, std::string& out) {
  out += "{\"record\":\"quote\",\"doc\":";
  AppendJsonString(out, doc);
  fmt::format_to(std::back_inserter(out), ",\"sentence\":{},\"speaker\":", quotation.sentence);
  if (quotation.speaker.begin == quotation.speaker.end) out += "null";
  else AppendCodedSpan(quotation.speaker, out);
  out += ",\"verb\":";
  if (quotation.verb.empty()) out += "null";
  else AppendJsonString(out, quotation.verb);
  out += ",\"quote\":{\"text\":";
  AppendJsonString(out, quotation.text);
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}}}", quotation.begin, quotation.end);
}

void AppendStoredCountJson(const std::string& doc, const StoredCount& count, std::string& out) {
  out += "{\"record\":\"count\",\"doc\":";
  AppendJsonString(out, doc);
  fmt::format_to(std::back_inserter(out), ",\"sentence\":{},\"number\":{},\"kind\":", count.sentence, count.number);
  AppendJsonString(out, count.kind);
  out += ",\"text\":";
  AppendJsonString(out, count.text);
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{},\"actor\":", count.begin, count.end);
  if (count.actor.present) AppendCodedSpan(count.actor, out);
  else out += "null";
  if (count.event >= 0 && !count.event_key.empty()) {
    fmt::format_to(std::back_inserter(out), ",\"event\":{},\"event_id\":", count.event);
    AppendJsonString(out, count.event_key);
  } else {
    out += ",\"event\":null,\"event_id\":null";
  }
  out += '}';
}

}  // namespace casus::store
