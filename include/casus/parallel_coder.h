// Codes a stream of documents on several worker threads and hands the results
// back in input order, so that N threads write exactly what one thread writes.
// Memory stays bounded: documents travel in small batches and at most
// `batches_per_thread` x threads batches are in flight; Add blocks (while
// emitting finished batches) when the window is full. This is what lets
// `casus code` run as a streaming filter on unbounded standard input.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/pipeline.h"
#include "casus/reader.h"

namespace casus {

struct ParallelCoderOptions {
  unsigned threads = 0;               // 0: std::thread::hardware_concurrency(); 1: code on the caller's thread
  size_t batch_documents = 32;        // a batch closes at this many documents ...
  size_t batch_bytes = 1u << 20;      // ... or this much text, whichever comes first
  size_t batches_per_thread = 4;      // in-flight window = batches_per_thread x threads
};

// What a batch of documents came to, in input order.
struct CodedBatch {
  std::string json_lines;              // one JSON line per event (docs/output.md)
  std::vector<Diagnostic> problems;    // documents that could not be coded (already counted in skipped)
  uint64_t documents = 0;              // documents coded
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t skipped = 0;
};

class ParallelCoder {
 public:
  // Called on the caller's thread (inside Add or Finish), once per batch, in input order.
  using BatchSink = std::function<void(CodedBatch&)>;

  ParallelCoder(const Pipeline& pipeline, ParallelCoderOptions options, BatchSink sink);
  ~ParallelCoder();  // finishes and joins the workers
  ParallelCoder(const ParallelCoder&) = delete;
  ParallelCoder& operator=(const ParallelCoder&) = delete;

  // Queues one document (id, text and date already final; file/line name it in messages).
  void Add(RawDocument doc);
  // Codes what is left and delivers every remaining batch. Idempotent.
  void Finish();

  unsigned threads() const { return threads_; }

 private:
  struct Batch;
  struct Shared;
  void Submit();
  void DeliverFinished(bool wait_for_oldest);
  void WorkerLoop();

  const Pipeline& pipeline_;
  ParallelCoderOptions options_;
  BatchSink sink_;
  unsigned threads_ = 1;
  std::unique_ptr<Batch> filling_;
  size_t filling_bytes_ = 0;
  std::unique_ptr<Shared> shared_;
  std::unique_ptr<Doc> inline_doc_;  // threads == 1: coded here, no workers
  bool finished_ = false;
};

// Codes every document of a batch into `out` with `doc` as scratch.
void CodeDocuments(const Pipeline& pipeline, std::vector<RawDocument>& documents, Doc& doc, CodedBatch& out);

}  // namespace casus
