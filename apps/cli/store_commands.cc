// casus ingest / stats / query / export: the SQLite event store (docs/store.md).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "casus/pipeline.h"
#include "casus/reader.h"
#include "commands.h"
#include "core/text_util.h"
#include "store/event_query.h"
#include "store/store.h"
#include "store/stored_event_format.h"

namespace casus::cli {
namespace {

class StderrSink : public DiagnosticSink {
 public:
  void Report(Diagnostic d) override {
    if (d.severity == Severity::kError) ++errors;
    std::cerr << "casus: " << d.ToString() << '\n';
  }
  size_t errors = 0;
};

int Fail(const std::string& message) {
  std::cerr << "casus: " << message << '\n';
  return kExitFailure;
}

// Read-only commands must not create an empty store by mistake.
Result<std::unique_ptr<store::Store>> OpenExisting(const std::string& path) {
  std::error_code ignored;
  if (!std::filesystem::exists(path, ignored)) return Status::NotFound("no store at '" + path + "'");
  return store::Store::Open(path);
}

// ---- ingest ---------------------------------------------------------------

struct IngestOptions {
  CommonOptions common;
  std::string db;
  std::string input_format = "text";
  std::string date;
  int batch_size = 200;
  uint64_t progress_every = 1000;
  std::vector<std::string> files;
};

std::string DictionaryVersion(const CommonOptions& common) {
  if (!common.tabari_project.empty()) return "tabari:" + common.tabari_project;
  if (!common.petrarch_dicts.empty()) return "petrarch:" + common.petrarch_dicts;
  return "casus:" + (common.dict_dir.empty() ? DefaultDictDir() : common.dict_dir);
}

// Progress: one updating line on a terminal, plain lines every N documents otherwise.
class Progress {
 public:
  explicit Progress(uint64_t every) : every_(every), terminal_(isatty(fileno(stderr)) != 0) {}

  void Update(uint64_t documents, uint64_t events) {
    auto now = std::chrono::steady_clock::now();
    if (terminal_) {
      if (now - last_ < std::chrono::milliseconds(200)) return;
      last_ = now;
      std::cerr << '\r' << Line(documents, events) << std::flush;
    } else if (every_ > 0 && documents % every_ == 0) {
      std::cerr << Line(documents, events) << '\n';
    }
  }
  void Finish(uint64_t documents, uint64_t events) {
    if (terminal_) std::cerr << '\r';
    std::cerr << Line(documents, events) << ", done\n";
  }
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::string Line(uint64_t documents, uint64_t events) const {
    double seconds = Seconds();
    double rate = seconds > 0 ? static_cast<double>(documents) / seconds : 0.0;
    return fmt::format("casus: ingested {} documents, {} events in {:.1f}s ({:.1f} documents/s)", documents, events,
                       seconds, rate);
  }
  uint64_t every_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

int RunIngest(const IngestOptions& options) {
  auto format = ParseInputFormat(options.input_format);
  if (!format.ok()) return Fail(format.status().message());
  int ignored_day = 0;
  if (!options.date.empty() && !ParseIsoDate(options.date, ignored_day))
    return Fail("--date '" + options.date + "' is not a valid YYYY-MM-DD date");
  StderrSink sink;
  PipelineOptions pipeline_options = ToPipelineOptions(options.common);
  auto pipeline = Pipeline::Load(pipeline_options, &sink);
  if (!pipeline.ok()) return Fail(pipeline.status().message());
  size_t load_errors = sink.errors;
  store::StoreOptions store_options;
  store_options.batch_size = options.batch_size;
  auto opened = store::Store::Open(options.db, store_options);
  if (!opened.ok()) return Fail(opened.status().message());
  store::Store& db = *opened.value();
  auto run = db.BeginRun(DictionaryVersion(options.common));
  if (!run.ok()) return Fail(run.status().message());

  const Pipeline& p = *pipeline.value();
  auto doc = p.NewDoc();
  uint64_t skipped = 0, documents = 0, events = 0;
  Progress progress(options.progress_every);
  uint64_t unread = ForEachInputDocument(options.files, format.value(), options.date, sink, [&](RawDocument& raw) {
    doc->Reset(std::move(raw.id), std::move(raw.text), raw.date);
    Status status = p.Process(*doc);
    if (status.ok()) status = db.Put(*doc, p.cameo(), {raw.title, raw.source, raw.url});
    if (!status.ok()) {
      sink.Report({Severity::kError, raw.file, raw.line, "document '" + doc->id + "' skipped: " + status.message()});
      ++skipped;
      return;
    }
    ++documents;
    events += doc->events.size();
    progress.Update(documents, events);
  });
  skipped += unread;
  Status flushed = db.Flush();
  if (!flushed.ok()) return Fail(flushed.message());
  progress.Finish(documents, events);
  if (skipped > 0) {
    std::cerr << "casus: " << skipped << " document(s) skipped\n";
    return kExitSomeSkipped;
  }
  return load_errors > 0 ? kExitSomeSkipped : kExitOk;
}

// ---- stats ----------------------------------------------------------------

int RunStats(const std::string& path, bool json) {
  auto opened = OpenExisting(path);
  if (!opened.ok()) return Fail(opened.status().message());
  auto counts = opened.value()->Counts();
  if (!counts.ok()) return Fail(counts.status().message());
  const store::StoreCounts& c = counts.value();
  if (json) {
    std::cout << fmt::format("{{\"documents\":{},\"sentences\":{},\"events\":{},\"actors\":{}}}\n", c.documents,
                             c.sentences, c.events, c.actors);
  } else {
    std::cout << fmt::format("documents  {}\nsentences  {}\nevents     {}\nactors     {}\n", c.documents,
                             c.sentences, c.events, c.actors);
  }
  return kExitOk;
}

// ---- query ----------------------------------------------------------------

struct QueryOptions {
  std::string db;
  store::EventFilter filter;
  std::string dyad;
  std::string by;
  std::string format = "table";
};

int PrintCounts(const std::vector<store::PeriodCount>& counts, const std::string& format) {
  std::string out;
  if (format == "csv") out += "period,quad,events,goldstein_sum,goldstein_mean\n";
  if (format == "table") out += fmt::format("{:<12} {:>4} {:>8} {:>14} {:>14}\n", "period", "quad", "events",
                                            "goldstein_sum", "goldstein_mean");
  for (const store::PeriodCount& c : counts) {
    if (format == "csv") {
      out += fmt::format("{},{},{},{:.1f},{:.3f}\n", c.period, c.quad, c.events, c.goldstein_sum, c.goldstein_mean);
    } else if (format == "jsonl") {
      out += "{\"period\":";
      AppendJsonString(out, c.period);
      out += fmt::format(",\"quad\":{},\"events\":{},\"goldstein_sum\":{:.1f},\"goldstein_mean\":{:.3f}}}\n", c.quad,
                         c.events, c.goldstein_sum, c.goldstein_mean);
    } else {
      out += fmt::format("{:<12} {:>4} {:>8} {:>14.1f} {:>14.3f}\n", c.period, c.quad, c.events, c.goldstein_sum,
                         c.goldstein_mean);
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

int RunQuery(QueryOptions options) {
  store::EventFilter& filter = options.filter;
  if (!options.dyad.empty()) {
    auto comma = options.dyad.find(',');
    if (comma == std::string::npos) return Fail("--dyad wants two actor codes, as in --dyad CHN,USA");
    filter.dyad_source = std::string(Trim(std::string_view(options.dyad).substr(0, comma)));
    filter.dyad_target = std::string(Trim(std::string_view(options.dyad).substr(comma + 1)));
  }
  int ignored_day = 0;
  for (const std::string* date : {&filter.from, &filter.to}) {
    if (!date->empty() && !ParseIsoDate(*date, ignored_day)) return Fail("'" + *date + "' is not a YYYY-MM-DD date");
  }
  auto opened = OpenExisting(options.db);
  if (!opened.ok()) return Fail(opened.status().message());
  store::Store& db = *opened.value();
  if (!options.by.empty()) {
    store::Period period = options.by == "day"    ? store::Period::kDay
                           : options.by == "week" ? store::Period::kWeek
                                                  : store::Period::kMonth;
    auto counts = store::CountByPeriod(db, filter, period);
    if (!counts.ok()) return Fail(counts.status().message());
    return PrintCounts(counts.value(), options.format);
  }
  std::string out;
  if (options.format == "csv") out = store::StoredEventCsvHeader() + "\n";
  if (options.format == "table")
    out = fmt::format("{:<10} {:<16} {:>3} {:<4} {:>4} {:>6} {:<10} {:<10} {}\n", "date", "doc", "sen", "code",
                      "quad", "gold", "source", "target", "trigger");
  Status status = store::ForEachEvent(db, filter, [&](const store::StoredEvent& e) {
    if (options.format == "jsonl") {
      store::AppendStoredEventJson(e, out);
    } else if (options.format == "csv") {
      store::AppendStoredEventCsv(e, out);
    } else {
      out += fmt::format("{:<10} {:<16} {:>3} {:<4} {:>4} {:>6.1f} {:<10} {:<10} {}",
                         e.date.empty() ? "-" : e.date, Shorten(e.doc, 16), e.sentence, e.code, e.quad, e.goldstein,
                         e.source.present ? e.source.code : "-", e.target.present ? e.target.code : "-",
                         e.trigger_text);
    }
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::cout << out;
      out.clear();
    }
    return true;
  });
  if (!status.ok()) return Fail(status.message());
  std::cout << out;
  return kExitOk;
}

// ---- export ---------------------------------------------------------------

int RunExport(const std::string& path, const std::string& format) {
  QueryOptions options;
  options.db = path;
  options.format = format;
  return RunQuery(options);
}

}  // namespace

void RegisterIngest(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand("ingest", "code documents and store them with their events (SQLite)");
  AddCommonOptions(*command, options->common);
  command->add_option("--db", options->db, "the SQLite store (created when missing)")->required();
  command->add_option("--input-format", options->input_format, "text (one document a file), lines, jsonl or html")
      ->check(CLI::IsMember({"text", "lines", "jsonl", "html"}));
  command->add_option("--date", options->date, "article date (YYYY-MM-DD) for documents that carry none");
  command->add_option("--batch-size", options->batch_size, "documents per transaction")->check(CLI::PositiveNumber);
  command->add_option("--progress-every", options->progress_every,
                      "when stderr is not a terminal, a progress line every N documents");
  command->add_option("files", options->files, "input files (stdin when none, or '-')");
  command->callback([options, &exit_status] { exit_status = RunIngest(*options); });
}

void RegisterStats(CLI::App& app, int& exit_status) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("stats", "counts of stored documents, sentences, events and actors");
  command->add_option("--db", *db, "the SQLite store")->required();
  command->add_flag("--json", *json, "one JSON object");
  command->callback([db, json, &exit_status] { exit_status = RunStats(*db, *json); });
}

void RegisterQuery(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<QueryOptions>();
  store::EventFilter& f = options->filter;
  CLI::App* command = app.add_subcommand("query", "stored events by actor, dyad, code, date or text; counts by period");
  command->add_option("--db", options->db, "the SQLite store")->required();
  command->add_option("--actor", f.actor, "actor code on either side (a prefix: CHN matches CHNGOV)");
  command->add_option("--source", f.source, "source actor code (prefix)");
  command->add_option("--target", f.target, "target actor code (prefix)");
  command->add_option("--dyad", options->dyad, "SOURCE,TARGET actor codes (prefixes)");
  command->add_flag("--both-directions", f.both_directions, "the dyad in either direction");
  command->add_option("--code", f.code, "CAMEO event code (exact)");
  command->add_option("--root", f.root, "CAMEO root (two digits)");
  command->add_option("--quad", f.quad, "QuadClass 1-4")->check(CLI::Range(1, 4));
  command->add_option("--from", f.from, "first date (YYYY-MM-DD, inclusive)");
  command->add_option("--to", f.to, "last date (YYYY-MM-DD, inclusive)");
  command->add_option("--text", f.text, "words in the sentence (SQLite FTS5 query syntax)");
  command->add_option("--by", options->by, "counts per day, week (named by its Monday) or month and QuadClass")
      ->check(CLI::IsMember({"day", "week", "month"}));
  command->add_option("--format", options->format, "table, csv or jsonl (the event contract)")
      ->check(CLI::IsMember({"table", "csv", "jsonl"}));
  command->add_option("--limit", f.limit, "at most N rows")->check(CLI::NonNegativeNumber);
  command->callback([options, &exit_status] { exit_status = RunQuery(*options); });
}

void RegisterExport(CLI::App& app, int& exit_status) {
  auto db = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("jsonl");
  CLI::App* command = app.add_subcommand("export", "every stored event, as JSON lines (the event contract) or CSV");
  command->add_option("--db", *db, "the SQLite store")->required();
  command->add_option("--format", *format, "jsonl or csv")->check(CLI::IsMember({"jsonl", "csv"}));
  command->callback([db, format, &exit_status] { exit_status = RunExport(*db, *format); });
}

}  // namespace casus::cli
