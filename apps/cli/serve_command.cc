// casus serve: the JSON API and the web page over a store, or over a file of
// events loaded into an in-memory store (docs/serve.md).
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "casus/cameo.h"
#include "casus/limits.h"
#include "casus/pipeline.h"
#include "commands.h"
#include "serve/api.h"
#include "serve/event_file_loader.h"
#include "serve/http_server.h"
#include "serve/store_pool.h"

namespace casus::cli {
namespace {

struct ServeCommandOptions {
  std::string db;
  std::string events;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web_dir = CASUS_WEB_DIR;
  int connections = 4;
  int query_ms = 2000;
  uint64_t max_line_bytes = kDefaultMaxEventLineBytes;
  bool quiet = false;
};

class StderrSink : public DiagnosticSink {
 public:
  void Report(Diagnostic d) override { std::cerr << "casus: " << d.ToString() << '\n'; }
};

int Fail(const std::string& message) {
  std::cerr << "casus: " << message << '\n';
  return kExitFailure;
}

Result<std::unique_ptr<serve::StorePool>> OpenEvents(const std::string& path, const CameoTable& cameo,
                                                     std::chrono::milliseconds limit, uint64_t max_line_bytes) {
  std::ifstream file;
  std::istream* input = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::NotFound("cannot open '" + path + "'");
    input = &file;
  }
  auto opened = store::Store::Open(":memory:");
  if (!opened.ok()) return opened.status();
  StderrSink sink;
  auto loaded = serve::LoadEventRecords(*input, path == "-" ? "<stdin>" : path, cameo, *opened.value(), sink,
                                           max_line_bytes);
  if (!loaded.ok()) return loaded.status();
  std::cerr << "casus: loaded " << loaded->events << " events of " << loaded->documents << " documents";
  if (loaded->quotations > 0) std::cerr << " and " << loaded->quotations << " quotations";
  if (loaded->skipped > 0) std::cerr << "; " << loaded->skipped << " records skipped";
  std::cerr << '\n';
  return serve::StorePool::Adopt(std::move(opened.value()), limit);
}

int RunServe(const ServeCommandOptions& options) {
  if (options.db.empty() == options.events.empty()) return Fail("give either --db PATH or --events FILE");
  std::error_code ignored;
  if (!std::filesystem::is_regular_file(std::filesystem::path(options.web_dir) / "index.html", ignored))
    return Fail("the page is missing: no index.html in '" + options.web_dir + "' (build casus, or pass --web-dir)");
  std::string tables = (std::filesystem::path(DefaultDictDir()).parent_path() / "tables" / "cameo_codes.tsv").string();
  auto cameo = CameoTable::Load(tables);
  if (!cameo.ok()) return Fail(cameo.status().message());
  std::chrono::milliseconds limit(options.query_ms);

  // SIGINT and SIGTERM are taken by a waiting thread, not by whichever thread they hit.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Result<std::unique_ptr<serve::StorePool>> pool = Status::Internal("unset");
  if (!options.db.empty()) {
    if (!std::filesystem::exists(options.db, ignored)) return Fail("no store at '" + options.db + "'");
    pool = serve::StorePool::OpenReadOnly(options.db, options.connections, limit);
  } else {
    pool = OpenEvents(options.events, cameo.value(), limit, options.max_line_bytes);
  }
  if (!pool.ok()) return Fail(pool.status().message());
  auto api = serve::Api::Create(*pool.value(), cameo.value());
  if (!api.ok()) return Fail(api.status().message());

  serve::ServeOptions serve_options;
  serve_options.host = options.host;
  serve_options.port = options.port;
  serve_options.web_dir = options.web_dir;
  serve::HttpServer server(*api.value(), serve_options);
  Status bound = server.Bind();
  if (!bound.ok()) return Fail(bound.message());
  std::string shown_host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::cerr << "casus: serving http://" << shown_host << ':' << server.port() << "/ (read-only; Ctrl-C stops)"
            << std::endl;

  std::thread waiter([&server, stop_signals] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.Stop();
  });
  auto log = options.quiet ? std::function<void(const std::string&)>()
                           : [](const std::string& line) { std::cerr << "casus: " << line << '\n'; };
  Status ran = server.Run(log);
  // Wakes the waiter when the server stopped on its own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!ran.ok()) return Fail(ran.message());
  return kExitOk;
}

}  // namespace

void RegisterServe(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<ServeCommandOptions>();
  CLI::App* command = app.add_subcommand("serve", "a web page and a read-only JSON API over a store or an events file");
  command->add_option("--db", options->db, "the SQLite store (opened read-only)");
  command->add_option("--events", options->events,
                      "JSON lines of `casus code` or `casus query --format jsonl` ('-': stdin), served from memory");
  command->add_option("--host", options->host, "address to listen on (default 127.0.0.1: this machine only)");
  command->add_option("--port", options->port, "port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  command->add_option("--web-dir", options->web_dir, "folder of the page (default: the build's web/)");
  command->add_option("--connections", options->connections, "store connections shared by requests")
      ->check(CLI::Range(1, 64));
  command->add_option("--query-ms", options->query_ms, "time limit of one query in milliseconds")
      ->check(CLI::Range(10, 600000));
  command->add_option("--max-line-bytes", options->max_line_bytes,
                      "with --events: skip (with a message) a line longer than this (default " +
                          std::to_string(kDefaultMaxEventLineBytes) + ")")
      ->check(CLI::PositiveNumber);
  command->add_flag("--quiet", options->quiet, "no line per request on stderr");
  command->callback([options, &exit_status] { exit_status = RunServe(*options); });
}

}  // namespace casus::cli
