// Scratch dictionaries and files for the TABARI/PETRARCH reader tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "casus/pipeline.h"
#include "core/text_util.h"
#include "dict/foreign_dictionaries.h"

namespace casus::testing {

// A splitter like the tokenizer's for plain words: spaces, lower case.
inline void SplitOnSpaces(std::string_view phrase, std::vector<std::string>& words) {
  for (std::string_view w : SplitFields(phrase, ' '))
    if (!Trim(w).empty()) words.push_back(AsciiLower(Trim(w)));
}

inline CameoTable TestCameoTable() {
  auto table = CameoTable::Load(DefaultDictDir() + "/../tables/cameo_codes.tsv");
  EXPECT_TRUE(table.ok()) << table.status().message();
  return std::move(table).value();
}

// "SRC/TGT/CODE" of each event `pipeline` codes from `text` dated `date`, sorted.
inline std::vector<std::string> Code(const Pipeline& pipeline, const std::string& text,
                                     const char* date = "1995-01-01") {
  auto doc = pipeline.NewDoc();
  doc->Reset("t", text, date);
  EXPECT_TRUE(pipeline.Process(*doc).ok());
  std::vector<std::string> out;
  for (const Event& e : doc->events)
    out.push_back(std::string(doc->words.Text(e.source.code)) + "/" +
                  (e.target.present() ? std::string(doc->words.Text(e.target.code)) : "---") + "/" +
                  pipeline.cameo().at(e.cameo).code);
  std::sort(out.begin(), out.end());
  return out;
}

struct ScratchDictionaries {
  Vocabulary vocab;
  ActorDictionary actors;
  VerbDictionary verbs;
  PhraseTrie discards;
  CameoTable cameo = TestCameoTable();
  PhraseSplitter split = SplitOnSpaces;
  DictionaryTargets targets{actors, verbs, discards, cameo, vocab, split};
  DiagnosticList diagnostics;

  // Entries of the actor trie for a phrase, or empty.
  std::vector<std::string> CodesOf(const std::string& phrase) {
    std::vector<std::string> words;
    SplitOnSpaces(phrase, words);
    std::vector<WordId> ids;
    for (const auto& w : words) ids.push_back(vocab.Intern(w));
    std::vector<std::string> codes;
    auto match = actors.trie().Longest(ids);
    if (match.length != ids.size()) return codes;
    for (uint32_t p : match.payloads) codes.emplace_back(vocab.Text(actors.entry(p).code));
    return codes;
  }
  bool HasError(uint64_t line, std::string_view part) const {
    for (const auto& d : diagnostics.items)
      if (d.severity == Severity::kError && d.line == line && d.message.find(part) != std::string::npos) return true;
    return false;
  }
  std::string AllDiagnostics() const {
    std::string out;
    for (const auto& d : diagnostics.items) out += d.ToString() + "\n";
    return out;
  }
};

class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("casus_foreign_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::string p = (path_ / name).string();
    std::ofstream(p) << text;
    return p;
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// The pipeline `options` describe, or null (a test failure) when it does not load.
inline std::unique_ptr<Pipeline> LoadPipeline(const PipelineOptions& options) {
  DiagnosticList diagnostics;
  auto loaded = Pipeline::Load(options, &diagnostics);
  EXPECT_TRUE(loaded.ok()) << loaded.status().message();
  return loaded.ok() ? std::move(loaded).value() : nullptr;
}

// A pipeline coding with PETRARCH verbs, actors and agents written into `dir`.
inline std::unique_ptr<Pipeline> LoadPetrarchPipeline(const TempDir& dir, const char* verbs, const char* actors,
                                                      const char* agents) {
  dir.Write("CAMEO.test.txt", verbs);
  dir.Write("Test.actors.txt", actors);
  dir.Write("Test.agents.txt", agents);
  PipelineOptions options;
  options.petrarch_dicts = dir.path();
  return LoadPipeline(options);
}

}  // namespace casus::testing
