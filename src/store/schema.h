// The store's tables (docs/store.md): one schema for every backend, written
// once with the dialect's spelling of the few types that differ.
#pragma once

#include "casus/status.h"
#include "store/database.h"

namespace casus::store {

// Bumped when a table changes; kept in meta('schema_version').
inline constexpr int kSchemaVersion = 3;

// Creates the tables and indexes that are missing, and full-text search on
// sentences when the backend has it (sets `has_full_text`). Upgrades a
// version 2 store in place (one transaction); fails on any other version.
Status CreateSchema(Database& db, bool& has_full_text);

// Checks that an existing store (opened read-only) has this schema version,
// and sets `has_full_text` when it was created with full-text search. Changes nothing.
Status ReadSchema(Database& db, bool& has_full_text);

}  // namespace casus::store
