// casus query / export: reading the event store (docs/store.md, docs/export.md).
#include <iostream>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "casus/doc.h"
#include "commands.h"
#include "core/text_util.h"
#include "store/event_query.h"
#include "store/extras_query.h"
#include "store/stored_event_format.h"
#include "store/stored_extras_format.h"
#include "store_cli.h"

namespace casus::cli {
namespace {

struct QueryOptions {
  std::string db;
  store::EventFilter filter;
  std::string dyad;
  std::string flags;
  std::string by;
  bool by_dyad = false;
  std::vector<int64_t> compare_runs;
  std::string format = "table";
  std::string records = "event";  // export: event, quote, count, comma-separated
};

// Which records export writes (--records).
struct RecordKinds {
  bool events = false, quotations = false, counts = false;
};

Result<RecordKinds> ParseRecords(const std::string& list) {
  RecordKinds kinds;
  for (std::string_view name : SplitFields(list, ',')) {
    name = Trim(name);
    if (name == "event") kinds.events = true;
    else if (name == "quote") kinds.quotations = true;
    else if (name == "count") kinds.counts = true;
    else if (!name.empty())
      return Status::Invalid("--records: unknown record '" + std::string(name) + "' (event, quote or count)");
  }
  if (!kinds.events && !kinds.quotations && !kinds.counts) return Status::Invalid("--records: name at least one record");
  return kinds;
}

// Writes `out` to stdout once it is large, so exports stream in constant memory.
void FlushIfLarge(std::string& out) {
  if (out.size() < (1 << 16)) return;
  std::cout << out;
  out.clear();
}

int PrintCounts(const std::vector<store::PeriodCount>& counts, const std::string& format, bool by_dyad) {
  std::string out;
  if (format == "csv") out += by_dyad ? "period,source,target,quad,events,goldstein_sum,goldstein_mean\n"
                                      : "period,quad,events,goldstein_sum,goldstein_mean\n";
  if (format == "table") {
    out += fmt::format("{:<12} ", "period");
    if (by_dyad) out += fmt::format("{:<6} {:<6} ", "source", "target");
    out += fmt::format("{:>4} {:>8} {:>14} {:>14}\n", "quad", "events", "goldstein_sum", "goldstein_mean");
  }
  for (const store::PeriodCount& c : counts) {
    if (format == "csv") {
      out += c.period + ",";
      if (by_dyad) out += c.source + "," + c.target + ",";
      out += fmt::format("{},{},{:.1f},{:.3f}\n", c.quad, c.events, c.goldstein_sum, c.goldstein_mean);
    } else if (format == "jsonl") {
      out += "{\"period\":";
      AppendJsonString(out, c.period);
      if (by_dyad) {
        out += ",\"source\":";
        AppendJsonString(out, c.source);
        out += ",\"target\":";
        AppendJsonString(out, c.target);
      }
      out += fmt::format(",\"quad\":{},\"events\":{},\"goldstein_sum\":{:.1f},\"goldstein_mean\":{:.3f}}}\n", c.quad,
                         c.events, c.goldstein_sum, c.goldstein_mean);
    } else {
      out += fmt::format("{:<12} ", c.period);
      if (by_dyad) out += fmt::format("{:<6} {:<6} ", c.source.empty() ? "-" : c.source,
                                      c.target.empty() ? "-" : c.target);
      out += fmt::format("{:>4} {:>8} {:>14.1f} {:>14.3f}\n", c.quad, c.events, c.goldstein_sum, c.goldstein_mean);
    }
  }
  std::cout << out;
  return kExitOk;
}

std::string Shorten(std::string_view s, size_t width) {
  if (s.size() <= width) return std::string(s);
  size_t cut = width - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return std::string(s.substr(0, cut)) + "...";
}

std::string TableHeader() {
  return fmt::format("{:<10} {:<16} {:>3} {:<4} {:>4} {:>6} {:<10} {:<10} {}\n", "date", "doc", "sen", "code", "quad",
                     "gold", "source", "target", "trigger");
}

void AppendTableRow(const store::StoredEvent& e, std::string& out) {
  out += fmt::format("{:<10} {:<16} {:>3} {:<4} {:>4} {:>6.1f} {:<10} {:<10} {}", e.date.empty() ? "-" : e.date,
                     Shorten(e.doc, 16), e.sentence, e.code, e.quad, e.goldstein,
                     e.source.present ? e.source.code : "-", e.target.present ? e.target.code : "-", e.trigger_text);
}

Status ParseFlags(const std::string& list, store::EventFilter& filter) {
  static const std::map<std::string, uint16_t, std::less<>> kNames = {
      {"negated", kEventNegated},       {"future", kEventFuture},         {"hypothetical", kEventHypothetical},
      {"historical", kEventHistorical}, {"question", kEventQuestion}};
  for (std::string_view name : SplitFields(list, ',')) {
    name = Trim(name);
    if (name.empty()) continue;
    if (name == "none") {
      filter.unflagged = true;
      continue;
    }
    auto found = kNames.find(name);
    if (found == kNames.end())
      return Status::Invalid("--flags: unknown flag '" + std::string(name) +
                             "' (negated, future, hypothetical, historical, question or none)");
    filter.flags |= found->second;
  }
  return Status::Ok();
}

Status CompleteFilter(QueryOptions& options) {
  store::EventFilter& filter = options.filter;
  if (!options.dyad.empty()) {
    auto comma = options.dyad.find(',');
    if (comma == std::string::npos) return Status::Invalid("--dyad wants two actor codes, as in --dyad CHN,USA");
    filter.dyad_source = std::string(Trim(std::string_view(options.dyad).substr(0, comma)));
    filter.dyad_target = std::string(Trim(std::string_view(options.dyad).substr(comma + 1)));
  }
  int ignored_day = 0;
  for (const std::string* date : {&filter.from, &filter.to}) {
    if (!date->empty() && !ParseIsoDate(*date, ignored_day))
      return Status::Invalid("'" + *date + "' is not a YYYY-MM-DD date");
  }
  return ParseFlags(options.flags, filter);
}

// Events of run A and run B matched by document, sentence, code and actors:
// "-" only in A, "+" only in B.
int CompareRuns(store::Store& db, QueryOptions& options) {
  using Key = std::tuple<std::string, int64_t, std::string, std::string, std::string>;
  auto key = [](const store::StoredEvent& e) {
    return Key{e.doc, e.sentence, e.code, e.source.code, e.target.code};
  };
  std::map<Key, int> in_first;
  options.filter.run = options.compare_runs[0];
  Status status = store::ForEachEvent(db, options.filter, [&](const store::StoredEvent& e) {
    ++in_first[key(e)];
    return true;
  });
  if (!status.ok()) return FailWith(status.message());
  std::vector<store::StoredEvent> added;
  int64_t both = 0;
  options.filter.run = options.compare_runs[1];
  status = store::ForEachEvent(db, options.filter, [&](const store::StoredEvent& e) {
    auto found = in_first.find(key(e));
    if (found != in_first.end() && found->second > 0) {
      --found->second;
      ++both;
    } else {
      added.push_back(e);
    }
    return true;
  });
  if (!status.ok()) return FailWith(status.message());
  std::string out;
  if (options.format == "table") out = "  " + TableHeader();
  auto write = [&](const store::StoredEvent& e, bool is_added) {
    if (options.format == "jsonl") {
      out += is_added ? "{\"change\":\"added\",\"event\":" : "{\"change\":\"removed\",\"event\":";
      store::AppendStoredEventJson(e, out);
      out += '}';
    } else {
      out += is_added ? "+ " : "- ";
      AppendTableRow(e, out);
    }
    out += '\n';
    FlushIfLarge(out);
  };
  int64_t removed = 0;
  options.filter.run = options.compare_runs[0];
  status = store::ForEachEvent(db, options.filter, [&](const store::StoredEvent& e) {
    auto found = in_first.find(key(e));
    if (found->second > 0) {  // not matched in B
      --found->second;
      ++removed;
      write(e, false);
    }
    return true;
  });
  if (!status.ok()) return FailWith(status.message());
  for (const store::StoredEvent& e : added) write(e, true);
  std::cout << out;
  std::cerr << fmt::format("casus: {} events only in run {}, {} only in run {}, {} in both\n", removed,
                           options.compare_runs[0], added.size(), options.compare_runs[1], both);
  return kExitOk;
}

// export --records with quotations or counts: document by document in ingest
// order, its events (as filtered), then its quotations, then its counts: the
// lines and order of `casus code --extras` (docs/export.md).
int ExportRecords(store::Store& db, QueryOptions& options, const RecordKinds& kinds) {
  if (options.format != "jsonl") return FailWith("--records quote and count are JSON lines: use --format jsonl");
  if (options.filter.limit > 0) return FailWith("--limit counts events: use it with --records event");
  auto ids = db.DocumentIds();
  if (!ids.ok()) return FailWith(ids.status().message());
  std::string out;
  for (const std::string& id : ids.value()) {
    if (kinds.events) {
      options.filter.doc = id;
      Status status = store::ForEachEvent(db, options.filter, [&](const store::StoredEvent& e) {
        store::AppendStoredEventJson(e, out);
        out += '\n';
        return true;
      });
      if (!status.ok()) return FailWith(status.message());
    }
    auto extras = store::ReadExtras(db, id, options.filter.run);
    if (!extras.ok()) return FailWith(extras.status().message());
    if (kinds.quotations) {
      for (const store::StoredQuotation& q : extras->quotations) {
        store::AppendStoredQuotationJson(id, q, out);
        out += '\n';
      }
    }
    if (kinds.counts) {
      for (const store::StoredCount& c : extras->counts) {
        store::AppendStoredCountJson(id, c, out);
        out += '\n';
      }
    }
    FlushIfLarge(out);
  }
  std::cout << out;
  return kExitOk;
}

int RunQuery(QueryOptions options) {
  Status complete = CompleteFilter(options);
  if (!complete.ok()) return FailWith(complete.message());
  auto opened = OpenExistingStore(options.db);
  if (!opened.ok()) return FailWith(opened.status().message());
  store::Store& db = *opened.value();
  if (options.compare_runs.size() == 2) return CompareRuns(db, options);
  if (!options.by.empty() || options.by_dyad) {
    store::Period period = options.by == "day"    ? store::Period::kDay
                           : options.by == "week" ? store::Period::kWeek
                                                  : store::Period::kMonth;
    auto counts = store::CountByPeriod(db, options.filter, period, options.by_dyad);
    if (!counts.ok()) return FailWith(counts.status().message());
    return PrintCounts(counts.value(), options.format, options.by_dyad);
  }
  auto kinds = ParseRecords(options.records);
  if (!kinds.ok()) return FailWith(kinds.status().message());
  if (kinds->quotations || kinds->counts) return ExportRecords(db, options, kinds.value());
  const std::string& format = options.format;
  std::string out;
  if (format == "csv") out = store::StoredEventCsvHeader() + "\n";
  if (format == "table") out = TableHeader();
  Status status = store::ForEachEvent(db, options.filter, [&](const store::StoredEvent& e) {
    if (format == "jsonl") store::AppendStoredEventJson(e, out);
    else if (format == "csv") store::AppendStoredEventCsv(e, out);
    else if (format == "gdelt") store::AppendGdeltRow(e, out);
    else if (format == "phoenix") store::AppendPhoenixRow(e, out);
    else if (format == "plover") {
      if (!store::AppendPloverJson(e, out)) return true;
    } else AppendTableRow(e, out);
    out += '\n';
    FlushIfLarge(out);
    return true;
  });
  if (!status.ok()) return FailWith(status.message());
  std::cout << out;
  return kExitOk;
}

// Filters shared by query and export.
void AddFilterOptions(CLI::App& command, QueryOptions& options) {
  store::EventFilter& f = options.filter;
  AddStoreOption(command, options.db);
  command.add_option("--run", f.run, "events of this run (casus stats --runs); default: each document's latest")
      ->check(CLI::PositiveNumber);
  command.add_option("--actor", f.actor, "actor code on either side (a prefix: CHN matches CHNGOV)");
  command.add_option("--country", f.country, "three-letter country (or group) code of either side");
  command.add_option("--agent", f.agent, "three-letter agent code (GOV, MIL, REB, ...) in either side's code");
  command.add_option("--source", f.source, "source actor code (prefix)");
  command.add_option("--target", f.target, "target actor code (prefix)");
  command.add_option("--dyad", options.dyad, "SOURCE,TARGET actor codes (prefixes)");
  command.add_flag("--both-directions", f.both_directions, "the dyad in either direction");
  command.add_option("--code", f.code, "CAMEO event code (exact)");
  command.add_option("--root", f.root, "CAMEO root (two digits)");
  command.add_option("--quad", f.quad, "QuadClass 1-4")->check(CLI::Range(1, 4));
  command.add_option("--penta", f.penta, "PentaClass 0-4")->check(CLI::Range(0, 4));
  command.add_option("--plover", f.plover, "PLOVER category (ASSAULT, PROTEST, ...)");
  command.add_option("--from", f.from, "first date (YYYY-MM-DD, inclusive)");
  command.add_option("--to", f.to, "last date (YYYY-MM-DD, inclusive)");
  command.add_option("--flags", options.flags,
                     "events with all these flags (negated,future,hypothetical,historical,question), or none");
  command.add_option("--text", f.text,
                     "words in the sentence (SQLite FTS5 / PostgreSQL websearch_to_tsquery syntax)");
  command.add_option("--limit", f.limit, "at most N rows")->check(CLI::NonNegativeNumber);
  command.add_flag("--unique", f.unique,
                   "events, not reports: leave out every event that is a duplicate_of another (see --dedup)");
}

}  // namespace

void RegisterQuery(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand("query", "stored events by actor, dyad, code, date or text; counts by period");
  AddFilterOptions(*command, *options);
  command->add_option("--by", options->by, "counts per day, week (named by its Monday) or month and QuadClass")
      ->check(CLI::IsMember({"day", "week", "month"}));
  command->add_flag("--by-dyad", options->by_dyad,
                    "counts also per dyad (first three letters of source and target codes); month unless --by");
  command->add_option("--compare-runs", options->compare_runs, "RUN_A RUN_B: events only in A (-) or only in B (+)")
      ->expected(2);
  command->add_option("--format", options->format, "table, csv or jsonl (the event contract)")
      ->check(CLI::IsMember({"table", "csv", "jsonl"}));
  command->callback([options, &exit_status] { exit_status = RunQuery(*options); });
}

void RegisterExport(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<QueryOptions>();
  options->format = "jsonl";
  CLI::App* command = app.add_subcommand(
      "export", "stored events as JSON lines, CSV, GDELT 2.0 event table, Phoenix or PLOVER (docs/export.md)");
  AddFilterOptions(*command, *options);
  command->add_option("--format", options->format, "jsonl (the event contract), csv, gdelt, phoenix or plover")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt", "phoenix", "plover"}));
  command->add_option("--records", options->records,
                      "event, quote, count or a list (event,quote,count): with quote or count, JSON lines per "
                      "document as casus code --extras writes them (default: event)");
  command->callback([options, &exit_status] { exit_status = RunQuery(*options); });
}

}  // namespace casus::cli
