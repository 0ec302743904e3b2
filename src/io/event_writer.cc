#include "casus/event_writer.h"

#include <fmt/format.h>

#include "core/text_util.h"

namespace casus {
namespace {

void AppendActor(const Doc& doc, const ActorRef& actor, std::string& out) {
  if (!actor.present()) {
    out += "null";
    return;
  }
  out += "{\"code\":";
  AppendJsonString(out, doc.words.Text(actor.code));
  out += ",\"text\":";
  AppendJsonString(out, doc.Surface(actor.begin, actor.end));
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", actor.begin, actor.end);
}

// "location":{"name","admin1","country","lat","lon","begin","end"} or null.
void AppendLocation(const Doc& doc, int32_t place, std::string& out) {
  if (place < 0 || static_cast<size_t>(place) >= doc.places.size()) {
    out += "null";
    return;
  }
  const Place& p = doc.places[static_cast<size_t>(place)];
  out += "{\"name\":";
  AppendJsonString(out, doc.words.Text(p.name));
  out += ",\"admin1\":";
  if (p.admin1 == kNoWord) out += "null";
  else AppendJsonString(out, doc.words.Text(p.admin1));
  out += ",\"country\":";
  AppendJsonString(out, doc.words.Text(p.country));
  fmt::format_to(std::back_inserter(out), ",\"lat\":{},\"lon\":{},\"begin\":{},\"end\":{}}}", p.lat, p.lon,
                 p.text.begin, p.text.end);
}

constexpr std::pair<uint16_t, const char*> kFlagNames[] = {
    {kEventNegated, "negated"}, {kEventFuture, "future"}, {kEventHypothetical, "hypothetical"},
    {kEventHistorical, "historical"}, {kEventQuestion, "question"}};

}  // namespace

std::string EventFlagNames(uint16_t flags, const char* separator) {
  std::string out;
  for (auto [bit, name] : kFlagNames) {
    if (!(flags & bit)) continue;
    if (!out.empty()) out += separator;
    out += name;
  }
  return out;
}

void AppendEventJson(const Doc& doc, const Event& event, const CameoTable& cameo, std::string& out) {
  const CameoCode& code = cameo.at(event.cameo);
  const Sentence& sentence = doc.sentences[event.sentence];
  out += "{\"doc\":";
  AppendJsonString(out, doc.id);
  fmt::format_to(std::back_inserter(out), ",\"sentence\":{},\"date\":", event.sentence);
  if (event.day != 0) AppendJsonString(out, FormatIsoDate(event.day));
  else if (!doc.date.empty()) AppendJsonString(out, doc.date);
  else out += "null";
  out += ",\"code\":";
  AppendJsonString(out, code.code);
  out += ",\"root\":";
  AppendJsonString(out, code.root);
  fmt::format_to(std::back_inserter(out), ",\"quad\":{},\"penta\":{},\"goldstein\":{:.1f},\"plover\":", code.quad,
                 code.penta, code.goldstein);
  if (code.plover.empty()) out += "null";
  else AppendJsonString(out, code.plover);
  out += ",\"source\":";
  AppendActor(doc, event.source, out);
  out += ",\"target\":";
  AppendActor(doc, event.target, out);
  out += ",\"trigger\":{\"text\":";
  AppendJsonString(out, doc.Surface(event.trigger.begin, event.trigger.end));
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", event.trigger.begin, event.trigger.end);
  out += ",\"sentence_text\":";
  AppendJsonString(out, doc.Surface(sentence.begin, sentence.end));
  out += ",\"flags\":[";
  bool first = true;
  for (auto [bit, name] : kFlagNames) {
    if (!(event.flags & bit)) continue;
    if (!first) out += ',';
    first = false;
    out += '"';
    out += name;
    out += '"';
  }
  out += "],\"location\":";
  AppendLocation(doc, event.place, out);
  out += '}';
}

}  // namespace casus
