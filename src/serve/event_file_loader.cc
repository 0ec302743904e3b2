#include "serve/event_file_loader.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <vector>

#include "casus/event_writer.h"
#include "casus/vocabulary.h"
#include "core/text_util.h"
#include "store/dictionary_fingerprint.h"
#include "text/line_source.h"

namespace casus::serve {
namespace {

using nlohmann::json;

struct SpanRecord {
  std::string code;  // actors only
  std::string text;
  int64_t begin = 0, end = 0;
};

struct PlaceRecord {
  std::string name, admin1, country;
  double lat = 0, lon = 0;
  std::optional<int64_t> begin, end;
};

struct EventRecord {
  uint64_t line = 0;
  int64_t sentence = 0;
  std::string sentence_text;
  std::string date;
  int cameo = 0;
  uint16_t flags = 0;
  std::optional<SpanRecord> source, target;
  SpanRecord trigger;
  std::optional<PlaceRecord> place;
};

struct QuoteRecord {
  uint64_t line = 0;
  int64_t sentence = 0;
  std::optional<SpanRecord> speaker;  // code and text may each be empty
  std::string verb;
  SpanRecord quote;
};

struct DocumentRecords {
  std::string id;
  std::vector<EventRecord> events;
  std::vector<QuoteRecord> quotes;
};

// Field readers: each returns an error naming the field.
Result<std::string> StringField(const json& object, const char* name) {
  auto found = object.find(name);
  if (found == object.end() || !found->is_string()) return Status::Invalid(std::string("\"") + name + "\" must be a string");
  return found->get<std::string>();
}

Result<int64_t> IntField(const json& object, const char* name) {
  auto found = object.find(name);
  if (found == object.end() || !found->is_number_integer() || found->get<int64_t>() < 0)
    return Status::Invalid(std::string("\"") + name + "\" must be a whole number >= 0");
  return found->get<int64_t>();
}

Result<SpanRecord> ReadSpan(const json& object, const char* name, bool actor) {
  if (!object.is_object()) return Status::Invalid(std::string("\"") + name + "\" must be an object");
  SpanRecord span;
  if (actor) {
    auto code = StringField(object, "code");
    if (!code.ok()) return Status::Invalid(std::string(name) + ": " + code.status().message());
    span.code = code.value();
  }
  auto text = StringField(object, "text");
  auto begin = IntField(object, "begin");
  auto end = IntField(object, "end");
  for (const Status* s : {&text.status(), &begin.status(), &end.status()})
    if (!s->ok()) return Status::Invalid(std::string(name) + ": " + s->message());
  span.text = text.value();
  span.begin = begin.value();
  span.end = end.value();
  if (span.end - span.begin != static_cast<int64_t>(span.text.size()))
    return Status::Invalid(std::string(name) + ": \"end\" - \"begin\" is not the length of \"text\"");
  return span;
}

std::optional<PlaceRecord> ReadPlace(const json& record) {
  auto found = record.find("location");
  if (found == record.end() || !found->is_object()) return std::nullopt;
  const json& l = *found;
  if (!l.contains("lat") || !l.contains("lon") || !l["lat"].is_number() || !l["lon"].is_number()) return std::nullopt;
  PlaceRecord place;
  place.lat = l["lat"].get<double>();
  place.lon = l["lon"].get<double>();
  if (place.lat < -90 || place.lat > 90 || place.lon < -180 || place.lon > 180) return std::nullopt;
  auto text = [&](const char* name) { return l.contains(name) && l[name].is_string() ? l[name].get<std::string>() : ""; };
  place.name = text("name");
  place.admin1 = text("admin1");
  place.country = text("country");
  if (l.contains("begin") && l["begin"].is_number_integer()) place.begin = l["begin"].get<int64_t>();
  if (l.contains("end") && l["end"].is_number_integer()) place.end = l["end"].get<int64_t>();
  return place;
}

uint16_t FlagBit(std::string_view name) {
  for (uint16_t bit = 1; bit != 0 && bit <= kEventQuestion; bit = static_cast<uint16_t>(bit << 1))
    if (EventFlagNames(bit, "") == name) return bit;
  return 0;
}

Result<EventRecord> ReadEvent(const json& record, const CameoTable& cameo) {
  EventRecord event;
  auto sentence = IntField(record, "sentence");
  if (!sentence.ok()) return sentence.status();
  event.sentence = sentence.value();
  auto text = StringField(record, "sentence_text");
  if (!text.ok()) return text.status();
  event.sentence_text = text.value();
  if (record.contains("date") && !record["date"].is_null()) {
    auto date = StringField(record, "date");
    int days = 0;
    if (!date.ok() || date->size() != 10 || !ParseIsoDate(date.value(), days))
      return Status::Invalid("\"date\" must be YYYY-MM-DD or null");
    event.date = date.value();
  }
  auto code = StringField(record, "code");
  if (!code.ok()) return code.status();
  int index = cameo.Find(code.value());
  if (index < 0) return Status::Invalid("\"code\" '" + code.value() + "' is not in the CAMEO table");
  event.cameo = index;
  for (auto [name, side] : {std::pair{"source", &event.source}, std::pair{"target", &event.target}}) {
    if (!record.contains(name) || record[name].is_null()) continue;
    auto span = ReadSpan(record[name], name, true);
    if (!span.ok()) return span.status();
    *side = span.value();
  }
  if (!record.contains("trigger")) return Status::Invalid("\"trigger\" is missing");
  auto trigger = ReadSpan(record["trigger"], "trigger", false);
  if (!trigger.ok()) return trigger.status();
  event.trigger = trigger.value();
  if (record.contains("flags") && record["flags"].is_array()) {
    for (const json& flag : record["flags"]) {
      uint16_t bit = flag.is_string() ? FlagBit(flag.get<std::string>()) : 0;
      if (bit == 0) return Status::Invalid("\"flags\" holds an unknown flag");
      event.flags |= bit;
    }
  }
  event.place = ReadPlace(record);
  return event;
}

// Where the sentence starts in the document: the offset at which every span of
// the event reads its own text out of the sentence.
std::optional<int64_t> SentenceBegin(const EventRecord& e) {
  const std::string& text = e.sentence_text;
  auto fits = [&](int64_t begin, const SpanRecord& span) {
    int64_t at = span.begin - begin;
    return at >= 0 && at + static_cast<int64_t>(span.text.size()) <= static_cast<int64_t>(text.size()) &&
           text.compare(static_cast<size_t>(at), span.text.size(), span.text) == 0;
  };
  for (size_t at = text.find(e.trigger.text); at != std::string::npos; at = text.find(e.trigger.text, at + 1)) {
    int64_t begin = e.trigger.begin - static_cast<int64_t>(at);
    if (begin < 0) continue;
    if (e.source && !fits(begin, *e.source)) continue;
    if (e.target && !fits(begin, *e.target)) continue;
    return begin;
  }
  return std::nullopt;
}

class Loader {
 public:
  Loader(const CameoTable& cameo, store::Store& store, DiagnosticSink& sink, std::string file)
      : cameo_(cameo), store_(store), sink_(sink), file_(std::move(file)) {}

  // A run for the loaded events (the store tags every row with one), and the
  // statement that stores quotation records as they were written: their text
  // need not lie in the part of the document the event records tell.
  Status Prepare() {
    store::RunInfo run;
    run.kind = "events file";
    run.dictionaries = "events read from " + file_;
    run.casus_version = store::CasusVersion();
    auto id = store_.BeginRun(run, /*reuse_latest=*/false);
    if (!id.ok()) return id.status();
    run_ = id.value();
    auto quote = store_.database().Prepare(
        "INSERT INTO quotations(run, doc, idx, sentence, quote_text, quote_begin, quote_end, speaker_code, "
        "speaker_text, speaker_begin, speaker_end, verb) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!quote.ok()) return quote.status();
    insert_quote_ = std::move(quote).value();
    return Status::Ok();
  }

  void Record(const json& record, uint64_t line) {
    std::string kind = record.contains("record") && record["record"].is_string() ? record["record"].get<std::string>()
                                                                                  : "event";
    auto doc = StringField(record, "doc");
    if (!doc.ok()) return Skip(line, doc.status().message());
    if (kind == "quote") return Quote(record, doc.value(), line);
    if (kind != "event") return;  // counts and other extras: not shown on the page
    auto event = ReadEvent(record, cameo_);
    if (!event.ok()) return Skip(line, event.status().message());
    event->line = line;
    Document(doc.value()).events.push_back(std::move(event.value()));
  }

  Status StoreAll() {
    static const Vocabulary kNoSharedWords;
    Doc doc(&kNoSharedWords);
    for (const DocumentRecords& records : documents_) {
      CASUS_RETURN_IF_ERROR(StoreDocument(records, doc));
    }
    return store_.Flush();
  }

  void Skip(uint64_t line, const std::string& message) {
    sink_.Report({Severity::kError, file_, line, "record skipped: " + message});
    ++summary_.skipped;
  }
  void SkipEvent(const EventRecord& e, const std::string& message) { Skip(e.line, message); }

  const LoadSummary& summary() const { return summary_; }

 private:
  DocumentRecords& Document(const std::string& id) {
    auto [found, added] = index_.try_emplace(id, documents_.size());
    if (added) documents_.push_back({id, {}, {}});
    return documents_[found->second];
  }

  void Quote(const json& record, const std::string& doc, uint64_t line) {
    if (!record.contains("quote")) return Skip(line, "\"quote\" is missing");
    auto quote = ReadSpan(record["quote"], "quote", false);
    if (!quote.ok()) return Skip(line, quote.status().message());
    QuoteRecord q;
    q.line = line;
    q.quote = quote.value();
    if (record.contains("sentence") && record["sentence"].is_number_integer()) q.sentence = record["sentence"].get<int64_t>();
    if (record.contains("speaker") && record["speaker"].is_object()) {
      const json& s = record["speaker"];
      SpanRecord span;
      if (s.contains("code") && s["code"].is_string()) span.code = s["code"].get<std::string>();
      if (s.contains("text") && s["text"].is_string()) span.text = s["text"].get<std::string>();
      if (s.contains("begin") && s["begin"].is_number_integer()) span.begin = s["begin"].get<int64_t>();
      if (s.contains("end") && s["end"].is_number_integer()) span.end = s["end"].get<int64_t>();
      q.speaker = span;
    }
    if (record.contains("verb") && record["verb"].is_string()) q.verb = record["verb"].get<std::string>();
    Document(doc).quotes.push_back(std::move(q));
  }

  // After the document's Put, which cleared its quotations of this run.
  Status StoreQuotes(const DocumentRecords& records) {
    store::Statement& q = *insert_quote_;
    for (size_t i = 0; i < records.quotes.size(); ++i) {
      const QuoteRecord& r = records.quotes[i];
      q.BindInt(1, run_);
      q.BindText(2, records.id);
      q.BindInt(3, static_cast<int64_t>(i));
      q.BindInt(4, r.sentence);
      q.BindText(5, r.quote.text);
      q.BindInt(6, r.quote.begin);
      q.BindInt(7, r.quote.end);
      if (r.speaker) {
        q.BindTextOrNull(8, r.speaker->code);
        q.BindTextOrNull(9, r.speaker->text);
        q.BindInt(10, r.speaker->begin);
        q.BindInt(11, r.speaker->end);
      }
      q.BindTextOrNull(12, r.verb);
      Status status = q.Run();
      q.Reset();
      CASUS_RETURN_IF_ERROR(status);
      ++summary_.quotations;
    }
    return Status::Ok();
  }

  // The event's place in Doc::places, added once per document; its words when
  // they lie in the text the records tell, else an empty span.
  int32_t PlaceIndex(const PlaceRecord& p, Doc& doc) {
    auto word = [&](const std::string& text) { return text.empty() ? kNoWord : doc.words.Intern(text); };
    Place place;
    if (p.begin && p.end && *p.begin <= *p.end && *p.end <= static_cast<int64_t>(doc.text.size()))
      place.text = {static_cast<uint32_t>(*p.begin), static_cast<uint32_t>(*p.end)};
    place.name = word(p.name);
    place.admin1 = word(p.admin1);
    place.country = word(p.country);
    place.lat = p.lat;
    place.lon = p.lon;
    for (size_t i = 0; i < doc.places.size(); ++i) {
      const Place& o = doc.places[i];
      if (o.text.begin == place.text.begin && o.text.end == place.text.end && o.name == place.name &&
          o.admin1 == place.admin1 && o.country == place.country && o.lat == place.lat && o.lon == place.lon)
        return static_cast<int32_t>(i);
    }
    doc.places.push_back(place);
    return static_cast<int32_t>(doc.places.size() - 1);
  }

  Status StoreDocument(const DocumentRecords& records, Doc& doc) {
    // Place each sentence; events whose spans contradict their sentence are skipped.
    std::unordered_map<int64_t, std::pair<int64_t, const std::string*>> placed;  // index -> begin, text
    std::vector<const EventRecord*> kept;
    int64_t size = 0;
    int64_t last_sentence = -1;
    for (const EventRecord& e : records.events) {
      auto begin = SentenceBegin(e);
      if (!begin) {
        SkipEvent(e, "its source, target and trigger do not lie in its sentence_text at their offsets");
        continue;
      }
      auto [found, added] = placed.try_emplace(e.sentence, *begin, &e.sentence_text);
      if (!added && (found->second.first != *begin || *found->second.second != e.sentence_text)) {
        SkipEvent(e, "sentence " + std::to_string(e.sentence) + " differs from an earlier record of the document");
        continue;
      }
      size = std::max(size, *begin + static_cast<int64_t>(e.sentence_text.size()));
      last_sentence = std::max(last_sentence, e.sentence);
      kept.push_back(&e);
    }
    if (kept.empty()) return Status::Ok();
    if (size > UINT32_MAX) {
      for (const EventRecord* e : kept) SkipEvent(*e, "offsets beyond 4 GB");
      return Status::Ok();
    }
    // The document as far as the records tell it; sentences must not overlap.
    std::string text(static_cast<size_t>(size), ' ');
    std::vector<bool> written(text.size(), false);
    std::vector<Sentence> sentences(static_cast<size_t>(last_sentence + 1));
    for (auto& [index, where] : placed) {
      auto [begin, sentence_text] = where;
      for (size_t i = 0; i < sentence_text->size(); ++i) {
        size_t at = static_cast<size_t>(begin) + i;
        if (written[at] && text[at] != (*sentence_text)[i]) {
          for (const EventRecord* e : kept) SkipEvent(*e, "sentences of document '" + records.id + "' overlap");
          return Status::Ok();
        }
        text[at] = (*sentence_text)[i];
        written[at] = true;
      }
      sentences[static_cast<size_t>(index)] = {static_cast<uint32_t>(begin),
                                               static_cast<uint32_t>(begin + static_cast<int64_t>(sentence_text->size())),
                                               0, 0};
    }
    // A document date only when every event agrees on one: otherwise the events keep their own.
    std::string date = kept.front()->date;
    for (const EventRecord* e : kept)
      if (e->date != date) date.clear();
    doc.Reset(records.id, std::move(text), date);
    doc.sentences = std::move(sentences);
    for (const EventRecord* e : kept) {
      Event event;
      event.sentence = static_cast<uint32_t>(e->sentence);
      event.cameo = static_cast<uint16_t>(e->cameo);
      event.flags = e->flags;
      for (auto [record, side] : {std::pair{&e->source, &event.source}, std::pair{&e->target, &event.target}}) {
        if (!record->has_value()) continue;
        side->code = doc.words.Intern((*record)->code);
        side->begin = static_cast<uint32_t>((*record)->begin);
        side->end = static_cast<uint32_t>((*record)->end);
      }
      event.trigger = {static_cast<uint32_t>(e->trigger.begin), static_cast<uint32_t>(e->trigger.end)};
      int days = 0;
      if (!e->date.empty() && e->date != date && ParseIsoDate(e->date, days)) event.day = days;
      if (e->place) event.place = PlaceIndex(*e->place, doc);
      doc.events.push_back(event);
    }
    CASUS_RETURN_IF_ERROR(store_.Put(doc, cameo_, {}));
    ++summary_.documents;
    summary_.events += kept.size();
    return StoreQuotes(records);
  }

  const CameoTable& cameo_;
  store::Store& store_;
  DiagnosticSink& sink_;
  std::string file_;
  std::vector<DocumentRecords> documents_;
  std::unordered_map<std::string, size_t> index_;
  int64_t run_ = 0;
  std::unique_ptr<store::Statement> insert_quote_;
  LoadSummary summary_;
};

}  // namespace

Result<LoadSummary> LoadEventRecords(std::istream& input, const std::string& file, const CameoTable& cameo,
                                     store::Store& store, DiagnosticSink& sink, uint64_t max_line_bytes) {
  Loader loader(cameo, store, sink, file);
  CASUS_RETURN_IF_ERROR(loader.Prepare());
  text::LineSource lines(input, max_line_bytes);
  std::string line;
  bool too_long = false;
  while (lines.Next(line, too_long)) {
    const uint64_t number = lines.line_number();
    if (too_long) {
      loader.Skip(number, "line longer than " + std::to_string(max_line_bytes) + " bytes");
      continue;
    }
    if (Trim(line).empty()) continue;
    json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded() || !record.is_object()) {
      loader.Skip(number, "not a JSON object");
      continue;
    }
    loader.Record(record, number);
  }
  if (input.bad()) return Status::IoError("cannot read '" + file + "'");
  CASUS_RETURN_IF_ERROR(loader.StoreAll());
  return loader.summary();
}

}  // namespace casus::serve
