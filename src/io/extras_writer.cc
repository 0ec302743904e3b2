#include "casus/extras_writer.h"

#include <fmt/format.h>

#include "core/text_util.h"

namespace casus {

namespace {

void AppendSpan(const Doc& doc, uint32_t begin, uint32_t end, std::string& out) {
  out += "{\"text\":";
  AppendJsonString(out, doc.Surface(begin, end));
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", begin, end);
}

// {"code","text","begin","end"} with code null when the words have no actor code.
void AppendCodedSpan(const Doc& doc, const ActorRef& ref, std::string& out) {
  out += "{\"code\":";
  if (ref.present()) AppendJsonString(out, doc.words.Text(ref.code));
  else out += "null";
  out += ",\"text\":";
  AppendJsonString(out, doc.Surface(ref.begin, ref.end));
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{}}}", ref.begin, ref.end);
}

}  // namespace

const char* CountKindName(CountKind kind) {
  switch (kind) {
    case CountKind::kKill: return "kill";
    case CountKind::kWound: return "wound";
    case CountKind::kArrest: return "arrest";
    case CountKind::kDetain: return "detain";
    case CountKind::kKidnap: return "kidnap";
    case CountKind::kDisplace: return "displace";
    case CountKind::kProtest: return "protest";
    case CountKind::kOther: break;
  }
  return "other";
}

std::vector<std::string> EventIds(const Doc& doc) {
  std::vector<std::string> ids;
  ids.reserve(doc.events.size());
  uint32_t sentence = UINT32_MAX, k = 0;
  for (const Event& e : doc.events) {
    k = e.sentence == sentence ? k + 1 : 0;
    sentence = e.sentence;
    ids.push_back(fmt::format("{}:{}:{}", doc.id, e.sentence, k));
  }
  return ids;
}

void AppendQuotationJson(const Doc& doc, const Quotation& quotation, std::string& out) {
  out += "{\"record\":\"quote\",\"doc\":";
  AppendJsonString(out, doc.id);
  fmt::format_to(std::back_inserter(out), ",\"sentence\":{},\"speaker\":", quotation.sentence);
  if (quotation.speaker.begin == quotation.speaker.end) out += "null";
  else AppendCodedSpan(doc, quotation.speaker, out);
  out += ",\"verb\":";
  if (quotation.verb == kNoWord) out += "null";
  else AppendJsonString(out, doc.words.Text(quotation.verb));
  out += ",\"quote\":";
  AppendSpan(doc, quotation.quote.begin, quotation.quote.end, out);
  out += '}';
}

void AppendCountJson(const Doc& doc, const ReportedCount& count, const std::vector<std::string>& event_ids,
                     std::string& out) {
  out += "{\"record\":\"count\",\"doc\":";
  AppendJsonString(out, doc.id);
  fmt::format_to(std::back_inserter(out), ",\"sentence\":{},\"number\":{},\"kind\":\"{}\",\"text\":", count.sentence,
                 count.number, CountKindName(count.kind));
  AppendJsonString(out, doc.Surface(count.text.begin, count.text.end));
  fmt::format_to(std::back_inserter(out), ",\"begin\":{},\"end\":{},\"actor\":", count.text.begin, count.text.end);
  if (count.actor.present()) AppendCodedSpan(doc, count.actor, out);
  else out += "null";
  if (count.event >= 0) {
    fmt::format_to(std::back_inserter(out), ",\"event\":{},\"event_id\":", count.event);
    AppendJsonString(out, event_ids[static_cast<size_t>(count.event)]);
  } else {
    out += ",\"event\":null,\"event_id\":null";
  }
  out += '}';
}

void AppendExtrasJsonLines(const Doc& doc, std::string& out) {
  for (const Quotation& q : doc.quotations) {
    AppendQuotationJson(doc, q, out);
    out += '\n';
  }
  if (doc.counts.empty()) return;
  std::vector<std::string> ids = EventIds(doc);
  for (const ReportedCount& c : doc.counts) {
    AppendCountJson(doc, c, ids, out);
    out += '\n';
  }
}

}  // namespace casus
