// casus_petrarch_load_bench: how long loading PETRARCH's Phoenix dictionaries
// takes and how much memory the compiled dictionaries add (issue 3: "well
// under a second, little memory").
//
//   casus_petrarch_load_bench [DICTS] [--runs N]
//
// DICTS: a PETRARCH folder or config (default $CASUS_PETRARCH_DICTS, else
// /work/shared/peers/petrarch/phoenix). Each run loads in a forked child:
// read and compile the verbs, actors, agents and discards (LoadPetrarchDictionaries)
// and freeze them, exactly as Pipeline::Load does. It prints wall and CPU
// seconds and the resident memory the load added (current RSS after minus
// before, /proc/self/statm), per run and the median.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run_in_child.h"
#include "casus/doc.h"
#include "core/pipeline_resources.h"
#include "dict/foreign_dictionaries.h"
#include "text/tokenizer.h"

namespace {

struct LoadFigures {
  double seconds = 0, cpu_seconds = 0;
  long added_kb = 0;
  size_t patterns = 0, errors = 0;
};

long ResidentKb() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * (sysconf(_SC_PAGESIZE) / 1024);
}

double CpuSeconds() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// One load, in the calling process.
LoadFigures LoadOnce(const std::string& dicts) {
  casus::PipelineResources r;
  auto cameo = casus::CameoTable::Load(CASUS_BENCH_DATA_DIR "/tables/cameo_codes.tsv");
  if (cameo.ok()) r.cameo = std::move(cameo).value();
  casus::Tokenizer tokenizer;
  casus::Doc phrase_doc(&r.vocabulary);
  casus::PhraseSplitter split = [&](std::string_view phrase, std::vector<std::string>& words) {
    phrase_doc.Reset("", std::string(phrase), "");
    (void)tokenizer.Process(phrase_doc);
    for (const casus::Token& t : phrase_doc.tokens) words.emplace_back(phrase_doc.words.Text(t.lower));
  };
  casus::DictionaryTargets targets{r.actors, r.verbs, r.discards, r.cameo, r.vocabulary, split};
  LoadFigures f;
  long before_kb = ResidentKb();
  double cpu_before = CpuSeconds();
  auto start = std::chrono::steady_clock::now();
  f.errors = casus::LoadPetrarchDictionaries(dicts, targets, nullptr);
  r.actors.Freeze();
  r.verbs.Freeze();
  r.discards.Freeze();
  f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  f.cpu_seconds = CpuSeconds() - cpu_before;
  f.added_kb = ResidentKb() - before_kb;
  f.patterns = r.verbs.size();
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dicts;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else dicts = a;
  }
  if (dicts.empty()) {
    const char* env = std::getenv("CASUS_PETRARCH_DICTS");
    dicts = env ? env : "/work/shared/peers/petrarch/phoenix";
  }
  if (!std::filesystem::exists(dicts)) {
    std::printf("skipped: %s not found (set CASUS_PETRARCH_DICTS)\n", dicts.c_str());
    return 0;
  }
  std::vector<LoadFigures> all;
  for (int i = 0; i < runs; ++i) {
    LoadFigures f;
    if (!casus::bench::RunInChild([&] { return LoadOnce(dicts); }, f)) {
      std::fprintf(stderr, "run %d failed\n", i + 1);
      return 1;
    }
    std::printf("run %d: %.3f s wall, %.3f s CPU, +%ld MB resident, %zu patterns, %zu errors\n", i + 1, f.seconds,
                f.cpu_seconds, f.added_kb / 1024, f.patterns, f.errors);
    all.push_back(f);
  }
  auto median = [&](auto field) {
    std::vector<double> v;
    for (const LoadFigures& f : all) v.push_back(field(f));
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::printf("median of %d: %.3f s wall, %.3f s CPU, +%.0f MB resident (%s)\n", runs,
              median([](const LoadFigures& f) { return f.seconds; }),
              median([](const LoadFigures& f) { return f.cpu_seconds; }),
              median([](const LoadFigures& f) { return static_cast<double>(f.added_kb) / 1024.0; }), dicts.c_str());
  return 0;
}
