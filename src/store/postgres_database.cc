// The PostgreSQL backend, over libpq. Parameters travel as text (the server
// infers their types from the SQL), rows come back as text, and queries that
// return rows use single-row mode so an export of millions of events never
// holds them all in memory.
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "store/database.h"

namespace casus::store {
namespace {

constexpr Dialect kPostgresDialect = {
    .name = "postgresql",
    .id_column = "BIGSERIAL PRIMARY KEY",
    .real_type = "DOUBLE PRECISION",
    .begin_write = "BEGIN",
    .byte_substring = "convert_from(substring(convert_to({0}, 'UTF8') from {1} + 1 for {2} - {1}), 'UTF8')",
    .week_start = "to_char(date_trunc('week', to_date(substr({0}, 1, 10), 'YYYY-MM-DD')), 'YYYY-MM-DD')",
    // 'simple': no stemming and no stop words, like FTS5's default tokenizer.
    .full_text_schema =
        "ALTER TABLE sentences ADD COLUMN IF NOT EXISTS tsv tsvector;"
        "CREATE INDEX IF NOT EXISTS sentences_full_text ON sentences USING GIN(tsv);",
    .full_text_insert = "UPDATE sentences SET tsv = to_tsvector('simple', ?2) WHERE id = ?1",
    .full_text_delete = "",
    .full_text_match = "s.tsv @@ websearch_to_tsquery('simple', {0})",
    .full_text_syntax = "PostgreSQL websearch_to_tsquery syntax",
};

// "?12" -> "$12" outside string literals and quoted names.
std::string ToDollarParameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?') {
      c = '$';
    }
    out += c;
  }
  return out;
}

std::string ErrorText(PGconn* conn, const PGresult* result) {
  const char* message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  std::string text = message != nullptr ? message : "unknown error";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return "postgresql: " + text;
}

bool Succeeded(const PGresult* result) {
  ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE;
}

class PostgresStatement final : public Statement {
 public:
  PostgresStatement(PGconn* conn, std::string name, int parameters)
      : conn_(conn), name_(std::move(name)), values_(static_cast<size_t>(parameters)) {}
  ~PostgresStatement() override {
    Reset();
    PQclear(PQexec(conn_, ("DEALLOCATE " + name_).c_str()));
  }
  PostgresStatement(const PostgresStatement&) = delete;
  PostgresStatement& operator=(const PostgresStatement&) = delete;

  void BindText(int index, std::string_view text) override { Slot(index) = std::string(text); }
  void BindInt(int index, int64_t value) override { Slot(index) = std::to_string(value); }
  void BindDouble(int index, double value) override { Slot(index) = fmt::format("{}", value); }
  void BindNull(int index) override { Slot(index).reset(); }

  bool Step(Status& status) override {
    if (!sent_) {
      std::vector<const char*> values = Values();
      if (PQsendQueryPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                              nullptr, 0) == 0) {
        status = Status::IoError(ErrorText(conn_, nullptr));
        return false;
      }
      PQsetSingleRowMode(conn_);
      sent_ = true;
    }
    PQclear(row_);
    row_ = PQgetResult(conn_);
    if (row_ == nullptr) return false;
    if (PQresultStatus(row_) == PGRES_SINGLE_TUPLE) return true;
    if (!Succeeded(row_)) status = Status::IoError(ErrorText(conn_, row_));
    Drain();
    return false;
  }

  Status Run() override {
    std::vector<const char*> values = Values();
    PGresult* result = PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                      nullptr, 0);
    Status status = Succeeded(result) ? Status::Ok() : Status::IoError(ErrorText(conn_, result));
    PQclear(result);
    return status;
  }

  void Reset() override {
    Drain();
    for (auto& value : values_) value.reset();
  }

  bool IsNull(int column) const override { return PQgetisnull(row_, 0, column) != 0; }
  int64_t Int(int column) const override { return std::strtoll(PQgetvalue(row_, 0, column), nullptr, 10); }
  double Double(int column) const override { return std::strtod(PQgetvalue(row_, 0, column), nullptr); }
  std::string_view Text(int column) const override {
    return std::string_view(PQgetvalue(row_, 0, column), static_cast<size_t>(PQgetlength(row_, 0, column)));
  }

 private:
  std::optional<std::string>& Slot(int index) {
    size_t i = static_cast<size_t>(index - 1);
    if (i >= values_.size()) values_.resize(i + 1);
    return values_[i];
  }
  std::vector<const char*> Values() const {
    std::vector<const char*> values;
    values.reserve(values_.size());
    for (const auto& value : values_) values.push_back(value ? value->c_str() : nullptr);
    return values;
  }
  // Reads what is left of the current query, so the connection is ready for the next.
  void Drain() {
    PQclear(row_);
    row_ = nullptr;
    if (!sent_) return;
    while (PGresult* rest = PQgetResult(conn_)) PQclear(rest);
    sent_ = false;
  }

  PGconn* conn_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;
  PGresult* row_ = nullptr;
  bool sent_ = false;
};

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(PGconn* conn) : conn_(conn) {}
  ~PostgresDatabase() override { PQfinish(conn_); }
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  Status Exec(const std::string& sql) override {
    PGresult* result = PQexec(conn_, sql.c_str());
    Status status = Succeeded(result) ? Status::Ok() : Status::IoError(ErrorText(conn_, result));
    PQclear(result);
    return status;
  }

  Result<std::unique_ptr<Statement>> Prepare(std::string_view sql) override {
    std::string name = "casus_" + std::to_string(++statements_);
    PGresult* result = PQprepare(conn_, name.c_str(), ToDollarParameters(sql).c_str(), 0, nullptr);
    if (!Succeeded(result)) {
      Status status = Status::IoError(ErrorText(conn_, result));
      PQclear(result);
      return status;
    }
    PQclear(result);
    PGresult* described = PQdescribePrepared(conn_, name.c_str());
    int parameters = Succeeded(described) ? PQnparams(described) : 0;
    PQclear(described);
    return std::unique_ptr<Statement>(new PostgresStatement(conn_, std::move(name), parameters));
  }

  const Dialect& dialect() const override { return kPostgresDialect; }

  Status Configure() override {
    // "relation already exists, skipping" and the like are not for the user.
    return Exec("SET client_min_messages = warning");
  }

  void SetDeadline(std::chrono::steady_clock::time_point deadline) override {
    // The server's statement_timeout (0: none) from the time left now; a
    // failure to set it leaves the previous one, and the next statement reports
    // a broken connection anyway.
    int64_t ms = 0;
    if (deadline != std::chrono::steady_clock::time_point::max())
      ms = std::max<int64_t>(1, std::chrono::duration_cast<std::chrono::milliseconds>(
                                    deadline - std::chrono::steady_clock::now()).count());
    (void)Exec("SET statement_timeout = " + std::to_string(ms));
  }

 private:
  PGconn* conn_;
  int64_t statements_ = 0;
};

// The library never prints: notices are dropped (errors come back as Status).
void IgnoreNotice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<Database>> OpenPostgresDatabase(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (conn == nullptr) return Status::IoError("postgresql: out of memory while connecting");
  if (PQstatus(conn) != CONNECTION_OK) {
    // Not the URI: it may hold a password. libpq's message names host and port.
    Status status = Status::IoError("cannot connect to the PostgreSQL store: " + ErrorText(conn, nullptr));
    PQfinish(conn);
    return status;
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return std::unique_ptr<Database>(new PostgresDatabase(conn));
}

}  // namespace casus::store
