// The Store: coded documents, their sentences, events and extras (quotations,
// reported counts, places) in SQLite or PostgreSQL (docs/store.md). Ingest is
// idempotent by document id: putting a document again replaces its rows for
// the current run inside one savepoint, so a document is either fully stored
// or not at all even if the process is killed.
//
// Runs: every coding is tagged with a run (which dictionaries, which casus).
// A document's current events are those of the run that coded it last
// (documents.coded_with); `casus recode` adds a run and older runs' events stay.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/cameo.h"
#include "casus/dedup.h"
#include "casus/doc.h"
#include "casus/status.h"
#include "store/database.h"

namespace casus::store {

// What a reader knows about a document beyond its id, date and text.
struct DocumentInfo {
  std::string title;
  std::string source;
  std::string url;
};

// A stored document, as read back for recoding.
struct StoredDocument {
  std::string id, date, text;
  DocumentInfo info;
};

struct StoreOptions {
  // Documents per transaction: larger batches ingest faster, smaller ones lose
  // less work when killed (a killed batch is simply re-ingested).
  int batch_size = 200;
  // Opens an existing SQLite store for reading only (casus serve): nothing is
  // created or written, and BeginRun and Put fail.
  bool read_only = false;
};

struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t events = 0;
  int64_t quotations = 0;
  int64_t actors = 0;  // distinct actor codes on either side of an event
  int64_t unique_events = 0;  // events that are no other event's duplicate (first reports)
  int64_t counts = 0;         // reported counts
};

// What LinkReports did.
struct ReportLinks {
  int64_t events = 0;   // current events read
  int64_t unique = 0;   // of which first reports
  int64_t changed = 0;  // rows whose links or counts changed
};

struct RunInfo {
  int64_t id = 0;
  std::string started;             // UTC, ISO 8601
  std::string kind;                // "ingest" or "recode"
  std::string dictionary_version;  // a fingerprint of the dictionary files and casus version
  std::string dictionaries;        // which dictionaries, for people
  std::string casus_version;
  int64_t documents = 0;           // documents whose current coding is this run
  int64_t events = 0;              // events stored under this run
};

class Store {
 public:
  // `location`: an SQLite file path (created when missing) or a PostgreSQL URI.
  static Result<std::unique_ptr<Store>> Open(const std::string& location, StoreOptions options = {});
  // Commits the open batch; call Flush first to see its Status.
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Tags what Put stores next with a run. With `reuse_latest`, the latest run
  // is reused when it has the same dictionary_version (ingesting again after a
  // crash continues its run); otherwise a new run is recorded. Returns its id.
  Result<int64_t> BeginRun(const RunInfo& run, bool reuse_latest);
  // Stores a coded document, replacing its earlier rows in the current run.
  Status Put(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info);
  // Commits the documents Put since the last commit.
  Status Flush();

  // Deduplication (docs/store.md): runs casus::Deduplicate, the step `casus
  // dedup` runs on JSON lines, over every document's current events in ingest
  // order, and stores each event's duplicate_of, reports and sources (distinct
  // news sources among the reports; a document without a source counts as
  // one). Links across ingests come from this: a later document links to an
  // earlier one. Nothing is deleted; events of older runs keep their links.
  Result<ReportLinks> LinkReports(const DedupOptions& options);

  Result<StoreCounts> Counts();
  Result<std::vector<RunInfo>> Runs();
  // Every document id, in ingest order; then one document by id.
  Result<std::vector<std::string>> DocumentIds();
  Result<StoredDocument> LoadDocument(const std::string& id);

  bool has_full_text() const { return has_full_text_; }
  Database& database() { return *db_; }
  const Dialect& dialect() const { return db_->dialect(); }

 private:
  Store() = default;
  Status PrepareStatements();
  Status DeleteDocument(std::string_view id);
  Status InsertRows(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info);
  Status InsertExtras(const Doc& doc);

  StoreOptions options_;
  std::unique_ptr<Database> db_;
  bool has_full_text_ = false;
  bool in_transaction_ = false;
  int pending_ = 0;
  int64_t run_ = 0;
  std::unique_ptr<Statement> delete_full_text_, delete_events_, delete_quotations_, delete_counts_, delete_places_,
      delete_sentences_, upsert_document_, insert_sentence_, insert_full_text_, insert_event_, insert_quotation_,
      insert_count_, insert_place_, load_document_;
};



}  // namespace casus::store
