// casus_corpus_bench: codes whole JSON-lines corpora the way `casus code`
// does (reader -> ParallelCoder, output discarded) with 1 thread and with N,
// and prints documents/s, sentences/s (wall clock and per CPU second), events
// and peak resident memory.
//
//   casus_corpus_bench [--threads N] [FILE.jsonl...]
//
// Default files: $CASUS_CORPORA_DIR/*.jsonl, else /work/shared/corpora/*.jsonl.
// Each configuration runs in a forked child after the dictionaries are loaded,
// so its peak RSS (getrusage ru_maxrss) is its own, not the maximum of all runs.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "run_in_child.h"
#include "casus/parallel_coder.h"
#include "casus/pipeline.h"
#include "casus/reader.h"

namespace {

struct RunFigures {
  uint64_t documents = 0, sentences = 0, events = 0, skipped = 0, bytes = 0;
  double seconds = 0;
  double cpu_seconds = 0;  // user + system CPU time of the run, all threads
  long peak_rss_kb = 0;
};

double CpuSeconds() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

RunFigures CodeCorpora(const casus::Pipeline& pipeline, const std::vector<std::string>& files, unsigned threads) {
  RunFigures figures;
  double cpu_start = CpuSeconds();
  casus::DiagnosticList ignored;  // the corpora's problems are not what we measure
  casus::ParallelCoderOptions options;
  options.threads = threads;
  auto start = std::chrono::steady_clock::now();
  {
    casus::ParallelCoder coder(pipeline, options, [&](casus::CodedBatch& batch) {
      figures.documents += batch.documents;
      figures.sentences += batch.sentences;
      figures.events += batch.events;
      figures.skipped += batch.skipped;
      figures.bytes += batch.json_lines.size();
    });
    for (const std::string& file : files) {
      std::ifstream in(file, std::ios::binary);
      auto reader = casus::MakeReader(casus::InputFormat::kJsonLines, in, file, &ignored);
      casus::RawDocument raw;
      while (reader->Next(raw)) {
        coder.Add(std::move(raw));
        raw = casus::RawDocument();
      }
    }
    coder.Finish();
  }
  figures.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  figures.cpu_seconds = CpuSeconds() - cpu_start;
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  figures.peak_rss_kb = usage.ru_maxrss;
  return figures;
}

std::vector<std::string> DefaultCorpora() {
  const char* env = std::getenv("CASUS_CORPORA_DIR");
  std::filesystem::path dir = env && *env ? env : "/work/shared/corpora";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc) threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    else files.push_back(arg);
  }
  if (files.empty()) files = DefaultCorpora();
  if (files.empty()) {
    std::fprintf(stderr, "casus_corpus_bench: no corpora (give .jsonl files or set CASUS_CORPORA_DIR)\n");
    return 1;
  }
  casus::DiagnosticList diagnostics;
  auto load_start = std::chrono::steady_clock::now();
  auto pipeline = casus::Pipeline::Load(casus::PipelineOptions{}, &diagnostics);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "casus_corpus_bench: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  double load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("corpora:");
  for (const auto& f : files) std::printf(" %s", f.c_str());
  std::printf("\nload: %.2f s, peak RSS after load %ld MB\n", load_seconds, usage.ru_maxrss / 1024);
  // sentences/cpu-s: per core, whatever else the machine runs (wall-clock rates are not).
  std::printf("%-8s %10s %10s %10s %10s %12s %12s %10s %16s %10s\n", "threads", "documents", "sentences", "events",
              "seconds", "documents/s", "sentences/s", "cpu s", "sentences/cpu-s", "peak MB");
  std::vector<unsigned> configs{1};
  if (threads > 1) configs.push_back(threads);
  for (unsigned n : configs) {
    RunFigures f;
    if (!casus::bench::RunInChild([&] { return CodeCorpora(*pipeline.value(), files, n); }, f)) {
      std::fprintf(stderr, "casus_corpus_bench: run with %u thread(s) failed\n", n);
      return 1;
    }
    std::printf("%-8u %10llu %10llu %10llu %10.2f %12.1f %12.1f %10.2f %16.1f %10ld\n", n,
                static_cast<unsigned long long>(f.documents), static_cast<unsigned long long>(f.sentences),
                static_cast<unsigned long long>(f.events), f.seconds, f.documents / f.seconds,
                f.sentences / f.seconds, f.cpu_seconds, f.sentences / f.cpu_seconds, f.peak_rss_kb / 1024);
    std::fflush(stdout);
  }
  return 0;
}
