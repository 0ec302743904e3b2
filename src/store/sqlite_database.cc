// The SQLite backend: RAII over the C API. Statements are prepared once and
// reused (Reset) because preparing per row costs more than the insert itself.
#include <sqlite3.h>

#include <chrono>
#include <utility>

#include "store/database.h"

namespace casus::store {
namespace {

constexpr Dialect kSqliteDialect = {
    .name = "sqlite",
    .id_column = "INTEGER PRIMARY KEY",
    .real_type = "REAL",
    // IMMEDIATE: take the write lock now rather than fail midway on upgrade.
    .begin_write = "BEGIN IMMEDIATE",
    // substr over a BLOB counts bytes, matching our byte offsets; over TEXT it
    // would count characters.
    .byte_substring = "CAST(substr(CAST({0} AS BLOB), {1} + 1, {2} - {1}) AS TEXT)",
    // 'weekday 0' moves to the coming Sunday (or stays on one); six days back is Monday.
    .week_start = "date({0}, 'weekday 0', '-6 days')",
    // rowid = sentences.id, so a document's rows are deleted by rowid lookup
    // instead of a scan of the whole full-text table.
    .full_text_schema = "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(text);",
    .full_text_insert = "INSERT INTO sentence_fts(rowid, text) VALUES(?1, ?2)",
    .full_text_delete = "DELETE FROM sentence_fts WHERE rowid IN (SELECT id FROM sentences WHERE doc = ?1)",
    .full_text_match = "s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH {0})",
    .full_text_syntax = "SQLite FTS5 query syntax",
};

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void BindText(int index, std::string_view text) override {
    // SQLITE_TRANSIENT: SQLite copies, so callers may bind temporaries.
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int index, int64_t value) override { sqlite3_bind_int64(stmt_, index, value); }
  void BindDouble(int index, double value) override { sqlite3_bind_double(stmt_, index, value); }
  void BindNull(int index) override { sqlite3_bind_null(stmt_, index); }

  bool Step(Status& status) override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_INTERRUPT) status = Status::LimitExceeded("sqlite: the statement ran past its deadline");
    else if (rc != SQLITE_DONE) status = Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
    return false;
  }
  Status Run() override {
    Status status;
    while (Step(status)) {
    }
    return status;
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  bool IsNull(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double Double(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string_view Text(int column) const override {
    const void* bytes = sqlite3_column_blob(stmt_, column);
    int size = sqlite3_column_bytes(stmt_, column);
    if (bytes == nullptr || size <= 0) return {};
    return std::string_view(static_cast<const char*>(bytes), static_cast<size_t>(size));
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(sqlite3* db) : db_(db) {}
  ~SqliteDatabase() override { sqlite3_close_v2(db_); }
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  Status Exec(const std::string& sql) override {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return Status::Ok();
    std::string text = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return Status::IoError("sqlite: " + text);
  }

  Result<std::unique_ptr<Statement>> Prepare(std::string_view sql) override {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                nullptr);
    if (rc != SQLITE_OK) return Status::IoError(std::string("sqlite: preparing a statement: ") + sqlite3_errmsg(db_));
    return std::unique_ptr<Statement>(new SqliteStatement(db_, stmt));
  }

  const Dialect& dialect() const override { return kSqliteDialect; }

  Status Configure() override {
    // WAL: readers (query, stats) never block the ingest, and a killed ingest
    // loses at most its open transaction. NORMAL sync is durable at checkpoints
    // and never corrupts in WAL mode.
    return Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;");
  }

  void SetDeadline(std::chrono::steady_clock::time_point deadline) override {
    deadline_ = deadline;
    if (deadline == std::chrono::steady_clock::time_point::max()) sqlite3_progress_handler(db_, 0, nullptr, nullptr);
    else sqlite3_progress_handler(db_, kStepsBetweenDeadlineChecks, &SqliteDatabase::PastDeadline, this);
  }

 private:
  // SQLite calls the progress handler every this many virtual-machine steps:
  // often enough to stop within milliseconds, rarely enough to cost nothing measurable.
  static constexpr int kStepsBetweenDeadlineChecks = 10000;
  // Non-zero stops the running statement with SQLITE_INTERRUPT.
  static int PastDeadline(void* self) {
    return std::chrono::steady_clock::now() >= static_cast<SqliteDatabase*>(self)->deadline_ ? 1 : 0;
  }

  sqlite3* db_;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
};

}  // namespace

Result<std::unique_ptr<Database>> OpenSqliteDatabase(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status status = Status::IoError("cannot open database '" + path + "': " +
                                    (db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close_v2(db);
    return status;
  }
  // Another process (a second ingest, a query) may hold the lock briefly.
  sqlite3_busy_timeout(db, 10000);
  return std::unique_ptr<Database>(new SqliteDatabase(db));
}

bool IsPostgresLocation(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<std::unique_ptr<Database>> OpenDatabase(const std::string& location, bool read_only) {
  if (IsPostgresLocation(location)) {
    if (read_only) return Status::Invalid("'" + location + "': read-only access is for SQLite stores");
    return OpenPostgresDatabase(location);
  }
  return OpenSqliteDatabase(location, read_only);
}

}  // namespace casus::store
