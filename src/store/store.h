// The Store: coded documents, their sentences and events in an SQLite file
// (docs/store.md). Ingest is idempotent by document id: putting a document
// again replaces all its rows, inside one transaction, so a document is either
// fully stored or not at all even if the process is killed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "casus/cameo.h"
#include "casus/doc.h"
#include "casus/status.h"
#include "store/sqlite_database.h"

namespace casus::store {

// What a reader knows about a document beyond its id, date and text.
struct DocumentInfo {
  std::string title;
  std::string source;
  std::string url;
};

struct StoreOptions {
  // Documents per transaction: larger batches ingest faster, smaller ones lose
  // less work when killed (a killed batch is simply re-ingested).
  int batch_size = 200;
  // Opens an existing store for reading only (casus serve): nothing is created
  // or written, and Put fails.
  bool read_only = false;
};

struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t events = 0;
  int64_t actors = 0;  // distinct actor codes on either side of an event
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path, StoreOptions options = {});
  // Commits the open batch; call Flush first to see its Status.
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Records a coding run (dictionaries used) and tags what Put stores next with it.
  Result<int64_t> BeginRun(std::string_view dictionary_version);
  // Stores a coded document, replacing any earlier rows with its id.
  Status Put(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info);
  // Commits the documents Put since the last commit.
  Status Flush();

  Result<StoreCounts> Counts();
  bool has_full_text() const { return has_fts_; }
  Database& database() { return db_; }

 private:
  Store() = default;
  Status PrepareStatements();
  Status DeleteDocument(std::string_view id);
  Status InsertRows(const Doc& doc, const CameoTable& cameo, const DocumentInfo& info);

  StoreOptions options_;
  Database db_;
  bool has_fts_ = false;
  bool in_transaction_ = false;
  int pending_ = 0;
  int64_t run_ = 0;
  Statement delete_fts_, delete_events_, delete_sentences_, insert_document_, insert_sentence_, insert_fts_,
      insert_event_;
};

}  // namespace casus::store
