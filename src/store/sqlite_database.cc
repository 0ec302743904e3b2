#include "store/sqlite_database.h"

#include <utility>

namespace casus::store {

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

void Statement::BindText(int index, std::string_view text) {
  // SQLITE_TRANSIENT: SQLite copies, so callers may bind temporaries.
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::BindTextOrNull(int index, std::string_view text) {
  if (text.empty()) BindNull(index);
  else BindText(index, text);
}

void Statement::BindInt(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
void Statement::BindDouble(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }

bool Statement::Step(Status& status) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status = Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return false;
}

Status Statement::Run() {
  Status status;
  while (Step(status)) {
  }
  return status;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string_view Statement::Text(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  int size = sqlite3_column_bytes(stmt_, column);
  if (bytes == nullptr || size <= 0) return {};
  return std::string_view(static_cast<const char*>(bytes), static_cast<size_t>(size));
}

Database::~Database() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Status Database::Open(const std::string& path, bool read_only) {
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status status = Status::IoError("cannot open database '" + path + "': " +
                                    (db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory"));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return status;
  }
  // Another process (a second ingest, a query) may hold the lock briefly.
  sqlite3_busy_timeout(db_, 10000);
  return Status::Ok();
}

Status Database::Exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string text = message != nullptr ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return Status::IoError("sqlite: " + text);
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                              nullptr);
  if (rc != SQLITE_OK) return Error("preparing a statement");
  return Statement(db_, stmt);
}

Status Database::Error(std::string_view what) const {
  return Status::IoError(std::string("sqlite: ") + std::string(what) + ": " + sqlite3_errmsg(db_));
}

}  // namespace casus::store
