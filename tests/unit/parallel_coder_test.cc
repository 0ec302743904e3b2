// ParallelCoder: N threads write exactly what one thread writes, in input order,
// whatever the batch size and window.
#include "casus/parallel_coder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "casus/pipeline.h"
#include "casus/reader.h"

namespace casus {
namespace {

const Pipeline* SharedPipeline() {
  static std::unique_ptr<Pipeline> pipeline = [] {
    DiagnosticList diagnostics;
    auto loaded = Pipeline::Load(PipelineOptions{}, &diagnostics);
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return pipeline.get();
}

struct CodedStream {
  std::string json;
  std::string problems;
  uint64_t documents = 0, sentences = 0, events = 0, skipped = 0, batches = 0;
};

CodedStream CodeFile(const std::string& path, ParallelCoderOptions options) {
  CodedStream out;
  std::ifstream in(path, std::ios::binary);
  DiagnosticList reader_problems;
  auto reader = MakeReader(InputFormat::kJsonLines, in, path, &reader_problems);
  ParallelCoder coder(*SharedPipeline(), options, [&](CodedBatch& batch) {
    out.json += batch.json_lines;
    for (const auto& p : batch.problems) out.problems += p.ToString() + "\n";
    out.documents += batch.documents;
    out.sentences += batch.sentences;
    out.events += batch.events;
    out.skipped += batch.skipped;
    ++out.batches;
  });
  RawDocument raw;
  while (reader->Next(raw)) {
    coder.Add(std::move(raw));
    raw = RawDocument();
  }
  coder.Finish();
  out.skipped += reader->skipped();
  return out;
}

void ExpectSameAcrossThreads(const std::string& path) {
  ParallelCoderOptions one;
  one.threads = 1;
  CodedStream reference = CodeFile(path, one);
  ASSERT_GT(reference.documents, 0u);
  // Tiny batches and a window of one batch per thread stress the ordering.
  for (size_t batch_documents : {1u, 3u, 32u}) {
    ParallelCoderOptions many;
    many.threads = 2;
    many.batch_documents = batch_documents;
    many.batches_per_thread = batch_documents == 1 ? 1 : 4;
    CodedStream parallel = CodeFile(path, many);
    EXPECT_EQ(parallel.json, reference.json) << "batch of " << batch_documents;
    EXPECT_EQ(parallel.problems, reference.problems);
    EXPECT_EQ(parallel.documents, reference.documents);
    EXPECT_EQ(parallel.sentences, reference.sentences);
    EXPECT_EQ(parallel.events, reference.events);
    EXPECT_EQ(parallel.skipped, reference.skipped);
  }
}

TEST(ParallelCoderTest, SampleIsIdenticalWithOneAndTwoThreads) {
  if (!SharedPipeline()) GTEST_SKIP() << "pipeline does not load (dictionaries or generated data missing)";
  const std::string path = std::string(CASUS_TEST_DATA_DIR) + "/threads_sample.jsonl";
  ExpectSameAcrossThreads(path);
  ParallelCoderOptions one;
  one.threads = 1;
  CodedStream reference = CodeFile(path, one);
  EXPECT_EQ(reference.documents, 40u);
  EXPECT_EQ(reference.skipped, 1u);  // the line that is not JSON
  EXPECT_GT(reference.events, 0u);
}

TEST(ParallelCoderTest, GuardianCorpusIsIdenticalWithOneAndTwoThreads) {
  if (!SharedPipeline()) GTEST_SKIP() << "pipeline does not load (dictionaries or generated data missing)";
  const std::string path = std::string(CASUS_SHARED_DIR) + "/corpora/guardian-2019.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found; skipping the corpus check";
  ExpectSameAcrossThreads(path);
}

TEST(ParallelCoderTest, FinishWithNothingAddedDeliversNothing) {
  if (!SharedPipeline()) GTEST_SKIP() << "pipeline does not load";
  for (unsigned threads : {1u, 2u}) {
    ParallelCoderOptions options;
    options.threads = threads;
    int batches = 0;
    ParallelCoder coder(*SharedPipeline(), options, [&](CodedBatch&) { ++batches; });
    coder.Finish();
    coder.Finish();
    EXPECT_EQ(batches, 0);
  }
}

}  // namespace
}  // namespace casus
