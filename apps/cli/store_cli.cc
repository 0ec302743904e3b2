#include "store_cli.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "store/database.h"

namespace casus::cli {

std::string DefaultStorePath() {
  auto env = [](const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string(value) : std::string();
  };
  if (std::string db = env("CASUS_DB"); !db.empty()) return db;
  if (std::string data = env("XDG_DATA_HOME"); !data.empty()) return data + "/casus/casus.db";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.local/share/casus/casus.db";
  return "casus.db";
}

void AddStoreOption(CLI::App& command, std::string& db) {
  db = DefaultStorePath();
  command.add_option("--db", db,
                     "the store: an SQLite file or a postgresql:// URI (default: $CASUS_DB, else "
                     "$XDG_DATA_HOME/casus/casus.db or ~/.local/share/casus/casus.db)")
      ->capture_default_str();
}

Result<std::unique_ptr<store::Store>> OpenExistingStore(const std::string& location) {
  std::error_code ignored;
  if (!store::IsPostgresLocation(location) && !std::filesystem::exists(location, ignored))
    return Status::NotFound("no store at '" + location + "'");
  return store::Store::Open(location);
}

std::string DisplayLocation(const std::string& location) {
  if (!store::IsPostgresLocation(location)) return location;
  size_t scheme = location.find("://") + 3;
  size_t at = location.find('@', scheme);
  size_t colon = location.find(':', scheme);
  if (at == std::string::npos || colon == std::string::npos || colon > at) return location;
  return location.substr(0, colon + 1) + "***" + location.substr(at);
}

int FailWith(const std::string& message) {
  std::cerr << "casus: " << message << '\n';
  return kExitFailure;
}

Progress::Progress(std::string verb, uint64_t every)
    : verb_(std::move(verb)), every_(every), terminal_(isatty(fileno(stderr)) != 0) {}

std::string Progress::Counts(uint64_t documents, uint64_t events) const {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double per_second = seconds > 0 ? 1.0 / seconds : 0.0;
  return fmt::format("{} {} documents, {} events in {:.2f}s ({:.1f} documents/s, {:.1f} events/s)", verb_, documents,
                     events, seconds, static_cast<double>(documents) * per_second,
                     static_cast<double>(events) * per_second);
}

void Progress::Update(uint64_t documents, uint64_t events, double fraction) {
  if (!terminal_) {
    if (every_ > 0 && documents % every_ == 0) std::cerr << "casus: " << Counts(documents, events) << '\n';
    return;
  }
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  constexpr int kWidth = 24;
  std::string bar = "[";
  std::string left;
  if (fraction >= 0) {
    fraction = std::min(fraction, 1.0);
    int filled = static_cast<int>(fraction * kWidth);
    bar += std::string(static_cast<size_t>(filled), '#') + std::string(static_cast<size_t>(kWidth - filled), '.');
    double seconds = std::chrono::duration<double>(now - start_).count();
    if (fraction > 0.01) left = fmt::format(", about {:.0f}s left", seconds * (1.0 - fraction) / fraction);
  } else {
    bar += std::string(kWidth, '?');
  }
  bar += "] ";
  // \x1b[K clears what a longer previous line left behind.
  std::cerr << '\r' << bar << Counts(documents, events) << left << "\x1b[K" << std::flush;
}

void Progress::Finish(uint64_t documents, uint64_t events) {
  if (terminal_) std::cerr << "\r\x1b[K";
  std::cerr << "casus: " << Counts(documents, events) << ", done\n";
}

}  // namespace casus::cli
