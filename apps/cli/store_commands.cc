// casus ingest / recode / stats: filling the event store and counting what it
// holds (docs/store.md). Query and export are in store_query_commands.cc.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "casus/pipeline.h"
#include "casus/reader.h"
#include "commands.h"
#include "core/text_util.h"
#include "store/dictionary_fingerprint.h"
#include "store/store.h"
#include "store_cli.h"

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

// What ingest and recode share: dictionaries loaded, a store open with a run begun.
struct CodingSession {
  StderrSink sink;
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<store::Store> store;
  int64_t run = 0;
  size_t load_errors = 0;
};

Status StartSession(const CommonOptions& common, const LimitOptions& limits, const std::string& db, int batch_size,
                    const char* kind, CodingSession& session) {
  PipelineOptions pipeline_options = ToPipelineOptions(common);
  pipeline_options.max_sentence_tokens = limits.max_sentence_tokens;
  pipeline_options.extras = true;  // the store keeps quotations, counts and places too
  auto fingerprint = store::FingerprintDictionaries(pipeline_options);
  if (!fingerprint.ok()) return fingerprint.status();
  auto pipeline = Pipeline::Load(pipeline_options, &session.sink);
  if (!pipeline.ok()) return pipeline.status();
  session.pipeline = std::move(pipeline).value();
  session.load_errors = session.sink.errors;
  // The default SQLite store lives in a folder that may not exist yet.
  if (!store::IsPostgresLocation(db)) {
    std::error_code ignored;
    std::filesystem::path parent = std::filesystem::path(db).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
  }
  auto opened = store::Store::Open(db, store::StoreOptions{.batch_size = batch_size});
  if (!opened.ok()) return opened.status();
  session.store = std::move(opened).value();
  store::RunInfo info;
  info.kind = kind;
  info.dictionary_version = fingerprint->version;
  info.dictionaries = fingerprint->dictionaries;
  info.casus_version = store::CasusVersion();
  // Ingest continues the latest run when the dictionaries are the same (a
  // second ingest, or one after a crash); recode always starts a new run.
  auto run = session.store->BeginRun(info, std::string_view(kind) == "ingest");
  if (!run.ok()) return run.status();
  session.run = run.value();
  std::cerr << "casus: " << kind << " into " << DisplayLocation(db) << ", run " << session.run << '\n';
  return Status::Ok();
}

// The deduplication step ingest and recode run after coding (docs/store.md).
struct StoreDedupOptions {
  std::string mode = "story";  // story, day or none
  int window_days = 2;
};

void AddStoreDedupOptions(CLI::App& command, StoreDedupOptions& options) {
  command
      .add_option("--dedup", options.mode,
                  "link reports of the same event across the store after coding: story (default), day, or none "
                  "(leave links as they are; nothing is ever deleted)")
      ->check(CLI::IsMember({"story", "day", "none"}));
  command.add_option("--window-days", options.window_days, "story mode: days between the first and a later report (default 2)")
      ->check(CLI::Range(0, 3650));
}

int FinishSession(CodingSession& session, Progress& progress, uint64_t documents, uint64_t events,
                  uint64_t skipped, const StoreDedupOptions& dedup) {
  Status flushed = session.store->Flush();
  if (!flushed.ok()) return FailWith(flushed.message());
  progress.Finish(documents, events);
  if (dedup.mode != "none") {
    DedupOptions options{dedup.mode == "day" ? DedupMode::kDay : DedupMode::kStory, dedup.window_days};
    auto linked = session.store->LinkReports(options);
    if (!linked.ok()) return FailWith("deduplication failed: " + linked.status().message());
    std::cerr << fmt::format("casus: dedup ({}): {} events in the store, {} unique, {} links updated\n",
                             DedupModeName(options.mode), linked->events, linked->unique, linked->changed);
  }
  if (skipped > 0) {
    std::cerr << "casus: " << skipped << " document(s) skipped\n";
    return kExitSomeSkipped;
  }
  return session.load_errors > 0 ? kExitSomeSkipped : kExitOk;
}

// ---- ingest ---------------------------------------------------------------

struct IngestOptions {
  CommonOptions common;
  LimitOptions limits;
  std::string db;
  std::string input_format = "text";
  std::string date;
  int batch_size = 200;
  uint64_t progress_every = 1000;
  StoreDedupOptions dedup;
  std::vector<std::string> files;
};

int RunIngest(const IngestOptions& options) {
  auto format = ParseInputFormat(options.input_format);
  if (!format.ok()) return FailWith(format.status().message());
  int ignored_day = 0;
  if (!options.date.empty() && !ParseIsoDate(options.date, ignored_day))
    return FailWith("--date '" + options.date + "' is not a valid YYYY-MM-DD date");
  CodingSession session;
  Status started = StartSession(options.common, options.limits, options.db, options.batch_size, "ingest", session);
  if (!started.ok()) return FailWith(started.message());

  // Time left is estimated from the input's size: text bytes coded over file bytes.
  uint64_t input_bytes = 0;
  for (const std::string& file : options.files) {
    std::error_code unknown;
    uintmax_t size = file == "-" ? 0 : std::filesystem::file_size(file, unknown);
    if (!unknown) input_bytes += size;
  }
  const Pipeline& p = *session.pipeline;
  store::Store& db = *session.store;
  auto doc = p.NewDoc();
  uint64_t skipped = 0, documents = 0, events = 0, text_bytes = 0;
  Progress progress("ingested", options.progress_every);
  uint64_t unread =
      ForEachInputDocument(options.files, format.value(), options.date, session.sink, [&](RawDocument& raw) {
        text_bytes += raw.text.size();
        doc->Reset(std::move(raw.id), std::move(raw.text), raw.date);
        Status status = p.Process(*doc);
        if (status.ok()) status = db.Put(*doc, p.cameo(), {raw.title, raw.source, raw.url});
        if (!status.ok()) {
          session.sink.Report(
              {Severity::kError, raw.file, raw.line, "document '" + doc->id + "' skipped: " + status.message()});
          ++skipped;
          return;
        }
        ++documents;
        events += doc->events.size();
        double fraction = input_bytes > 0 ? static_cast<double>(text_bytes) / static_cast<double>(input_bytes) : -1;
        progress.Update(documents, events, fraction);
      },
      options.limits.reader());
  return FinishSession(session, progress, documents, events, skipped + unread, options.dedup);
}

// ---- recode ---------------------------------------------------------------

struct RecodeOptions {
  CommonOptions common;
  LimitOptions limits;
  std::string db;
  int batch_size = 200;
  uint64_t progress_every = 1000;
  StoreDedupOptions dedup;
};

int RunRecode(const RecodeOptions& options) {
  if (!store::IsPostgresLocation(options.db) && !std::filesystem::exists(options.db))
    return FailWith("no store at '" + options.db + "'");
  CodingSession session;
  Status started = StartSession(options.common, options.limits, options.db, options.batch_size, "recode", session);
  if (!started.ok()) return FailWith(started.message());
  store::Store& db = *session.store;
  // Ids first: a PostgreSQL connection reads one result at a time.
  auto ids = db.DocumentIds();
  if (!ids.ok()) return FailWith(ids.status().message());
  const Pipeline& p = *session.pipeline;
  auto doc = p.NewDoc();
  uint64_t skipped = 0, documents = 0, events = 0;
  Progress progress(fmt::format("recoded into run {}:", session.run), options.progress_every);
  for (const std::string& id : ids.value()) {
    auto stored = db.LoadDocument(id);
    Status status = stored.status();
    if (status.ok() && stored->text.size() > options.limits.max_document_bytes)
      status = Status::Invalid(fmt::format("document larger than {} bytes", options.limits.max_document_bytes));
    if (status.ok()) {
      doc->Reset(stored->id, stored->text, stored->date);
      status = p.Process(*doc);
    }
    if (status.ok()) status = db.Put(*doc, p.cameo(), stored->info);
    if (!status.ok()) {
      std::cerr << "casus: document '" << id << "' not recoded: " << status.message() << '\n';
      ++skipped;
      continue;
    }
    ++documents;
    events += doc->events.size();
    progress.Update(documents, events, static_cast<double>(documents) / static_cast<double>(ids->size()));
  }
  return FinishSession(session, progress, documents, events, skipped, options.dedup);
}

// ---- stats ----------------------------------------------------------------

int RunStats(const std::string& path, bool json, bool runs) {
  auto opened = OpenExistingStore(path);
  if (!opened.ok()) return FailWith(opened.status().message());
  store::Store& db = *opened.value();
  if (runs) {
    auto list = db.Runs();
    if (!list.ok()) return FailWith(list.status().message());
    std::string out;
    if (!json) out = fmt::format("{:>3}  {:<20}  {:<6}  {:>9}  {:>8}  {}\n", "run", "started", "kind", "documents",
                                 "events", "dictionaries");
    for (const store::RunInfo& r : list.value()) {
      if (json) {
        out += fmt::format("{{\"run\":{},\"started\":", r.id);
        AppendJsonString(out, r.started);
        out += ",\"kind\":";
        AppendJsonString(out, r.kind);
        out += ",\"dictionary_version\":";
        AppendJsonString(out, r.dictionary_version);
        out += ",\"dictionaries\":";
        AppendJsonString(out, r.dictionaries);
        out += fmt::format(",\"documents\":{},\"events\":{}}}\n", r.documents, r.events);
      } else {
        out += fmt::format("{:>3}  {:<20}  {:<6}  {:>9}  {:>8}  {} ({})\n", r.id, r.started, r.kind, r.documents,
                           r.events, r.dictionaries, r.dictionary_version);
      }
    }
    std::cout << out;
    return kExitOk;
  }
  auto counts = db.Counts();
  if (!counts.ok()) return FailWith(counts.status().message());
  const store::StoreCounts& c = counts.value();
  if (json) {
    std::cout << fmt::format(
        "{{\"documents\":{},\"sentences\":{},\"events\":{},\"quotations\":{},\"actors\":{},\"unique_events\":{},"
        "\"counts\":{}}}\n",
        c.documents, c.sentences, c.events, c.quotations, c.actors, c.unique_events, c.counts);
  } else {
    std::cout << fmt::format(
        "documents   {}\nsentences   {}\nevents      {}\nquotations  {}\nactors      {}\nunique      {}\ncounts      {}\n",
        c.documents, c.sentences, c.events, c.quotations, c.actors, c.unique_events, c.counts);
  }
  return kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command =
      app.add_subcommand("ingest", "code documents and store them with their events (SQLite or PostgreSQL)");
  AddCommonOptions(*command, options->common);
  AddLimitOptions(*command, options->limits);
  AddStoreOption(*command, options->db);
  command->add_option("--input-format", options->input_format, "text (one document a file), lines, jsonl or html")
      ->check(CLI::IsMember({"text", "lines", "jsonl", "html"}));
  command->add_option("--date", options->date, "article date (YYYY-MM-DD) for documents that carry none");
  command->add_option("--batch-size", options->batch_size, "documents per transaction")->check(CLI::PositiveNumber);
  command->add_option("--progress-every", options->progress_every,
                      "when stderr is not a terminal, a progress line every N documents");
  AddStoreDedupOptions(*command, options->dedup);
  command->add_option("files", options->files, "input files (stdin when none, or '-')");
  command->callback([options, &exit_status] { exit_status = RunIngest(*options); });
}

void RegisterRecode(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<RecodeOptions>();
  CLI::App* command = app.add_subcommand(
      "recode", "code the stored documents again (after a dictionary change) into a new run; older runs stay");
  AddCommonOptions(*command, options->common);
  AddLimitOptions(*command, options->limits);
  AddStoreOption(*command, options->db);
  command->add_option("--batch-size", options->batch_size, "documents per transaction")->check(CLI::PositiveNumber);
  command->add_option("--progress-every", options->progress_every,
                      "when stderr is not a terminal, a progress line every N documents");
  AddStoreDedupOptions(*command, options->dedup);
  command->callback([options, &exit_status] { exit_status = RunRecode(*options); });
}

void RegisterStats(CLI::App& app, int& exit_status) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto runs = std::make_shared<bool>(false);
  CLI::App* command =
      app.add_subcommand("stats", "counts of stored documents, sentences, events (all reports, and unique), quotations, actors and counts");
  AddStoreOption(*command, *db);
  command->add_flag("--json", *json, "one JSON object (with --runs, one per run)");
  command->add_flag("--runs", *runs, "the coding runs instead: when, which dictionaries, how many events");
  command->callback([db, json, runs, &exit_status] { exit_status = RunStats(*db, *json, *runs); });
}

}  // namespace casus::cli
