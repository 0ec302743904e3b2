// Per-stage throughput on a document of news-style sentences, with the real
// dictionaries and models loaded through Pipeline::Load: the tokenizer
// (tokens/s), actor matching on tagged and chunked tokens (tokens/s), and the
// full pipeline (sentences/s). No main here: tag_bench.cc holds BENCHMARK_MAIN.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "casus/pipeline.h"
#include "code/actor_tagger.h"
#include "core/pipeline_resources.h"
#include "text/tokenizer.h"

namespace casus {
namespace {

// Our own sentences, in the register of wire copy.
constexpr const char* kStageSentences =
    "Russian forces shelled the eastern city of Kharkiv on Monday, killing at least five civilians, "
    "Ukrainian officials said. The US Treasury imposed new sanctions on Iranian officials accused of "
    "supporting militant groups. Gunmen kidnapped two aid workers near the border, and police arrested "
    "three suspects in Kandahar. Talks between the two sides collapsed after Hamas rejected the Egyptian "
    "proposal for a ceasefire. Thousands of protesters fled when security forces fired tear gas at "
    "demonstrators demanding elections. China's foreign minister warned Japan that Beijing would respond "
    "to any provocation. A missile struck a residential building in Damascus, the state news agency "
    "reported. The president will visit Moscow next week to meet his Russian counterpart for talks on energy. ";

struct StageFixture {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<Doc> doc;
  std::string text;
  std::string error;
};

StageFixture& Loaded() {
  static StageFixture* fixture = [] {
    auto* f = new StageFixture;
    DiagnosticList diagnostics;
    auto pipeline = Pipeline::Load(PipelineOptions{}, &diagnostics);
    if (!pipeline.ok()) {
      f->error = pipeline.status().message();
      return f;
    }
    f->pipeline = std::move(pipeline).value();
    for (int copy = 0; copy < 25; ++copy) f->text += kStageSentences;
    f->doc = f->pipeline->NewDoc();
    f->doc->Reset("bench", f->text, "2024-03-01");
    if (Status s = f->pipeline->Process(*f->doc); !s.ok()) f->error = s.message();
    return f;
  }();
  return *fixture;
}

void BM_Tokenizer(benchmark::State& state) {
  StageFixture& f = Loaded();
  if (!f.error.empty()) return state.SkipWithError(f.error.c_str());
  Tokenizer tokenizer;
  auto doc = f.pipeline->NewDoc();
  size_t tokens = 0;
  for (auto _ : state) {
    state.PauseTiming();
    doc->Reset("bench", f.text, "2024-03-01");
    state.ResumeTiming();
    benchmark::DoNotOptimize(tokenizer.Process(*doc).ok());
    tokens += doc->tokens.size();
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenizer);

void BM_ActorMatching(benchmark::State& state) {
  StageFixture& f = Loaded();
  if (!f.error.empty()) return state.SkipWithError(f.error.c_str());
  ActorTagger actors(&f.pipeline->resources().actors, ActorTagger::Options{.owner_compounds = true});  // as for our dictionaries
  Doc& doc = *f.doc;  // tokens, tags and phrases from the full run
  for (auto _ : state) {
    doc.mentions.clear();
    benchmark::DoNotOptimize(actors.Process(doc).ok());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * doc.tokens.size()),
                                                  benchmark::Counter::kIsRate);
  state.counters["mentions"] = static_cast<double>(doc.mentions.size());
}
BENCHMARK(BM_ActorMatching);

void BM_FullPipeline(benchmark::State& state) {
  StageFixture& f = Loaded();
  if (!f.error.empty()) return state.SkipWithError(f.error.c_str());
  auto doc = f.pipeline->NewDoc();
  size_t sentences = 0, events = 0;
  for (auto _ : state) {
    doc->Reset("bench", f.text, "2024-03-01");
    benchmark::DoNotOptimize(f.pipeline->Process(*doc).ok());
    sentences += doc->sentences.size();
    events += doc->events.size();
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FullPipeline);

}  // namespace
}  // namespace casus
