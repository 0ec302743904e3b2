// The store's tables (docs/store.md). One schema for every backend; SQL here is
// plain enough to run on PostgreSQL later with the same column names.
#pragma once

#include "casus/status.h"
#include "store/sqlite_database.h"

namespace casus::store {

// Bumped when a table changes; stored in PRAGMA user_version.
inline constexpr int kSchemaVersion = 1;

// Creates the tables and indexes that are missing, and the full-text table on
// sentence text when SQLite was built with FTS5. Sets `has_fts`.
Status CreateSchema(Database& db, bool& has_fts);

// Checks that an existing store (opened read-only) has the tables, and sets
// `has_fts` when it has the full-text table. Changes nothing.
Status ReadSchema(Database& db, bool& has_fts);

}  // namespace casus::store
