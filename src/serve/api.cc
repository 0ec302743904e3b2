#include "serve/api.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <tuple>
#include <nlohmann/json.hpp>

#include "casus/event_writer.h"
#include "serve/code_explanation.h"
#include "store/extras_query.h"

namespace casus::serve {
namespace {

using nlohmann::json;

// Aggregates and place lists are bounded too: a day-by-day count over a century
// is still only this many rows.
constexpr int64_t kMaxPeriodRows = 100000;
constexpr int64_t kMaxPlaceEvents = 200000;

ApiReply Ok(const json& body) {
  // Replacing invalid UTF-8 (a store may hold any bytes) instead of throwing.
  return {200, body.dump(-1, ' ', false, json::error_handler_t::replace)};
}

ApiReply BadRequest(const Status& status) { return JsonError(400, status.message()); }

// Sums of one-decimal Goldstein values print as 4.1000000000000005 otherwise.
double Rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

json Span(std::string_view text, int64_t begin, int64_t end) {
  return {{"text", text}, {"begin", begin}, {"end", end}};
}

json Actor(const store::StoredEvent::Actor& actor) {
  if (!actor.present) return nullptr;
  json out = Span(actor.text, actor.begin, actor.end);
  out["code"] = actor.code;
  return out;
}

json Flags(uint16_t flags) {
  json out = json::array();
  std::string names = EventFlagNames(flags, ",");
  size_t start = 0;
  while (start < names.size()) {
    size_t comma = names.find(',', start);
    if (comma == std::string::npos) comma = names.size();
    out.push_back(names.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

json EventJson(const store::StoredEvent& e, const CameoTable& cameo) {
  int index = cameo.Find(e.code);
  json out = {{"id", e.id},
              {"doc", e.doc},
              {"sentence", e.sentence},
              {"date", e.date.empty() ? json(nullptr) : json(e.date)},
              {"code", e.code},
              {"name", index >= 0 ? cameo.at(static_cast<size_t>(index)).name : ""},
              {"root", e.root},
              {"quad", e.quad},
              {"penta", e.penta},
              {"goldstein", e.goldstein},
              {"plover", e.plover.empty() ? json(nullptr) : json(e.plover)},
              {"source", Actor(e.source)},
              {"target", Actor(e.target)},
              {"trigger", Span(e.trigger_text, e.trigger_begin, e.trigger_end)},
              {"sentence_text", e.sentence_text},
              {"flags", Flags(e.flags)}};
  return out;
}

// A span's byte offsets within its sentence, or null when it lies outside.
json InSentence(const json& span, int64_t sentence_begin, int64_t sentence_end) {
  if (span.is_null()) return nullptr;
  int64_t begin = span["begin"], end = span["end"];
  if (begin < sentence_begin || end > sentence_end || begin > end) return nullptr;
  return json::array({begin - sentence_begin, end - sentence_begin});
}

json TextOrNull(std::string_view text) {
  if (text.empty()) return nullptr;
  return text;
}

json PlaceJson(const store::StoredEvent::Location& l) {
  if (!l.present) return nullptr;
  return {{"name", l.name}, {"admin1", l.admin1}, {"country", l.country}, {"lat", l.lat}, {"lon", l.lon}};
}

json TextOrNull(const store::Statement& row, int column) {
  if (row.IsNull(column)) return nullptr;
  return std::string(row.Text(column));
}

}  // namespace

ApiReply JsonError(int status, std::string_view message) {
  json body = {{"error", message}};
  return {status, body.dump(-1, ' ', false, json::error_handler_t::replace)};
}

Result<std::unique_ptr<Api>> Api::Create(StorePool& pool, const CameoTable& cameo) {
  std::unique_ptr<Api> api(new Api(pool, cameo));
  auto lease = pool.Acquire();
  store::Store& store = lease.store();
  api->has_full_text_ = store.has_full_text();
  // The store always has the extras tables; the page offers what they hold.
  auto extras = store.database().Prepare(
      "SELECT EXISTS(SELECT 1 FROM places), EXISTS(SELECT 1 FROM quotations)");
  if (!extras.ok()) return extras.status();
  Status status;
  if (!extras.value()->Step(status)) return status.ok() ? Status::Internal("no row") : status;
  api->has_places_ = extras.value()->Int(0) != 0;
  api->has_quotations_ = extras.value()->Int(1) != 0;
  extras.value()->Reset();
  return api;
}

ApiReply Api::StoreFailure(const StorePool::Lease& lease, const Status& status, bool text_query) const {
  if (status.code() == StatusCode::kLimitExceeded || lease.timed_out())
    return JsonError(503, fmt::format("the query ran longer than the limit of {} ms; narrow it with an actor, a "
                                      "dyad or a shorter date range",
                                      pool_.time_limit().count()));
  // The store's own queries do not fail on valid input; a failure with a
  // full-text query is SQLite refusing the query's syntax.
  if (text_query) return JsonError(400, "q: not a full-text query (use words, \"a phrase\", AND, OR, NOT)");
  if (status.code() == StatusCode::kInvalidInput) return BadRequest(status);
  return JsonError(500, "the store could not answer this query");
}

ApiReply Api::Route(std::string_view path, const Params& params) {
  if (path == "/api/info") return Info(params);
  if (path == "/api/events") return Events(params);
  if (path == "/api/aggregate") return Aggregate(params);
  if (path == "/api/actors") return Actors(params);
  if (path == "/api/places") return Places(params);
  constexpr std::string_view kEvent = "/api/events/";
  if (path.substr(0, kEvent.size()) == kEvent && path.find('/', kEvent.size()) == std::string_view::npos)
    return Event(path.substr(kEvent.size()));
  return JsonError(404, "no such API endpoint (see /api/info and docs/serve.md)");
}

ApiReply Api::Info(const Params& params) {
  Status names = CheckParamNames(params, {});
  if (!names.ok()) return BadRequest(names);
  auto lease = pool_.Acquire();
  auto counts = lease.store().Counts();
  if (!counts.ok()) return StoreFailure(lease, counts.status());
  auto range = lease.store().database().Prepare("SELECT MIN(date), MAX(date) FROM events");
  if (!range.ok()) return StoreFailure(lease, range.status());
  Status status;
  json first = nullptr, last = nullptr;
  if (range.value()->Step(status)) {
    first = TextOrNull(*range.value(), 0);
    last = TextOrNull(*range.value(), 1);
  }
  if (!status.ok()) return StoreFailure(lease, status);
  const store::StoreCounts& c = counts.value();
  return Ok({{"documents", c.documents},
             {"sentences", c.sentences},
             {"events", c.events},
             {"actors", c.actors},
             {"first_date", first},
             {"last_date", last},
             {"full_text", has_full_text_},
             {"places", has_places_},
             {"quotations", has_quotations_},
             {"limits",
              {{"page_size", kMaxPageSize}, {"page", kMaxPage}, {"query_ms", pool_.time_limit().count()}}}});
}

ApiReply Api::Events(const Params& params) {
  Status names = CheckParamNames(params, {"actor", "source", "target", "dyad", "both", "code", "root", "quad", "from",
                                          "to", "q", "page", "page_size"});
  if (!names.ok()) return BadRequest(names);
  auto filter = ParseEventFilter(params);
  if (!filter.ok()) return BadRequest(filter.status());
  auto paging = ParsePaging(params);
  if (!paging.ok()) return BadRequest(paging.status());
  if (!filter->text.empty() && !has_full_text_) return JsonError(400, "q: this store has no full-text index");
  const int64_t skip = (paging->page - 1) * paging->page_size;
  // One row past the page tells whether another page follows.
  filter->limit = skip + paging->page_size + 1;
  json events = json::array();
  int64_t seen = 0;
  bool has_more = false;
  auto lease = pool_.Acquire();
  Status status = store::ForEachEvent(lease.store(), filter.value(), [&](const store::StoredEvent& e) {
    if (seen++ < skip) return true;
    if (static_cast<int64_t>(events.size()) == paging->page_size) {
      has_more = true;
      return false;
    }
    events.push_back(EventJson(e, cameo_));
    return true;
  });
  if (!status.ok()) return StoreFailure(lease, status, !filter->text.empty());
  return Ok({{"page", paging->page}, {"page_size", paging->page_size}, {"has_more", has_more}, {"events", events}});
}

ApiReply Api::Event(std::string_view id_text) {
  auto id = ParsePositive("event id", id_text, INT64_MAX);
  if (!id.ok()) return BadRequest(id.status());
  store::EventFilter filter;
  filter.event_id = id.value();
  filter.limit = 1;
  auto lease = pool_.Acquire();
  json event;
  std::string doc_id;
  int64_t sentence_index = 0;
  json place = nullptr;
  Status status = store::ForEachEvent(lease.store(), filter, [&](const store::StoredEvent& e) {
    event = EventJson(e, cameo_);
    doc_id = e.doc;
    sentence_index = e.sentence;
    place = PlaceJson(e.location);
    return false;
  });
  if (!status.ok()) return StoreFailure(lease, status);
  if (event.is_null()) return JsonError(404, fmt::format("no event with id {}", id.value()));

  auto doc = lease.store().database().Prepare(
      "SELECT d.date, d.title, d.source, d.url, d.text, s.begin, s.end FROM documents d "
      "LEFT JOIN sentences s ON s.doc = d.id AND s.idx = ?1 WHERE d.id = ?2");
  if (!doc.ok()) return StoreFailure(lease, doc.status());
  doc.value()->BindInt(1, sentence_index);
  doc.value()->BindText(2, doc_id);
  if (!doc.value()->Step(status)) return StoreFailure(lease, status.ok() ? Status::Internal("document missing") : status);
  const store::Statement& row = *doc.value();
  json document = {{"id", doc_id},       {"date", TextOrNull(row, 0)}, {"title", TextOrNull(row, 1)},
                   {"source", TextOrNull(row, 2)}, {"url", TextOrNull(row, 3)},  {"text", std::string(row.Text(4))}};
  int64_t sentence_begin = row.IsNull(5) ? 0 : row.Int(5);
  int64_t sentence_end = row.IsNull(6) ? 0 : row.Int(6);
  event["sentence_span"] = {sentence_begin, sentence_end};
  event["in_sentence"] = {{"source", InSentence(event["source"], sentence_begin, sentence_end)},
                          {"target", InSentence(event["target"], sentence_begin, sentence_end)},
                          {"trigger", InSentence(event["trigger"], sentence_begin, sentence_end)}};
  event["explanation"] = ExplainCode(cameo_, event["code"].get<std::string>());
  event["document"] = std::move(document);

  doc.value()->Reset();
  event["place"] = std::move(place);
  json quotations = json::array();
  if (has_quotations_) {
    auto extras = store::ReadExtras(lease.store(), doc_id);
    if (!extras.ok()) return StoreFailure(lease, extras.status());
    for (const store::StoredQuotation& q : extras->quotations)
      quotations.push_back({{"sentence", q.sentence},
                            {"speaker", {{"code", q.speaker.present ? json(q.speaker.code) : json(nullptr)},
                                         {"text", TextOrNull(q.speaker.text)}}},
                            {"verb", TextOrNull(q.verb)},
                            {"quote", Span(q.text, q.begin, q.end)}});
  }
  event["quotations"] = std::move(quotations);
  event["extras"] = {{"places", has_places_}, {"quotations", has_quotations_}};
  return Ok(event);
}

ApiReply Api::Aggregate(const Params& params) {
  Status names = CheckParamNames(params, {"actor", "source", "target", "dyad", "both", "code", "root", "quad", "from",
                                          "to", "q", "by"});
  if (!names.ok()) return BadRequest(names);
  auto filter = ParseEventFilter(params);
  if (!filter.ok()) return BadRequest(filter.status());
  auto period = ParsePeriod(params);
  if (!period.ok()) return BadRequest(period.status());
  if (!filter->text.empty() && !has_full_text_) return JsonError(400, "q: this store has no full-text index");
  filter->limit = kMaxPeriodRows;
  auto lease = pool_.Acquire();
  auto counts = store::CountByPeriod(lease.store(), filter.value(), period.value());
  if (!counts.ok()) return StoreFailure(lease, counts.status(), !filter->text.empty());
  json rows = json::array();
  json periods = json::array();
  for (const store::PeriodCount& c : counts.value()) {
    rows.push_back({{"period", c.period},
                    {"quad", c.quad},
                    {"events", c.events},
                    {"goldstein_sum", Rounded(c.goldstein_sum)},
                    {"goldstein_mean", Rounded(c.goldstein_mean)}});
    // Rows come ordered by period, so one pass pivots them to a row per period.
    if (periods.empty() || periods.back()["period"] != c.period)
      periods.push_back({{"period", c.period}, {"events", 0}, {"quad", {0, 0, 0, 0}}, {"goldstein_sum", 0.0}});
    json& p = periods.back();
    p["events"] = p["events"].get<int64_t>() + c.events;
    if (c.quad >= 1 && c.quad <= 4) p["quad"][c.quad - 1] = c.events;
    p["goldstein_sum"] = p["goldstein_sum"].get<double>() + c.goldstein_sum;
  }
  for (json& p : periods) {
    double sum = p["goldstein_sum"].get<double>();
    p["goldstein_mean"] = Rounded(sum / static_cast<double>(p["events"].get<int64_t>()));
    p["goldstein_sum"] = Rounded(sum);
  }
  const char* by = period.value() == store::Period::kDay ? "day" : period.value() == store::Period::kWeek ? "week"
                                                                                                        : "month";
  return Ok({{"by", by}, {"periods", periods}, {"rows", rows}});
}

ApiReply Api::Actors(const Params& params) {
  Status names = CheckParamNames(params, {"prefix", "limit"});
  if (!names.ok()) return BadRequest(names);
  auto prefix = ParseActorCode("prefix", Param(params, "prefix"), true);
  if (!prefix.ok()) return BadRequest(prefix.status());
  int64_t limit = 20;
  if (std::string text = Param(params, "limit"); !text.empty()) {
    auto number = ParsePositive("limit", text, kMaxActors);
    if (!number.ok()) return BadRequest(number.status());
    limit = number.value();
  }
  // A range over the code indexes: every code that starts with the prefix sorts
  // between the prefix and the prefix followed by the highest byte.
  auto lease = pool_.Acquire();
  auto query = lease.store().database().Prepare(
      "SELECT code, COUNT(*) AS n, MIN(text) FROM ("
      "SELECT source_code AS code, source_text AS text FROM events WHERE source_code >= ?1 AND source_code < ?2 "
      "UNION ALL "
      "SELECT target_code, target_text FROM events WHERE target_code >= ?1 AND target_code < ?2"
      ") GROUP BY code ORDER BY n DESC, code LIMIT ?3");
  if (!query.ok()) return StoreFailure(lease, query.status());
  query.value()->BindText(1, prefix.value());
  query.value()->BindText(2, prefix.value() + "\xff");
  query.value()->BindInt(3, limit);
  json actors = json::array();
  Status status;
  while (query.value()->Step(status)) {
    const store::Statement& row = *query.value();
    actors.push_back({{"code", row.Text(0)}, {"events", row.Int(1)}, {"example", row.Text(2)}});
  }
  if (!status.ok()) return StoreFailure(lease, status);
  return Ok({{"prefix", prefix.value()}, {"actors", actors}});
}

ApiReply Api::Places(const Params& params) {
  Status names = CheckParamNames(params, {"actor", "source", "target", "dyad", "both", "code", "root", "quad", "from",
                                          "to", "q"});
  if (!names.ok()) return BadRequest(names);
  auto filter = ParseEventFilter(params);
  if (!filter.ok()) return BadRequest(filter.status());
  if (!filter->text.empty() && !has_full_text_) return JsonError(400, "q: this store has no full-text index");
  json out = {{"available", has_places_}, {"places", json::array()}};
  if (!has_places_) return Ok(out);
  filter->limit = kMaxPlaceEvents;
  struct Tally {
    int64_t events = 0;
    double goldstein_sum = 0;
  };
  // The same named place at the same point is one place with many events.
  using PlaceKey = std::tuple<std::string, std::string, double, double, std::string>;  // country, name, lat, lon, admin1
  std::map<PlaceKey, Tally> tallies;
  auto lease = pool_.Acquire();
  Status status = store::ForEachEvent(lease.store(), filter.value(), [&](const store::StoredEvent& e) {
    const store::StoredEvent::Location& l = e.location;
    if (!l.present) return true;
    Tally& t = tallies[{l.country, l.name, l.lat, l.lon, l.admin1}];
    ++t.events;
    t.goldstein_sum += e.goldstein;
    return true;
  });
  if (!status.ok()) return StoreFailure(lease, status, !filter->text.empty());
  for (const auto& [key, tally] : tallies) {
    const auto& [country, name, lat, lon, admin1] = key;
    out["places"].push_back({{"name", name},
                             {"admin1", admin1},
                             {"country", country},
                             {"lat", lat},
                             {"lon", lon},
                             {"events", tally.events},
                             {"goldstein_mean", Rounded(tally.goldstein_sum / static_cast<double>(tally.events))}});
  }
  return Ok(out);
}

}  // namespace casus::serve
