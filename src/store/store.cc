#include "store/store.h"

#include <ctime>

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

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreOptions options) {
  std::unique_ptr<Store> store(new Store());
  store->options_ = options;
  if (store->options_.batch_size < 1) store->options_.batch_size = 1;
  CASUS_RETURN_IF_ERROR(store->db_.Open(path, options.read_only));
  if (options.read_only) {
    CASUS_RETURN_IF_ERROR(ReadSchema(store->db_, store->has_fts_));
    return store;
  }
  CASUS_RETURN_IF_ERROR(CreateSchema(store->db_, store->has_fts_));
  CASUS_RETURN_IF_ERROR(store->PrepareStatements());
  return store;
}

Store::~Store() {
  if (in_transaction_) (void)db_.Exec("COMMIT");
}

Status Store::PrepareStatements() {
  struct Wanted {
    Statement* statement;
    const char* sql;
  };
  const Wanted wanted[] = {
      {&delete_events_, "DELETE FROM events WHERE doc = ?1"},
      {&delete_sentences_, "DELETE FROM sentences WHERE doc = ?1"},
      {&insert_document_,
       "INSERT OR REPLACE INTO documents(id, date, title, source, url, text, coded_with) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&insert_sentence_, "INSERT INTO sentences(doc, idx, begin, end) VALUES(?1, ?2, ?3, ?4)"},
      {&insert_event_,
       "INSERT INTO events(doc, sentence, date, code, root, quad, penta, goldstein, plover, "
       "source_code, source_text, source_begin, source_end, target_code, target_text, target_begin, target_end, "
       "trigger_text, trigger_begin, trigger_end, flags, run) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"},
  };
  for (const Wanted& w : wanted) {
    auto prepared = db_.Prepare(w.sql);
    if (!prepared.ok()) return prepared.status();
    *w.statement = std::move(prepared.value());
  }
  if (has_fts_) {
    auto del = db_.Prepare("DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentences WHERE doc = ?1)");
    if (!del.ok()) return del.status();
    delete_fts_ = std::move(del.value());
    auto ins = db_.Prepare("INSERT INTO sentence_fts(rowid, text) VALUES(?1, ?2)");
    if (!ins.ok()) return ins.status();
    insert_fts_ = std::move(ins.value());
  }
  return Status::Ok();
}

Result<int64_t> Store::BeginRun(std::string_view dictionary_version) {
  auto insert = db_.Prepare("INSERT INTO runs(started, dictionary_version) VALUES(?1, ?2)");
  if (!insert.ok()) return insert.status();
  insert->BindText(1, UtcNow());
  insert->BindText(2, dictionary_version);
  CASUS_RETURN_IF_ERROR(insert->Run());
  run_ = db_.LastInsertRowId();
  return run_;
}

Status Store::DeleteDocument(std::string_view id) {
  // Full-text rows first: they are found through the sentences about to go.
  Statement* in_order[] = {&delete_fts_, &delete_events_, &delete_sentences_};
  for (Statement* statement : in_order) {
    if (!statement->prepared()) continue;
    statement->BindText(1, id);
    Status status = statement->Run();
    statement->Reset();
    CASUS_RETURN_IF_ERROR(status);
  }
  return Status::Ok();
}

Status Store::InsertRows(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info) {
  Statement& d = insert_document_;
  d.BindText(1, doc.id);
  d.BindTextOrNull(2, doc.date);
  d.BindTextOrNull(3, info.title);
  d.BindTextOrNull(4, info.source);
  d.BindTextOrNull(5, info.url);
  d.BindText(6, doc.text);
  if (run_ != 0) d.BindInt(7, run_);
  Status status = d.Run();
  d.Reset();
  CASUS_RETURN_IF_ERROR(status);

  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    Statement& s = insert_sentence_;
    s.BindText(1, doc.id);
    s.BindInt(2, static_cast<int64_t>(i));
    s.BindInt(3, sentence.begin);
    s.BindInt(4, sentence.end);
    status = s.Run();
    s.Reset();
    CASUS_RETURN_IF_ERROR(status);
    if (!insert_fts_.prepared()) continue;
    insert_fts_.BindInt(1, db_.LastInsertRowId());
    insert_fts_.BindText(2, doc.Surface(sentence.begin, sentence.end));
    status = insert_fts_.Run();
    insert_fts_.Reset();
    CASUS_RETURN_IF_ERROR(status);
  }

  for (const Event& event : doc.events) {
    const CameoCode& code = cameo.at(event.cameo);
    Statement& e = insert_event_;
    e.BindText(1, doc.id);
    e.BindInt(2, event.sentence);
    if (event.day != 0) e.BindText(3, FormatIsoDate(event.day));
    else e.BindTextOrNull(3, doc.date);
    e.BindText(4, code.code);
    e.BindText(5, code.root);
    e.BindInt(6, code.quad);
    e.BindInt(7, code.penta);
    e.BindDouble(8, code.goldstein);
    e.BindTextOrNull(9, code.plover);
    int column = 10;
    for (const ActorRef* actor : {&event.source, &event.target}) {
      if (actor->present()) {
        e.BindText(column, doc.words.Text(actor->code));
        e.BindText(column + 1, doc.Surface(actor->begin, actor->end));
        e.BindInt(column + 2, actor->begin);
        e.BindInt(column + 3, actor->end);
      }  // else all four stay NULL
      column += 4;
    }
    e.BindText(18, doc.Surface(event.trigger.begin, event.trigger.end));
    e.BindInt(19, event.trigger.begin);
    e.BindInt(20, event.trigger.end);
    e.BindInt(21, event.flags & kStoredFlags);
    if (run_ != 0) e.BindInt(22, run_);
    status = e.Run();
    e.Reset();
    CASUS_RETURN_IF_ERROR(status);
  }
  return Status::Ok();
}

Status Store::Put(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info) {
  if (!in_transaction_) {
    // IMMEDIATE: take the write lock now rather than fail midway on upgrade.
    CASUS_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
    in_transaction_ = true;
  }
  // A savepoint per document: one that fails leaves nothing behind, and the
  // rest of the batch still commits.
  CASUS_RETURN_IF_ERROR(db_.Exec("SAVEPOINT document"));
  Status status = DeleteDocument(doc.id);
  if (status.ok()) status = InsertRows(doc, cameo, info);
  if (!status.ok()) {
    (void)db_.Exec("ROLLBACK TO document; RELEASE document");
    return status;
  }
  CASUS_RETURN_IF_ERROR(db_.Exec("RELEASE document"));
  if (++pending_ >= options_.batch_size) return Flush();
  return Status::Ok();
}

Status Store::Flush() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  pending_ = 0;
  return db_.Exec("COMMIT");
}

Result<StoreCounts> Store::Counts() {
  CASUS_RETURN_IF_ERROR(Flush());
  auto count = db_.Prepare(
      "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM events), "
      "(SELECT COUNT(*) FROM (SELECT source_code FROM events WHERE source_code IS NOT NULL "
      "UNION SELECT target_code FROM events WHERE target_code IS NOT NULL))");
  if (!count.ok()) return count.status();
  Status status;
  if (!count->Step(status)) return status.ok() ? Status::Internal("no counts") : status;
  return StoreCounts{count->Int(0), count->Int(1), count->Int(2), count->Int(3)};
}

}  // namespace casus::store
