// The Phoenix dataset's tab-separated layout (Open Event Data Alliance,
// phoenix_pipeline): 26 columns, no header.
#include <fmt/format.h>

#include "store/actor_code_parts.h"
#include "store/stored_event_format.h"

namespace casus::store {
namespace {

std::string Join(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) {
    if (!joined.empty()) joined += ';';
    joined += part;
  }
  return joined;
}

// {Source,Target}Actor{Full,Entity,Role,Attribute}.
void ActorColumns(const StoredEvent::Actor& actor, std::string& out) {
  ActorCodeParts parts;
  if (actor.present) parts = SplitActorCode(actor.code);
  std::string entity = !parts.country.empty() ? parts.country : parts.known_group;
  if (entity.empty() && !parts.roles.empty()) entity = parts.roles.front();  // a bare role: "REB"
  std::vector<std::string> roles = parts.roles;
  if (parts.country.empty() && parts.known_group.empty() && !roles.empty()) roles.erase(roles.begin());
  // Named strings: string_views of temporaries in the list would dangle.
  const std::string full = actor.present ? actor.code : std::string();
  const std::string role = Join(roles), attribute = Join(parts.others);
  for (std::string_view field : {std::string_view(full), std::string_view(entity), std::string_view(role),
                                 std::string_view(attribute)}) {
    out += '\t';
    AppendTsvField(field, out);
  }
}

}  // namespace

void AppendPhoenixRow(const StoredEvent& event, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}", event.id);  // EventID
  std::string ymd;
  for (char c : event.date) {
    if (c >= '0' && c <= '9' && ymd.size() < 8) ymd += c;
  }
  if (ymd.size() == 8) {
    // Date, Year, Month, Day (month and day without leading zeros, as Phoenix writes them)
    fmt::format_to(std::back_inserter(out), "\t{}\t{}\t{}\t{}", ymd, ymd.substr(0, 4), std::stoi(ymd.substr(4, 2)),
                   std::stoi(ymd.substr(6, 2)));
  } else {
    out += "\t\t\t\t";
  }
  ActorColumns(event.source, out);
  ActorColumns(event.target, out);
  out += '\t';
  AppendTsvField(event.code, out);  // EventCode
  out += '\t';
  AppendTsvField(event.root, out);  // EventRootCode
  fmt::format_to(std::back_inserter(out), "\t{}\t{:.1f}\t", event.penta, event.goldstein);
  // Issues: casus codes none.
  const StoredEvent::Location& place = event.location;
  if (place.present) {
    fmt::format_to(std::back_inserter(out), "\t{:.4f}\t{:.4f}\t", place.lat, place.lon);
    AppendTsvField(place.name, out);
    out += '\t';
    AppendTsvField(place.admin1, out);
    out += '\t';
    AppendTsvField(place.country, out);
  } else {
    out += "\t\t\t\t\t";
  }
  // SentenceID: document id and sentence index, as Phoenix's "<story id>_<n>".
  out += '\t';
  AppendTsvField(event.doc, out);
  fmt::format_to(std::back_inserter(out), "_{}\t", event.sentence);
  AppendTsvField(event.url, out);
  out += '\t';
  AppendTsvField(event.news_source, out);
}

}  // namespace casus::store
