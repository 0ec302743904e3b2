// casus_code_timer FILE...: loads the pipeline once, then codes each file's
// lines (one document a line) on one thread and prints, per file, one line
//   FILE documents sentences tokens events cpu_seconds
// with the CPU time of Pipeline::Process alone (no loading, reading or
// writing), which a busy machine disturbs far less than wall time.
// bench/flat_time/flat_time.py drives it.
#include <time.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "casus/pipeline.h"

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  casus::DiagnosticList diagnostics;
  auto loaded = casus::Pipeline::Load({}, &diagnostics);
  if (!loaded.ok()) {
    std::fprintf(stderr, "casus_code_timer: %s\n", loaded.status().message().c_str());
    return 1;
  }
  const casus::Pipeline& pipeline = *loaded.value();
  auto doc = pipeline.NewDoc();
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i]);
    if (!in) {
      std::fprintf(stderr, "casus_code_timer: cannot open %s\n", argv[i]);
      return 1;
    }
    std::string line;
    size_t documents = 0, sentences = 0, tokens = 0, events = 0;
    double seconds = 0;
    while (std::getline(in, line)) {
      doc->Reset(std::to_string(documents), line, "2024-01-01");
      double start = CpuSeconds();
      casus::Status status = pipeline.Process(*doc);
      seconds += CpuSeconds() - start;
      if (!status.ok()) {
        std::fprintf(stderr, "casus_code_timer: %s\n", status.message().c_str());
        return 1;
      }
      ++documents;
      sentences += doc->sentences.size();
      tokens += doc->tokens.size();
      events += doc->events.size();
    }
    std::printf("%s %zu %zu %zu %zu %.6f\n", argv[i], documents, sentences, tokens, events, seconds);
    std::fflush(stdout);
  }
  return 0;
}
