// What the store commands (ingest, recode, stats, query, export) share: where
// the default store is, opening a store that must exist, and progress lines.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "store/store.h"

namespace casus::cli {

// The embedded default store: $CASUS_DB, else $XDG_DATA_HOME/casus/casus.db,
// else ~/.local/share/casus/casus.db, else ./casus.db.
std::string DefaultStorePath();

// Adds --db (defaulting to DefaultStorePath()) to `command`.
void AddStoreOption(CLI::App& command, std::string& db);

// Opens a store that must already exist: read-only commands must not create an
// empty SQLite file by mistake (a PostgreSQL store is always "there").
Result<std::unique_ptr<store::Store>> OpenExistingStore(const std::string& location);

// `location` for messages: a PostgreSQL URI's password is hidden.
std::string DisplayLocation(const std::string& location);

// Prints "casus: MESSAGE" on stderr and returns kExitFailure.
int FailWith(const std::string& message);

// Progress on stderr: on a terminal one line redrawn in place with a bar,
// documents, events, rate and time left; otherwise a plain line every
// `every` documents, and a last line when done.
class Progress {
 public:
  Progress(std::string verb, uint64_t every);
  // `fraction` of the work done, 0-1, or negative when unknown.
  void Update(uint64_t documents, uint64_t events, double fraction);
  void Finish(uint64_t documents, uint64_t events);

 private:
  std::string Counts(uint64_t documents, uint64_t events) const;
  std::string verb_;
  uint64_t every_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace casus::cli
