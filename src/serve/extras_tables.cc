#include "serve/extras_tables.h"

namespace casus::serve {

Status CreateExtrasTables(store::Database& db) {
  return db.Exec(R"sql(
CREATE TABLE IF NOT EXISTS event_places(
  event INTEGER PRIMARY KEY,
  name TEXT, admin1 TEXT, country TEXT,
  lat REAL NOT NULL, lon REAL NOT NULL,
  begin INTEGER, end INTEGER);
CREATE TABLE IF NOT EXISTS quotations(
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  sentence INTEGER,
  speaker_code TEXT, speaker_text TEXT, speaker_begin INTEGER, speaker_end INTEGER,
  verb TEXT,
  quote_text TEXT NOT NULL, quote_begin INTEGER NOT NULL, quote_end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quotations_by_doc ON quotations(doc);
)sql");
}

Result<ExtrasPresent> FindExtrasTables(store::Database& db) {
  auto query = db.Prepare(
      "SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'event_places'), "
      "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'quotations')");
  if (!query.ok()) return query.status();
  Status status;
  if (!query->Step(status)) return status.ok() ? Status::Internal("no row") : status;
  return ExtrasPresent{query->Int(0) > 0, query->Int(1) > 0};
}

}  // namespace casus::serve
