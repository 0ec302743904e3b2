// Throughput of the tagger and lemmatizer on pre-built tokens (no tokenizer),
// reported as tokens per second.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "casus/doc.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace casus {
namespace {

constexpr const char* kSentences[] = {
    "Russian forces shelled the eastern city of Kharkiv on Monday , killing at least five civilians , "
    "Ukrainian officials said .",
    "The US Treasury imposed new sanctions on Iranian officials accused of supporting militant groups .",
    "Gunmen kidnapped two aid workers near the border , and police arrested three suspects in Kandahar .",
    "Talks between the two sides collapsed after Hamas rejected the Egyptian proposal for a ceasefire .",
    "Thousands of protesters fled when security forces fired tear gas at demonstrators demanding elections .",
    "China 's foreign minister warned Japan that Beijing would respond to any provocation .",
    "A missile struck a residential building in Damascus , the state news agency reported .",
    "The president will visit Moscow next week to meet his Russian counterpart for talks on energy .",
};

struct Fixture {
  Vocabulary vocab;
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<Doc> doc;
  std::string error;
};

// A document of the sample sentences repeated, tokenized on spaces.
Fixture& Shared() {
  static Fixture* f = [] {
    auto* fx = new Fixture;
    auto tagger = Tagger::Load(Tagger::DefaultLexiconPath(), fx->vocab);
    auto lemmatizer = Lemmatizer::Load(Lemmatizer::DefaultWordNetDir(), fx->vocab);
    if (!tagger.ok() || !lemmatizer.ok()) {
      fx->error = tagger.ok() ? lemmatizer.status().message() : tagger.status().message();
      return fx;
    }
    fx->tagger = std::move(tagger).value();
    fx->lemmatizer = std::move(lemmatizer).value();
    std::string text;
    for (int copy = 0; copy < 50; ++copy)
      for (const char* s : kSentences) text += std::string(s) + " ";
    fx->doc = std::make_unique<Doc>(&fx->vocab);
    fx->doc->Reset("bench", text, "");
    Doc& doc = *fx->doc;
    uint32_t start = 0;
    Sentence sentence;
    for (uint32_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] != ' ') continue;
      if (i > start) {
        std::string_view w(text.data() + start, i - start);
        std::string lower(w);
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        Token t;
        t.begin = start;
        t.end = i;
        t.form = doc.words.Intern(w);
        t.lower = doc.words.Intern(lower);
        if (w[0] >= 'A' && w[0] <= 'Z') t.flags |= kCapitalized;
        if (sentence.first_token == doc.tokens.size()) t.flags |= kSentenceStart;
        doc.tokens.push_back(t);
        if (w == ".") {
          sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
          sentence.end = i;
          doc.sentences.push_back(sentence);
          sentence.first_token = sentence.end_token;
          sentence.begin = i + 1;
        }
      }
      start = i + 1;
    }
    return fx;
  }();
  return *f;
}

void BM_TagAndLemmatize(benchmark::State& state) {
  Fixture& f = Shared();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(f.tagger->Process(*f.doc).ok());
    benchmark::DoNotOptimize(f.lemmatizer->Process(*f.doc).ok());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.doc->tokens.size()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * f.doc->tokens.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndLemmatize);

void BM_TagOnly(benchmark::State& state) {
  Fixture& f = Shared();
  if (!f.error.empty()) {
    state.SkipWithError(f.error.c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(f.tagger->Process(*f.doc).ok());
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * f.doc->tokens.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagOnly);

}  // namespace
}  // namespace casus

BENCHMARK_MAIN();
