#include "store/schema.h"

#include <string>

namespace casus::store {
namespace {

// Documents keep their full text so sentences, actors and triggers can be
// re-read from byte offsets and documents re-coded later without the input.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  dictionary_version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY,
  date TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  coded_with INTEGER REFERENCES runs(id));
CREATE TABLE IF NOT EXISTS sentences(
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS sentences_by_doc ON sentences(doc, idx);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  date TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  penta INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  source_code TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER,
  target_code TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER,
  trigger_text TEXT NOT NULL, trigger_begin INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  run INTEGER REFERENCES runs(id));
CREATE INDEX IF NOT EXISTS events_by_doc ON events(doc);
CREATE INDEX IF NOT EXISTS events_by_date ON events(date);
CREATE INDEX IF NOT EXISTS events_by_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_by_target ON events(target_code);
)sql";

// rowid = sentences.id, so a document's rows are deleted by rowid lookup
// instead of a scan of the whole full-text table.
constexpr const char* kFullText = "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(text);";

}  // namespace

Status CreateSchema(Database& db, bool& has_fts) {
  // WAL: readers (query, stats) never block the ingest, and a killed ingest
  // loses at most its open transaction. NORMAL sync is durable at checkpoints
  // and never corrupts in WAL mode.
  CASUS_RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"));
  CASUS_RETURN_IF_ERROR(db.Exec(kTables));
  CASUS_RETURN_IF_ERROR(db.Exec("PRAGMA user_version=" + std::to_string(kSchemaVersion) + ";"));
  // A SQLite built without FTS5 still stores everything; only --text is missing.
  has_fts = db.Exec(kFullText).ok();
  return Status::Ok();
}

Status ReadSchema(Database& db, bool& has_fts) {
  auto tables = db.Prepare(
      "SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'sentences', "
      "'events')), (SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentence_fts')");
  if (!tables.ok()) return Status::Invalid("not a casus store: " + tables.status().message());
  Status status;
  if (!tables->Step(status)) return status.ok() ? Status::Internal("no schema row") : status;
  if (tables->Int(0) != 3) return Status::Invalid("not a casus store (no documents, sentences and events tables)");
  has_fts = tables->Int(1) > 0;
  return Status::Ok();
}

}  // namespace casus::store
