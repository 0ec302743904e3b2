// The store's view of a SQL database: a connection, prepared statements with
// bound parameters, and the few places where SQLite and PostgreSQL spell
// things differently (Dialect). Store, queries and exports are written once
// against this interface; sqlite_database.cc and postgres_database.cc are the
// only files that know a backend.
//
// SQL text uses numbered parameters ?1, ?2, ... in both dialects (the
// PostgreSQL backend rewrites them to $1, $2, ...). User values are always
// bound, never spliced into SQL.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "casus/status.h"

namespace casus::store {

class Statement {
 public:
  virtual ~Statement() = default;

  // Parameters are 1-based.
  virtual void BindText(int index, std::string_view text) = 0;
  virtual void BindInt(int index, int64_t value) = 0;
  virtual void BindDouble(int index, double value) = 0;
  virtual void BindNull(int index) = 0;
  void BindTextOrNull(int index, std::string_view text) {  // empty text binds NULL
    if (text.empty()) BindNull(index);
    else BindText(index, text);
  }

  // Steps once: true with a row, false when done; `status` is set on error.
  virtual bool Step(Status& status) = 0;
  // Runs to completion, for statements that return no rows.
  virtual Status Run() = 0;
  // Clears the bindings and any unread rows, ready for the next use.
  virtual void Reset() = 0;

  virtual bool IsNull(int column) const = 0;
  virtual int64_t Int(int column) const = 0;
  virtual double Double(int column) const = 0;
  // Bytes of a text column; valid until the next Step or Reset.
  virtual std::string_view Text(int column) const = 0;
};

// SQL that differs between backends. Fragments with {} take the named
// argument (fmt::format); the rest is used as is.
struct Dialect {
  const char* name;              // "sqlite" or "postgresql"
  const char* id_column;         // an auto-numbered 64-bit primary key
  const char* real_type;         // a double
  const char* begin_write;       // starts a write transaction
  // Bytes [begin, end) of a UTF-8 text column, as text: {0} text, {1} begin, {2} end.
  const char* byte_substring;
  const char* week_start;        // the Monday of the week of {0}, a YYYY-MM-DD text, as YYYY-MM-DD
  // Full-text search on sentences (alias s). Schema statements (run when
  // creating the store; their failure means "no full-text search"), the
  // per-sentence statement (?1 sentence id, ?2 text), the per-document delete
  // (?1 document id; empty when deleting sentences suffices) and the condition
  // ({0}: the placeholder of the user's query).
  const char* full_text_schema;
  const char* full_text_insert;
  const char* full_text_delete;
  const char* full_text_match;
  const char* full_text_syntax;  // for messages and docs
};

class Database {
 public:
  virtual ~Database() = default;

  // Runs one or more statements that take no parameters.
  virtual Status Exec(const std::string& sql) = 0;
  virtual Result<std::unique_ptr<Statement>> Prepare(std::string_view sql) = 0;
  virtual const Dialect& dialect() const = 0;
  // Backend-specific set-up before the schema (SQLite: WAL mode).
  virtual Status Configure() = 0;
  // Statements that run past `deadline` stop and fail (SQLite: kLimitExceeded;
  // PostgreSQL: its statement_timeout), so casus serve bounds each request's
  // queries; time_point::max(): no limit.
  virtual void SetDeadline(std::chrono::steady_clock::time_point deadline) = 0;
};

// True for "postgresql://..." and "postgres://..." (libpq connection URIs).
bool IsPostgresLocation(std::string_view location);

// Opens the database at `location`: a PostgreSQL URI or an SQLite file path
// (created when missing). `read_only` (SQLite only): an existing file opened
// for reading, never created, written or switched to another journal mode.
Result<std::unique_ptr<Database>> OpenDatabase(const std::string& location, bool read_only = false);
Result<std::unique_ptr<Database>> OpenSqliteDatabase(const std::string& path, bool read_only = false);
Result<std::unique_ptr<Database>> OpenPostgresDatabase(const std::string& uri);

}  // namespace casus::store
