// casus dedup: links reports of the same event in event JSON lines (casus code
// output), writing every line back with "id", "duplicate_of" and "reports".
#include <fstream>
#include <iostream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "casus/dedup.h"
#include "commands.h"
#include "core/text_util.h"
#include "store_cli.h"

namespace casus::cli {
namespace {

using Json = nlohmann::ordered_json;

struct DedupCommandOptions {
  std::string mode = "day";
  int window_days = 2;
  std::string db;  // a store to link instead of JSON lines
  std::vector<std::string> files;
};

// One input line: an event (parsed), or any other line (written back as it came).
struct Line {
  std::string raw;
  Json event;           // null for lines that are not events
  int32_t index = -1;   // into the events, or -1
};

std::string CodeOf(const Json& side) {
  if (side.is_object() && side.contains("code") && side["code"].is_string()) return side["code"].get<std::string>();
  return "";
}

// Reads what deduplication needs from an event object; "" when fine, else what is wrong.
std::string ReadEvent(const Json& j, DedupEvent& out) {
  for (const char* field : {"doc", "code", "root"})
    if (!j.contains(field) || !j[field].is_string()) return std::string("field \"") + field + "\" is missing or not a string";
  if (!j.contains("sentence") || !j["sentence"].is_number_integer()) return "field \"sentence\" is missing or not an integer";
  for (const char* field : {"source", "target"})
    if (j.contains(field) && !j[field].is_null() && !j[field].is_object())
      return std::string("field \"") + field + "\" is neither an object nor null";
  out.doc = j["doc"].get<std::string>();
  out.code = j["code"].get<std::string>();
  out.root = j["root"].get<std::string>();
  out.source = j.contains("source") ? CodeOf(j["source"]) : "";
  out.target = j.contains("target") ? CodeOf(j["target"]) : "";
  out.has_day = false;
  if (j.contains("date") && !j["date"].is_null()) {
    if (!j["date"].is_string() || !ParseIsoDate(j["date"].get<std::string>(), out.day))
      return "field \"date\" is not a YYYY-MM-DD date or null";
    out.has_day = true;
  }
  out.place.clear();
  if (j.contains("location") && j["location"].is_object()) {
    const Json& l = j["location"];
    std::string name = l.contains("name") && l["name"].is_string() ? l["name"].get<std::string>() : "";
    std::string country = l.contains("country") && l["country"].is_string() ? l["country"].get<std::string>() : "";
    out.place = DedupPlace(name, country);
  }
  return "";
}

// --db: the store's current events, linked in place (what ingest does after coding).
int LinkStore(const DedupCommandOptions& options, const DedupOptions& dedup) {
  if (!options.files.empty()) return FailWith("casus dedup: give either --db or event files, not both");
  auto opened = OpenExistingStore(options.db);
  if (!opened.ok()) return FailWith(opened.status().message());
  auto linked = opened.value()->LinkReports(dedup);
  if (!linked.ok()) return FailWith(linked.status().message());
  std::cout << "{\"mode\":\"" << DedupModeName(dedup.mode) << "\",\"events\":" << linked->events
            << ",\"unique\":" << linked->unique << ",\"changed\":" << linked->changed << "}\n";
  return kExitOk;
}

int RunDedup(const DedupCommandOptions& options) {
  DedupOptions dedup;
  dedup.mode = options.mode == "story" ? DedupMode::kStory : DedupMode::kDay;
  dedup.window_days = options.window_days;
  if (!options.db.empty()) return LinkStore(options, dedup);
  std::vector<Line> lines;
  std::vector<DedupEvent> events;
  std::vector<std::string> ids;
  std::unordered_map<std::string, uint32_t> events_in_sentence;  // "DOC:SENTENCE" -> events seen
  uint64_t problems = 0;
  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  for (const std::string& file : files) {
    std::ifstream stream;
    std::istream* in = &std::cin;
    if (file != "-") {
      stream.open(file);
      if (!stream) {
        std::cerr << "casus: " << file << ": cannot open\n";
        ++problems;
        continue;
      }
      in = &stream;
    }
    std::string raw;
    for (uint64_t number = 1; std::getline(*in, raw); ++number) {
      Line line;
      line.raw = std::move(raw);
      if (Trim(line.raw).empty()) continue;
      Json j = Json::parse(line.raw, nullptr, /*allow_exceptions=*/false);
      std::string problem;
      if (j.is_discarded() || !j.is_object()) {
        problem = "not a JSON object";
      } else if (!j.contains("record") || j["record"] == "event") {
        DedupEvent e;
        problem = ReadEvent(j, e);
        if (problem.empty()) {
          std::string where = e.doc + ":" + std::to_string(j["sentence"].get<int64_t>());
          uint32_t k = events_in_sentence[where]++;
          std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                                    : where + ":" + std::to_string(k);
          line.index = static_cast<int32_t>(events.size());
          line.event = std::move(j);
          events.push_back(std::move(e));
          ids.push_back(std::move(id));
        }
      }
      if (!problem.empty()) {
        std::cerr << "casus: " << (file == "-" ? "<stdin>" : file) << ":" << number << ": " << problem
                  << "; line written back unchanged\n";
        ++problems;
      }
      lines.push_back(std::move(line));
    }
  }
  DedupLinks links = Deduplicate(events, dedup);
  std::string out;
  for (Line& line : lines) {
    if (line.index < 0) {
      out += line.raw;
    } else {
      auto i = static_cast<uint32_t>(line.index);
      Json& j = line.event;
      j["id"] = ids[i];
      if (links.duplicate_of[i] < 0) j["duplicate_of"] = nullptr;
      else j["duplicate_of"] = ids[static_cast<uint32_t>(links.duplicate_of[i])];
      j["reports"] = links.reports[i];
      out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
    out += '\n';
    if (out.size() > (1u << 20)) {
      std::cout << out;
      out.clear();
    }
  }
  std::cout << out;
  std::cout.flush();
  return problems > 0 ? kExitSomeSkipped : kExitOk;
}

}  // namespace

void RegisterDedup(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<DedupCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "dedup", "link reports of the same event in event JSON lines (adds id, duplicate_of, reports; deletes nothing)");
  command->add_option("--mode", options->mode,
                      "day: one a day (same source, target, code, date); story: the same story in several "
                      "documents (same dyad and root, dates within --window-days, compatible places)")
      ->check(CLI::IsMember({"day", "story"}));
  command->add_option("--window-days", options->window_days, "story mode: days between the first and a later report (default 2)")
      ->check(CLI::Range(0, 3650));
  command->add_option("--db", options->db,
                      "link the events of a store (SQLite file or postgresql:// URI) in place instead of JSON lines");
  command->add_option("files", options->files, "event JSON-lines files (stdin when none, or '-')");
  command->callback([options, &exit_status] { exit_status = RunDedup(*options); });
}

}  // namespace casus::cli
