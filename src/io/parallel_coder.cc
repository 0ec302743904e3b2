#include "casus/parallel_coder.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "casus/event_writer.h"
#include "casus/extras_writer.h"

namespace casus {

struct ParallelCoder::Batch {
  std::vector<RawDocument> documents;
  CodedBatch result;
  bool done = false;  // guarded by Shared::mutex
};

// State the caller and the workers share, all under one mutex: batches are
// few dozen documents each, so the lock is taken rarely.
struct ParallelCoder::Shared {
  std::mutex mutex;
  std::condition_variable work_ready;   // workers wait for pending batches
  std::condition_variable batch_done;   // the caller waits for the oldest batch
  std::deque<std::unique_ptr<Batch>> in_flight;  // input order; owned here
  std::deque<Batch*> pending;                    // not yet taken by a worker
  bool stopping = false;
  std::vector<std::thread> workers;
};

void CodeDocuments(const Pipeline& pipeline, std::vector<RawDocument>& documents, Doc& doc, CodedBatch& out) {
  for (RawDocument& raw : documents) {
    doc.Reset(std::move(raw.id), std::move(raw.text), std::move(raw.date));
    Status status = pipeline.Process(doc);
    if (!status.ok()) {
      out.problems.push_back(
          {Severity::kError, raw.file, raw.line, "document '" + doc.id + "' skipped: " + status.message()});
      ++out.skipped;
      continue;
    }
    ++out.documents;
    out.sentences += doc.sentences.size();
    out.events += doc.events.size();
    for (const Event& e : doc.events) {
      AppendEventJson(doc, e, pipeline.cameo(), out.json_lines);
      out.json_lines += '\n';
    }
    if (pipeline.options().extras) AppendExtrasJsonLines(doc, out.json_lines);
  }
  // The texts now live in `doc` or are spent; free the batch's memory early.
  documents.clear();
  documents.shrink_to_fit();
}

ParallelCoder::ParallelCoder(const Pipeline& pipeline, ParallelCoderOptions options, BatchSink sink)
    : pipeline_(pipeline), options_(options), sink_(std::move(sink)), shared_(std::make_unique<Shared>()) {
  threads_ = options_.threads != 0 ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
  options_.batch_documents = std::max<size_t>(1, options_.batch_documents);
  options_.batches_per_thread = std::max<size_t>(1, options_.batches_per_thread);
  filling_ = std::make_unique<Batch>();
  if (threads_ == 1) {
    inline_doc_ = pipeline_.NewDoc();
    return;
  }
  for (unsigned i = 0; i < threads_; ++i) shared_->workers.emplace_back([this] { WorkerLoop(); });
}

ParallelCoder::~ParallelCoder() { Finish(); }

void ParallelCoder::Add(RawDocument doc) {
  filling_bytes_ += doc.text.size();
  filling_->documents.push_back(std::move(doc));
  if (filling_->documents.size() >= options_.batch_documents || filling_bytes_ >= options_.batch_bytes) Submit();
}

void ParallelCoder::Submit() {
  if (filling_->documents.empty()) return;
  std::unique_ptr<Batch> batch = std::move(filling_);
  filling_ = std::make_unique<Batch>();
  filling_bytes_ = 0;
  if (threads_ == 1) {
    CodeDocuments(pipeline_, batch->documents, *inline_doc_, batch->result);
    sink_(batch->result);
    return;
  }
  // Bounded window: make room by delivering the oldest batch first.
  const size_t window = options_.batches_per_thread * threads_;
  for (;;) {
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->in_flight.size() < window) {
        shared_->pending.push_back(batch.get());
        shared_->in_flight.push_back(std::move(batch));
        break;
      }
    }
    DeliverFinished(/*wait_for_oldest=*/true);
  }
  shared_->work_ready.notify_one();
  DeliverFinished(/*wait_for_oldest=*/false);  // stream out whatever is ready
}

// Hands finished batches from the front of the window to the sink, in order.
// The sink runs without the lock so workers keep going while we write.
void ParallelCoder::DeliverFinished(bool wait_for_oldest) {
  for (;;) {
    std::unique_ptr<Batch> front;
    {
      std::unique_lock lock(shared_->mutex);
      if (shared_->in_flight.empty()) return;
      if (wait_for_oldest)
        shared_->batch_done.wait(lock, [&] { return shared_->in_flight.front()->done; });
      if (!shared_->in_flight.front()->done) return;
      front = std::move(shared_->in_flight.front());
      shared_->in_flight.pop_front();
    }
    sink_(front->result);
    wait_for_oldest = false;
  }
}

void ParallelCoder::WorkerLoop() {
  std::unique_ptr<Doc> doc = pipeline_.NewDoc();
  for (;;) {
    Batch* batch = nullptr;
    {
      std::unique_lock lock(shared_->mutex);
      shared_->work_ready.wait(lock, [&] { return shared_->stopping || !shared_->pending.empty(); });
      if (shared_->pending.empty()) return;  // stopping and nothing left
      batch = shared_->pending.front();
      shared_->pending.pop_front();
    }
    CodeDocuments(pipeline_, batch->documents, *doc, batch->result);
    {
      std::lock_guard lock(shared_->mutex);
      batch->done = true;
    }
    shared_->batch_done.notify_one();
  }
}

void ParallelCoder::Finish() {
  if (finished_) return;
  finished_ = true;
  Submit();
  if (threads_ == 1) return;
  for (;;) {
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->in_flight.empty()) break;
    }
    DeliverFinished(/*wait_for_oldest=*/true);
  }
  {
    std::lock_guard lock(shared_->mutex);
    shared_->stopping = true;
  }
  shared_->work_ready.notify_all();
  for (std::thread& worker : shared_->workers) worker.join();
}

}  // namespace casus
