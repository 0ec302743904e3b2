#include "store/schema.h"

#include <string>

#include <fmt/format.h>

namespace casus::store {
namespace {

// Documents keep their full text so sentences, actors and triggers can be
// re-read from byte offsets and documents re-coded (casus recode) without the
// input. Sentences belong to the document; events and extras belong to the
// run that coded them, so older runs stay addressable after a recode.
// {id}: an auto-numbered key; {real}: a double.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs(
  id {id},
  started TEXT NOT NULL,
  kind TEXT NOT NULL,
  dictionary_version TEXT NOT NULL,
  dictionaries TEXT NOT NULL,
  casus_version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY,
  date TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  coded_with BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences(
  id {id},
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  "begin" INTEGER NOT NULL,
  "end" INTEGER NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS sentences_by_doc ON sentences(doc, idx);
CREATE TABLE IF NOT EXISTS events(
  id {id},
  run BIGINT NOT NULL,
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  date TEXT,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  penta INTEGER NOT NULL,
  goldstein {real} NOT NULL,
  plover TEXT,
  source_code TEXT, source_text TEXT, source_begin INTEGER, source_end INTEGER,
  target_code TEXT, target_text TEXT, target_begin INTEGER, target_end INTEGER,
  trigger_text TEXT NOT NULL, trigger_begin INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  place INTEGER,
  event_key TEXT,
  duplicate_of BIGINT,
  reports INTEGER NOT NULL DEFAULT 1,
  sources INTEGER NOT NULL DEFAULT 1);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_doc ON events(doc, run, idx);
CREATE INDEX IF NOT EXISTS events_by_date ON events(date);
CREATE INDEX IF NOT EXISTS events_by_source ON events(source_code);
CREATE INDEX IF NOT EXISTS events_by_target ON events(target_code);
CREATE TABLE IF NOT EXISTS quotations(
  id {id},
  run BIGINT NOT NULL,
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  quote_text TEXT NOT NULL, quote_begin INTEGER NOT NULL, quote_end INTEGER NOT NULL,
  speaker_code TEXT, speaker_text TEXT, speaker_begin INTEGER, speaker_end INTEGER,
  verb TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS quotations_by_doc ON quotations(doc, run, idx);
CREATE TABLE IF NOT EXISTS reported_counts(
  id {id},
  run BIGINT NOT NULL,
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  text TEXT NOT NULL, text_begin INTEGER NOT NULL, text_end INTEGER NOT NULL,
  number BIGINT NOT NULL,
  kind TEXT NOT NULL,
  actor_code TEXT, actor_text TEXT, actor_begin INTEGER, actor_end INTEGER,
  event INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS reported_counts_by_doc ON reported_counts(doc, run, idx);
CREATE TABLE IF NOT EXISTS places(
  id {id},
  run BIGINT NOT NULL,
  doc TEXT NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL, text_begin INTEGER NOT NULL, text_end INTEGER NOT NULL,
  name TEXT, admin1 TEXT, country TEXT,
  lat {real} NOT NULL, lon {real} NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS places_by_doc ON places(doc, run, idx);
)sql";

// Indexes on columns that version 2 stores gain only when upgraded.
constexpr const char* kIndexesAfterUpgrade = R"sql(
CREATE INDEX IF NOT EXISTS events_by_duplicate ON events(duplicate_of);
)sql";

// Version 2 to 3: deduplication (docs/store.md). Events gain their
// "DOC:SENTENCE:K" id (K: the event's place among its sentence's events, as
// EventIds gives it), the first report they duplicate, and per event the
// number of reports and of distinct news sources. Nothing is deleted; links
// are made by the next ingest, recode or `casus dedup --db`.
constexpr const char* kUpgradeFrom2 = R"sql(
ALTER TABLE events ADD COLUMN event_key TEXT;
ALTER TABLE events ADD COLUMN duplicate_of BIGINT;
ALTER TABLE events ADD COLUMN reports INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 1;
UPDATE events SET event_key = doc || ':' || sentence || ':' ||
  (SELECT COUNT(*) FROM events o WHERE o.doc = events.doc AND o.run = events.run
   AND o.sentence = events.sentence AND o.idx < events.idx);
UPDATE meta SET value = '3' WHERE key = 'schema_version';
)sql";

std::string VersionMismatch(const std::string& stored) {
  return "the store has schema version " + stored + ", this casus reads version " + std::to_string(kSchemaVersion) +
         (stored == "2" ? "; open it once with casus ingest, recode, stats, query or export to upgrade it in place"
                        : "; ingest into a new store");
}

// Upgrades an older store in place, in one transaction: a failure leaves it as it was.
Status Upgrade(Database& db, const std::string& stored) {
  if (stored != "2") return Status::Invalid(VersionMismatch(stored));
  CASUS_RETURN_IF_ERROR(db.Exec(db.dialect().begin_write));
  Status status = db.Exec(kUpgradeFrom2);
  if (!status.ok()) {
    (void)db.Exec("ROLLBACK");
    return Status::IoError("upgrading the store from schema version 2 to 3 failed: " + status.message());
  }
  return db.Exec("COMMIT");
}

}  // namespace

Status CreateSchema(Database& db, bool& has_full_text) {
  const Dialect& dialect = db.dialect();
  CASUS_RETURN_IF_ERROR(db.Configure());
  CASUS_RETURN_IF_ERROR(
      db.Exec(fmt::format(kTables, fmt::arg("id", dialect.id_column), fmt::arg("real", dialect.real_type))));
  auto version = db.Prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version.ok()) return version.status();
  Status status;
  if (version.value()->Step(status)) {
    std::string stored(version.value()->Text(0));
    version.value()->Reset();
    if (stored != std::to_string(kSchemaVersion)) CASUS_RETURN_IF_ERROR(Upgrade(db, stored));
  } else {
    CASUS_RETURN_IF_ERROR(status);
    CASUS_RETURN_IF_ERROR(
        db.Exec("INSERT INTO meta(key, value) VALUES('schema_version', '" + std::to_string(kSchemaVersion) + "')"));
  }
  CASUS_RETURN_IF_ERROR(db.Exec(kIndexesAfterUpgrade));
  // A SQLite built without FTS5 still stores everything; only --text is missing.
  has_full_text = db.Exec(dialect.full_text_schema).ok();
  return Status::Ok();
}

Status ReadSchema(Database& db, bool& has_full_text) {
  auto version = db.Prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version.ok()) return Status::Invalid("not a casus store (it has no meta table)");
  Status status;
  if (!version.value()->Step(status)) {
    CASUS_RETURN_IF_ERROR(status);
    return Status::Invalid("not a casus store (it has no schema version)");
  }
  std::string stored(version.value()->Text(0));
  version.value()->Reset();
  if (stored != std::to_string(kSchemaVersion)) return Status::Invalid(VersionMismatch(stored));
  // The full-text condition compiles only when the store was created with it.
  has_full_text = db.Prepare(std::string("SELECT 1 FROM sentences s WHERE ") +
                             fmt::format(fmt::runtime(db.dialect().full_text_match), "?1") + " LIMIT 0")
                      .ok();
  return Status::Ok();
}

}  // namespace casus::store
