#include "store/store.h"

#include "casus/extras_writer.h"

#include <ctime>
#include <unordered_map>
#include <unordered_set>

#include "core/text_util.h"
#include "store/schema.h"

namespace casus::store {
namespace {

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

// Flags that are part of the output contract; internal bits never reach the store.
constexpr uint16_t kStoredFlags = kEventNegated | kEventFuture | kEventHypothetical | kEventHistorical | kEventQuestion;

// Binds an actor's code, text, begin and end from `column` on; all NULL when absent.
void BindActor(Statement& statement, int column, const Doc& doc, const ActorRef& actor) {
  if (actor.present()) {
    statement.BindText(column, doc.words.Text(actor.code));
    statement.BindText(column + 1, doc.Surface(actor.begin, actor.end));
    statement.BindInt(column + 2, actor.begin);
    statement.BindInt(column + 3, actor.end);
  } else {
    for (int i = 0; i < 4; ++i) statement.BindNull(column + i);
  }
}

std::string_view WordOrEmpty(const Doc& doc, WordId id) { return id == kNoWord ? std::string_view() : doc.words.Text(id); }

// Runs a bound statement once and readies it for the next row.
Status RunAndReset(Statement& statement) {
  Status status = statement.Run();
  statement.Reset();
  return status;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& location, StoreOptions options) {
  std::unique_ptr<Store> store(new Store());
  store->options_ = options;
  if (store->options_.batch_size < 1) store->options_.batch_size = 1;
  auto db = OpenDatabase(location, options.read_only);
  if (!db.ok()) return db.status();
  store->db_ = std::move(db).value();
  if (options.read_only) {
    CASUS_RETURN_IF_ERROR(ReadSchema(*store->db_, store->has_full_text_));
    return store;
  }
  CASUS_RETURN_IF_ERROR(CreateSchema(*store->db_, store->has_full_text_));
  CASUS_RETURN_IF_ERROR(store->PrepareStatements());
  return store;
}

Store::~Store() {
  if (in_transaction_) (void)db_->Exec("COMMIT");
}

Status Store::PrepareStatements() {
  struct Wanted {
    std::unique_ptr<Statement>* statement;
    const char* sql;
  };
  const Wanted wanted[] = {
      {&delete_events_, "DELETE FROM events WHERE doc = ?1 AND run = ?2"},
      {&delete_quotations_, "DELETE FROM quotations WHERE doc = ?1 AND run = ?2"},
      {&delete_counts_, "DELETE FROM reported_counts WHERE doc = ?1 AND run = ?2"},
      {&delete_places_, "DELETE FROM places WHERE doc = ?1 AND run = ?2"},
      {&delete_sentences_, "DELETE FROM sentences WHERE doc = ?1"},
      {&upsert_document_,
       "INSERT INTO documents(id, date, title, source, url, text, coded_with) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
       "ON CONFLICT(id) DO UPDATE SET date = excluded.date, title = excluded.title, source = excluded.source, "
       "url = excluded.url, text = excluded.text, coded_with = excluded.coded_with"},
      {&insert_sentence_, "INSERT INTO sentences(doc, idx, \"begin\", \"end\") VALUES(?1, ?2, ?3, ?4) RETURNING id"},
      {&insert_event_,
       "INSERT INTO events(run, doc, idx, sentence, date, code, root, quad, penta, goldstein, plover, "
       "source_code, source_text, source_begin, source_end, target_code, target_text, target_begin, target_end, "
       "trigger_text, trigger_begin, trigger_end, flags, place, event_key) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
       "?23, ?24, ?25)"},
      {&insert_quotation_,
       "INSERT INTO quotations(run, doc, idx, sentence, quote_text, quote_begin, quote_end, "
       "speaker_code, speaker_text, speaker_begin, speaker_end, verb) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"},
      {&insert_count_,
       "INSERT INTO reported_counts(run, doc, idx, sentence, text, text_begin, text_end, number, kind, "
       "actor_code, actor_text, actor_begin, actor_end, event) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
      {&insert_place_,
       "INSERT INTO places(run, doc, idx, text, text_begin, text_end, name, admin1, country, lat, lon) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&load_document_, "SELECT id, date, text, title, source, url FROM documents WHERE id = ?1"},
  };
  for (const Wanted& w : wanted) {
    auto prepared = db_->Prepare(w.sql);
    if (!prepared.ok()) return prepared.status();
    *w.statement = std::move(prepared).value();
  }
  if (has_full_text_) {
    auto insert = db_->Prepare(dialect().full_text_insert);
    if (!insert.ok()) return insert.status();
    insert_full_text_ = std::move(insert).value();
    if (*dialect().full_text_delete != '\0') {
      auto del = db_->Prepare(dialect().full_text_delete);
      if (!del.ok()) return del.status();
      delete_full_text_ = std::move(del).value();
    }
  }
  return Status::Ok();
}

Result<int64_t> Store::BeginRun(const RunInfo& run, bool reuse_latest) {
  CASUS_RETURN_IF_ERROR(Flush());
  if (reuse_latest) {
    auto latest = db_->Prepare("SELECT id, dictionary_version FROM runs ORDER BY id DESC LIMIT 1");
    if (!latest.ok()) return latest.status();
    Status status;
    if (latest.value()->Step(status) && latest.value()->Text(1) == run.dictionary_version) {
      run_ = latest.value()->Int(0);
      return run_;
    }
    CASUS_RETURN_IF_ERROR(status);
  }
  auto insert = db_->Prepare(
      "INSERT INTO runs(started, kind, dictionary_version, dictionaries, casus_version) VALUES(?1, ?2, ?3, ?4, ?5) "
      "RETURNING id");
  if (!insert.ok()) return insert.status();
  Statement& s = *insert.value();
  s.BindText(1, UtcNow());
  s.BindText(2, run.kind);
  s.BindText(3, run.dictionary_version);
  s.BindText(4, run.dictionaries);
  s.BindText(5, run.casus_version);
  Status status;
  if (!s.Step(status)) return status.ok() ? Status::Internal("no id for the new run") : status;
  run_ = s.Int(0);
  s.Reset();
  return run_;
}

Status Store::DeleteDocument(std::string_view id) {
  // Full-text rows first: they are found through the sentences about to go.
  if (delete_full_text_) {
    delete_full_text_->BindText(1, id);
    CASUS_RETURN_IF_ERROR(RunAndReset(*delete_full_text_));
  }
  for (auto* statement : {&delete_events_, &delete_quotations_, &delete_counts_, &delete_places_}) {
    (*statement)->BindText(1, id);
    (*statement)->BindInt(2, run_);
    CASUS_RETURN_IF_ERROR(RunAndReset(**statement));
  }
  delete_sentences_->BindText(1, id);
  return RunAndReset(*delete_sentences_);
}

Status Store::InsertRows(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info) {
  Statement& d = *upsert_document_;
  d.BindText(1, doc.id);
  d.BindTextOrNull(2, doc.date);
  d.BindTextOrNull(3, info.title);
  d.BindTextOrNull(4, info.source);
  d.BindTextOrNull(5, info.url);
  d.BindText(6, doc.text);
  d.BindInt(7, run_);
  CASUS_RETURN_IF_ERROR(RunAndReset(d));

  Status status;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    Statement& s = *insert_sentence_;
    s.BindText(1, doc.id);
    s.BindInt(2, static_cast<int64_t>(i));
    s.BindInt(3, sentence.begin);
    s.BindInt(4, sentence.end);
    if (!s.Step(status)) return status.ok() ? Status::Internal("no id for a new sentence") : status;
    int64_t sentence_id = s.Int(0);
    s.Reset();
    if (!insert_full_text_) continue;
    insert_full_text_->BindInt(1, sentence_id);
    insert_full_text_->BindText(2, doc.Surface(sentence.begin, sentence.end));
    CASUS_RETURN_IF_ERROR(RunAndReset(*insert_full_text_));
  }

  const std::vector<std::string> keys = EventIds(doc);
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& event = doc.events[i];
    const CameoCode& code = cameo.at(event.cameo);
    Statement& e = *insert_event_;
    e.BindInt(1, run_);
    e.BindText(2, doc.id);
    e.BindInt(3, static_cast<int64_t>(i));
    e.BindInt(4, event.sentence);
    if (event.day != 0) e.BindText(5, FormatIsoDate(event.day));
    else e.BindTextOrNull(5, doc.date);
    e.BindText(6, code.code);
    e.BindText(7, code.root);
    e.BindInt(8, code.quad);
    e.BindInt(9, code.penta);
    e.BindDouble(10, code.goldstein);
    e.BindTextOrNull(11, code.plover);
    BindActor(e, 12, doc, event.source);
    BindActor(e, 16, doc, event.target);
    e.BindText(20, doc.Surface(event.trigger.begin, event.trigger.end));
    e.BindInt(21, event.trigger.begin);
    e.BindInt(22, event.trigger.end);
    e.BindInt(23, event.flags & kStoredFlags);
    if (event.place >= 0) e.BindInt(24, event.place);
    else e.BindNull(24);
    e.BindText(25, keys[i]);
    CASUS_RETURN_IF_ERROR(RunAndReset(e));
  }
  return InsertExtras(doc);
}

Status Store::InsertExtras(const Doc& doc) {
  for (size_t i = 0; i < doc.quotations.size(); ++i) {
    const Quotation& q = doc.quotations[i];
    Statement& s = *insert_quotation_;
    s.BindInt(1, run_);
    s.BindText(2, doc.id);
    s.BindInt(3, static_cast<int64_t>(i));
    s.BindInt(4, q.sentence);
    s.BindText(5, doc.Surface(q.quote.begin, q.quote.end));
    s.BindInt(6, q.quote.begin);
    s.BindInt(7, q.quote.end);
    // A speaker may be known by its words without an actor code.
    BindActor(s, 8, doc, q.speaker);
    if (!q.speaker.present() && q.speaker.begin != q.speaker.end) {
      s.BindText(9, doc.Surface(q.speaker.begin, q.speaker.end));
      s.BindInt(10, q.speaker.begin);
      s.BindInt(11, q.speaker.end);
    }
    s.BindTextOrNull(12, WordOrEmpty(doc, q.verb));
    CASUS_RETURN_IF_ERROR(RunAndReset(s));
  }
  for (size_t i = 0; i < doc.counts.size(); ++i) {
    const ReportedCount& c = doc.counts[i];
    Statement& s = *insert_count_;
    s.BindInt(1, run_);
    s.BindText(2, doc.id);
    s.BindInt(3, static_cast<int64_t>(i));
    s.BindInt(4, c.sentence);
    s.BindText(5, doc.Surface(c.text.begin, c.text.end));
    s.BindInt(6, c.text.begin);
    s.BindInt(7, c.text.end);
    s.BindInt(8, c.number);
    s.BindText(9, casus::CountKindName(c.kind));
    BindActor(s, 10, doc, c.actor);
    if (c.event >= 0) s.BindInt(14, c.event);
    else s.BindNull(14);
    CASUS_RETURN_IF_ERROR(RunAndReset(s));
  }
  for (size_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    Statement& s = *insert_place_;
    s.BindInt(1, run_);
    s.BindText(2, doc.id);
    s.BindInt(3, static_cast<int64_t>(i));
    s.BindText(4, doc.Surface(p.text.begin, p.text.end));
    s.BindInt(5, p.text.begin);
    s.BindInt(6, p.text.end);
    s.BindTextOrNull(7, WordOrEmpty(doc, p.name));
    s.BindTextOrNull(8, WordOrEmpty(doc, p.admin1));
    s.BindTextOrNull(9, WordOrEmpty(doc, p.country));
    s.BindDouble(10, p.lat);
    s.BindDouble(11, p.lon);
    CASUS_RETURN_IF_ERROR(RunAndReset(s));
  }
  return Status::Ok();
}

Status Store::Put(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info) {
  if (run_ == 0) return Status::Internal("Store::Put before BeginRun");
  if (!in_transaction_) {
    CASUS_RETURN_IF_ERROR(db_->Exec(dialect().begin_write));
    in_transaction_ = true;
  }
  // A savepoint per document: one that fails leaves nothing behind, and the
  // rest of the batch still commits.
  CASUS_RETURN_IF_ERROR(db_->Exec("SAVEPOINT document"));
  Status status = DeleteDocument(doc.id);
  if (status.ok()) status = InsertRows(doc, cameo, info);
  if (!status.ok()) {
    (void)db_->Exec("ROLLBACK TO SAVEPOINT document; RELEASE SAVEPOINT document");
    return status;
  }
  CASUS_RETURN_IF_ERROR(db_->Exec("RELEASE SAVEPOINT document"));
  if (++pending_ >= options_.batch_size) return Flush();
  return Status::Ok();
}

Status Store::Flush() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  pending_ = 0;
  return db_->Exec("COMMIT");
}

Result<ReportLinks> Store::LinkReports(const DedupOptions& options) {
  CASUS_RETURN_IF_ERROR(Flush());
  struct Row {
    int64_t id, duplicate_of, reports, sources;
    std::string news_source;
  };
  std::vector<Row> rows;
  std::vector<DedupEvent> events;
  {
    // Read to the end before writing: a PostgreSQL connection has one result at a time.
    auto query = db_->Prepare(
        "SELECT e.id, e.doc, e.source_code, e.target_code, e.code, e.root, e.date, p.name, p.country, "
        "COALESCE(d.source, d.id), e.duplicate_of, e.reports, e.sources FROM events e "
        "JOIN documents d ON d.id = e.doc AND d.coded_with = e.run "
        "LEFT JOIN places p ON p.doc = e.doc AND p.run = e.run AND p.idx = e.place ORDER BY e.id");
    if (!query.ok()) return query.status();
    Statement& row = *query.value();
    Status status;
    while (row.Step(status)) {
      DedupEvent e;
      e.doc = row.Text(1);
      e.source = row.Text(2);
      e.target = row.Text(3);
      e.code = row.Text(4);
      e.root = row.Text(5);
      std::string_view date = row.Text(6);
      e.has_day = date.size() >= 10 && ParseIsoDate(date.substr(0, 10), e.day);
      e.place = DedupPlace(row.Text(7), row.Text(8));
      events.push_back(std::move(e));
      rows.push_back({row.Int(0), row.IsNull(10) ? 0 : row.Int(10), row.Int(11), row.Int(12), std::string(row.Text(9))});
    }
    row.Reset();
    CASUS_RETURN_IF_ERROR(status);
  }
  DedupLinks links = Deduplicate(events, options);
  events = {};
  // Distinct news sources of each event reported more than once, by its first report.
  std::unordered_map<uint32_t, std::unordered_set<std::string_view>> sources_of;
  for (uint32_t i = 0; i < rows.size(); ++i) {
    if (links.reports[i] < 2) continue;
    uint32_t first = links.duplicate_of[i] < 0 ? i : static_cast<uint32_t>(links.duplicate_of[i]);
    sources_of[first].insert(rows[i].news_source);
  }
  ReportLinks result;
  result.events = static_cast<int64_t>(rows.size());
  auto update = db_->Prepare("UPDATE events SET duplicate_of = ?1, reports = ?2, sources = ?3 WHERE id = ?4");
  if (!update.ok()) return update.status();
  Statement& u = *update.value();
  CASUS_RETURN_IF_ERROR(db_->Exec(dialect().begin_write));
  in_transaction_ = true;
  for (uint32_t i = 0; i < rows.size(); ++i) {
    int32_t first = links.duplicate_of[i];
    if (first < 0) ++result.unique;
    int64_t duplicate_of = first < 0 ? 0 : rows[static_cast<uint32_t>(first)].id;
    int64_t reports = links.reports[i];
    int64_t sources = 1;
    if (reports > 1) sources = static_cast<int64_t>(sources_of[first < 0 ? i : static_cast<uint32_t>(first)].size());
    const Row& r = rows[i];
    if (r.duplicate_of == duplicate_of && r.reports == reports && r.sources == sources) continue;
    if (duplicate_of == 0) u.BindNull(1);
    else u.BindInt(1, duplicate_of);
    u.BindInt(2, reports);
    u.BindInt(3, sources);
    u.BindInt(4, r.id);
    CASUS_RETURN_IF_ERROR(RunAndReset(u));
    ++result.changed;
  }
  CASUS_RETURN_IF_ERROR(Flush());
  return result;
}

Result<StoreCounts> Store::Counts() {
  CASUS_RETURN_IF_ERROR(Flush());
  // Current rows only: each document's events and quotations from the run that coded it last.
  auto count = db_->Prepare(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), "
      "(SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.doc AND d.coded_with = e.run), "
      "(SELECT COUNT(*) FROM quotations q JOIN documents d ON d.id = q.doc AND d.coded_with = q.run), "
      "(SELECT COUNT(*) FROM (SELECT e.source_code AS code FROM events e JOIN documents d "
      "ON d.id = e.doc AND d.coded_with = e.run WHERE e.source_code IS NOT NULL "
      "UNION SELECT e.target_code FROM events e JOIN documents d "
      "ON d.id = e.doc AND d.coded_with = e.run WHERE e.target_code IS NOT NULL) AS actors), "
      "(SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.doc AND d.coded_with = e.run "
      "WHERE e.duplicate_of IS NULL), "
      "(SELECT COUNT(*) FROM reported_counts c JOIN documents d ON d.id = c.doc AND d.coded_with = c.run)");
  if (!count.ok()) return count.status();
  Statement& row = *count.value();
  Status status;
  if (!row.Step(status)) return status.ok() ? Status::Internal("no counts") : status;
  StoreCounts counts{row.Int(0), row.Int(1), row.Int(2), row.Int(3), row.Int(4), row.Int(5), row.Int(6)};
  row.Reset();
  return counts;
}

Result<std::vector<RunInfo>> Store::Runs() {
  CASUS_RETURN_IF_ERROR(Flush());
  auto query = db_->Prepare(
      "SELECT r.id, r.started, r.kind, r.dictionary_version, r.dictionaries, r.casus_version, "
      "(SELECT COUNT(*) FROM documents d WHERE d.coded_with = r.id), "
      "(SELECT COUNT(*) FROM events e WHERE e.run = r.id) FROM runs r ORDER BY r.id");
  if (!query.ok()) return query.status();
  std::vector<RunInfo> runs;
  Status status;
  Statement& row = *query.value();
  while (row.Step(status)) {
    runs.push_back({row.Int(0), std::string(row.Text(1)), std::string(row.Text(2)), std::string(row.Text(3)),
                    std::string(row.Text(4)), std::string(row.Text(5)), row.Int(6), row.Int(7)});
  }
  if (!status.ok()) return status;
  return runs;
}

Result<std::vector<std::string>> Store::DocumentIds() {
  CASUS_RETURN_IF_ERROR(Flush());
  // Ingest order: a document's first sentence id grows with each ingest.
  auto query = db_->Prepare(
      "SELECT d.id FROM documents d LEFT JOIN sentences s ON s.doc = d.id AND s.idx = 0 ORDER BY s.id, d.id");
  if (!query.ok()) return query.status();
  std::vector<std::string> ids;
  Status status;
  while (query.value()->Step(status)) ids.emplace_back(query.value()->Text(0));
  if (!status.ok()) return status;
  return ids;
}

Result<StoredDocument> Store::LoadDocument(const std::string& id) {
  Statement& row = *load_document_;
  row.BindText(1, id);
  Status status;
  if (!row.Step(status)) {
    row.Reset();
    return status.ok() ? Status::NotFound("no document '" + id + "' in the store") : status;
  }
  StoredDocument doc{std::string(row.Text(0)), std::string(row.Text(1)), std::string(row.Text(2)),
                     {std::string(row.Text(3)), std::string(row.Text(4)), std::string(row.Text(5))}};
  row.Reset();
  return doc;
}

}  // namespace casus::store
