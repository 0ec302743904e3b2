// Fuzzes the dictionary readers behind `casus dict lint` and --dict/--tabari/
// --petrarch-dicts: our own actors/agents/verbs/discards files and the TABARI
// and PETRARCH formats. The first byte picks the file kind (by its name, as
// DetectDictionaryFile does); the rest is the file. Project and config files
// are left out: they name other files, and reading arbitrary paths is not
// what a fuzzer should do.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "casus/pipeline.h"
#include "core/pipeline_resources.h"
#include "dict/dictionary_lint.h"
#include "text/tokenizer.h"

namespace {

// Names the broken invariant, then crashes so that libFuzzer keeps the input.
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

namespace fs = std::filesystem;

constexpr const char* kFileNames[] = {
    "actors/fuzz.txt", "verbs/fuzz.txt",        "agents.txt",         "discards.txt",
    "fuzz.verbs",      "fuzz.actors",           "fuzz.agents",        "fuzz.options",
    "CAMEO.2.0.txt",   "Phoenix.actors.txt",    "Phoenix.agents.txt", "Phoenix.discards.txt",
};
constexpr size_t kKinds = sizeof kFileNames / sizeof kFileNames[0];

const fs::path& ScratchDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("casus-fuzz-dict-" + std::to_string(getpid()));
    fs::create_directories(d / "actors");
    fs::create_directories(d / "verbs");
    return d;
  }();
  return dir;
}

const casus::CameoTable& Cameo() {
  static const casus::CameoTable table = [] {
    auto loaded = casus::CameoTable::Load(casus::DefaultDictDir() + "/../tables/cameo_codes.tsv");
    if (!loaded.ok()) Fail("loading failed");
    return std::move(loaded).value();
  }();
  return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string path = (ScratchDir() / kFileNames[data[0] % kKinds]).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
  }
  casus::Vocabulary vocab;
  casus::ActorDictionary actors;
  casus::VerbDictionary verbs;
  casus::PhraseTrie discards;
  casus::CameoTable cameo = Cameo();
  casus::Tokenizer tokenizer;
  casus::Doc phrase_doc(&vocab);
  casus::PhraseSplitter split = [&](std::string_view phrase, std::vector<std::string>& words) {
    phrase_doc.Reset("", std::string(phrase), "");
    (void)tokenizer.Process(phrase_doc);
    for (const casus::Token& t : phrase_doc.tokens) words.emplace_back(phrase_doc.words.Text(t.lower));
  };
  casus::DictionaryTargets targets{actors, verbs, discards, cameo, vocab, split};
  casus::DiagnosticList sink;
  casus::LintDictionaryFile(path, targets, &sink);
  actors.Freeze();
  verbs.Freeze();
  discards.Freeze();
  casus::ReportDuplicatePatterns(verbs, cameo, &sink);
  for (const auto& d : sink.items)
    if (d.message.empty()) Fail("a diagnostic without a message");
  return 0;
}
