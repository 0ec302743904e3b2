// Connections to one store shared by the server's worker threads. A store
// connection is used by one request at a time; each lease sets the
// connection's deadline (Database::SetDeadline), after which the running
// statement stops, so no request can hold a connection longer than the query
// time limit.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "casus/status.h"
#include "store/store.h"

namespace casus::serve {

class StorePool {
 public:
  // `connections` read-only connections to the store file at `path`.
  static Result<std::unique_ptr<StorePool>> OpenReadOnly(const std::string& path, int connections,
                                                         std::chrono::milliseconds time_limit);
  // One connection to a store already open (the in-memory store of `serve --events`).
  static std::unique_ptr<StorePool> Adopt(std::unique_ptr<store::Store> store, std::chrono::milliseconds time_limit);

  StorePool(const StorePool&) = delete;
  StorePool& operator=(const StorePool&) = delete;

  class Lease;
  // Waits for a free connection; its deadline starts now.
  Lease Acquire();
  std::chrono::milliseconds time_limit() const { return time_limit_; }

 private:
  struct Slot {
    std::unique_ptr<store::Store> store;
    std::chrono::steady_clock::time_point deadline;
  };
  explicit StorePool(std::chrono::milliseconds time_limit) : time_limit_(time_limit) {}
  void Add(std::unique_ptr<store::Store> store);
  void Release(Slot* slot);

  std::chrono::milliseconds time_limit_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::vector<Slot*> free_;
  std::mutex mutex_;
  std::condition_variable released_;

 public:
  class Lease {
   public:
    Lease(StorePool* pool, Slot* slot) : pool_(pool), slot_(slot) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), slot_(other.slot_) { other.slot_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (slot_ != nullptr) pool_->Release(slot_);
    }
    store::Store& store() { return *slot_->store; }
    // True once the lease's time limit has passed: a statement that failed
    // then was stopped by it.
    bool timed_out() const { return std::chrono::steady_clock::now() >= slot_->deadline; }

   private:
    StorePool* pool_;
    Slot* slot_;
  };
};

}  // namespace casus::serve
