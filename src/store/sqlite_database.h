// Thin RAII wrappers over the SQLite C API: a connection and a prepared
// statement. They turn SQLite's result codes into Status so the store never
// prints or throws, and statements are prepared once and reused (Reset) because
// preparing per row costs more than the insert itself.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "casus/status.h"

namespace casus::store {

class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement& operator=(Statement&& other) noexcept;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  void BindText(int index, std::string_view text);
  void BindTextOrNull(int index, std::string_view text);  // empty text binds NULL
  void BindInt(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindNull(int index);

  // Steps once: true with a row, false when done; `status` is set on error.
  bool Step(Status& status);
  // Runs to completion (for statements that return no rows).
  Status Run();
  // Clears the bindings and rewinds, ready for the next use.
  void Reset();

  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Double(int column) const { return sqlite3_column_double(stmt_, column); }
  // Bytes of a text or blob column; valid until the next Step or Reset.
  std::string_view Text(int column) const;

  bool prepared() const { return stmt_ != nullptr; }

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Read-only connections never create, write or change the journal mode.
  Status Open(const std::string& path, bool read_only = false);
  // Runs one or more statements that take no parameters.
  Status Exec(const std::string& sql);
  Result<Statement> Prepare(std::string_view sql);
  // The latest error message, prefixed with what we were doing.
  Status Error(std::string_view what) const;
  int64_t LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
  bool is_open() const { return db_ != nullptr; }
  // The raw connection, for per-connection settings such as a progress handler.
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace casus::store
