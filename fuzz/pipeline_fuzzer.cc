// Fuzzes the whole pipeline (boilerplate filter, tokenizer, splitter, tagger,
// chunker, actor tagger, event coder) and the event writer on arbitrary bytes,
// including invalid UTF-8 that no reader would let through: Pipeline::Process
// is public API. Spans must stay inside the text and events must serialize.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "casus/event_writer.h"
#include "casus/pipeline.h"

namespace {

// Names the broken invariant, then crashes so that libFuzzer keeps the input.
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

const casus::Pipeline& SharedPipeline() {
  static std::unique_ptr<casus::Pipeline> pipeline = [] {
    casus::DiagnosticList sink;
    auto loaded = casus::Pipeline::Load({}, &sink);
    if (!loaded.ok()) Fail("loading failed");
    return std::move(loaded).value();
  }();
  return *pipeline;
}

}  // namespace

// Loading the dictionaries takes seconds under the sanitizers; done here, it is
// not charged to the first input's -timeout (a loaded machine once made an empty
// input "time out"). The replay main has no such hook: there the first input loads.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const casus::Pipeline& pipeline = SharedPipeline();
  static std::unique_ptr<casus::Doc> doc = pipeline.NewDoc();  // reused, as workers do
  doc->Reset("fuzz", std::string(reinterpret_cast<const char*>(data), size), "2022-03-01");
  casus::Status status = pipeline.Process(*doc);
  if (!status.ok()) return 0;
  for (const casus::Token& t : doc->tokens)
    if (t.begin > t.end || t.end > doc->text.size()) Fail("a token outside the text");
  for (const casus::Sentence& s : doc->sentences)
    if (s.first_token > s.end_token || s.end_token > doc->tokens.size()) Fail("a sentence outside the tokens");
  std::string line;
  for (const casus::Event& event : doc->events) {
    line.clear();
    casus::AppendEventJson(*doc, event, pipeline.cameo(), line);
    if (!nlohmann::json::accept(line)) Fail("an event that is not valid JSON");
  }
  return 0;
}
