// The GDELT 2.0 event table (GDELT-Event_Codebook-V2.0): 61 tab-separated
// columns. Where GDELT's data differ from what casus knows, docs/export.md
// names our convention (articles are the event's reports, no tone, ISO country codes).
#include <fmt/format.h>

#include "core/text_util.h"
#include "store/actor_code_parts.h"
#include "store/stored_event_format.h"

namespace casus::store {
namespace {

class TsvRow {
 public:
  explicit TsvRow(std::string& out) : out_(out) {}
  void Field(std::string_view value) {
    if (fields_++ > 0) out_ += '\t';
    AppendTsvField(value, out_);
  }
  template <typename... Args>
  void Format(fmt::format_string<Args...> format, Args&&... args) {
    Field(fmt::format(format, std::forward<Args>(args)...));
  }
  void Empty(int count) {
    for (int i = 0; i < count; ++i) Field("");
  }
 private:
  std::string& out_;
  int fields_ = 0;
};

// Actor{1,2}Code .. Actor{1,2}Type3Code: 10 columns.
void ActorColumns(const StoredEvent::Actor& actor, TsvRow& row) {
  if (!actor.present) return row.Empty(10);
  ActorCodeParts parts = SplitActorCode(actor.code);
  row.Field(actor.code);
  std::string name = actor.text;
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');  // GDELT's names are upper case
  }
  row.Field(name);
  row.Field(parts.country);
  row.Field(parts.known_group);
  row.Empty(3);  // EthnicCode, Religion1Code, Religion2Code: casus codes none
  for (size_t i = 0; i < 3; ++i) row.Field(i < parts.roles.size() ? parts.roles[i] : "");
}

// {Actor1,Actor2,Action}Geo_*: 8 columns. Only the action has a place in casus.
void GeoColumns(const StoredEvent::Location* location, TsvRow& row) {
  if (location == nullptr || !location->present) {
    row.Field("0");
    return row.Empty(7);
  }
  // 1 country, 4 world city, 5 world state (GDELT's 2 and 3 are the US ones).
  bool us = location->country == "USA";
  int type = location->name.empty() || location->name == location->country ? 1
             : location->name == location->admin1                        ? (us ? 2 : 5)
                                                                          : (us ? 3 : 4);
  std::string full_name;
  for (const std::string* part : {&location->name, &location->admin1, &location->country}) {
    if (part->empty() || full_name.find(*part) != std::string::npos) continue;
    if (!full_name.empty()) full_name += ", ";
    full_name += *part;
  }
  row.Format("{}", type);
  row.Field(full_name);
  row.Field(location->country);
  row.Field(location->admin1);
  row.Field("");  // ADM2Code
  row.Format("{:.4f}", location->lat);
  row.Format("{:.4f}", location->lon);
  row.Field("");  // FeatureID: no GNS/GNIS ids in our gazetteer
}

std::string DigitsOnly(std::string_view text, size_t count) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9' && digits.size() < count) digits += c;
  }
  return digits;
}

}  // namespace

void AppendGdeltRow(const StoredEvent& event, std::string& out) {
  TsvRow row(out);
  row.Format("{}", event.id);  // GLOBALEVENTID
  int days = 0;
  if (!event.date.empty() && ParseIsoDate(std::string_view(event.date).substr(0, 10), days)) {
    std::string ymd = DigitsOnly(event.date, 8);
    int year = std::stoi(ymd.substr(0, 4));
    int january_first = 0;
    ParseIsoDate(fmt::format("{:04}-01-01", year), january_first);
    row.Field(ymd);                 // SQLDATE
    row.Field(ymd.substr(0, 6));    // MonthYear
    row.Field(ymd.substr(0, 4));    // Year
    row.Format("{:.4f}", year + (days - january_first + 1) / 365.0);  // FractionDate
  } else {
    row.Empty(4);
  }
  ActorColumns(event.source, row);
  ActorColumns(event.target, row);
  row.Field(event.sentence == 0 ? "1" : "0");  // IsRootEvent: the lead sentence
  row.Field(event.code);                          // EventCode
  row.Field(event.code.substr(0, 3));             // EventBaseCode
  row.Field(event.root);                          // EventRootCode
  row.Format("{}", event.quad);
  row.Format("{:.1f}", event.goldstein);
  // Every report of the event is one mention in one article (docs/export.md).
  row.Format("{}", event.reports);  // NumMentions
  row.Format("{}", event.sources);  // NumSources
  row.Format("{}", event.reports);  // NumArticles
  row.Field("0");  // AvgTone: casus does not score tone
  GeoColumns(nullptr, row);          // Actor1Geo
  GeoColumns(nullptr, row);          // Actor2Geo
  GeoColumns(&event.location, row);  // ActionGeo
  row.Field(DigitsOnly(event.run_started, 14));  // DATEADDED, UTC
  row.Field(event.url.empty() ? event.doc : event.url);  // SOURCEURL
}

}  // namespace casus::store
