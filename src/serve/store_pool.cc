#include "serve/store_pool.h"

namespace casus::serve {

Result<std::unique_ptr<StorePool>> StorePool::OpenReadOnly(const std::string& path, int connections,
                                                           std::chrono::milliseconds time_limit) {
  std::unique_ptr<StorePool> pool(new StorePool(time_limit));
  store::StoreOptions options;
  options.read_only = true;
  for (int i = 0; i < std::max(connections, 1); ++i) {
    auto opened = store::Store::Open(path, options);
    if (!opened.ok()) return opened.status();
    pool->Add(std::move(opened.value()));
  }
  return pool;
}

std::unique_ptr<StorePool> StorePool::Adopt(std::unique_ptr<store::Store> store,
                                            std::chrono::milliseconds time_limit) {
  std::unique_ptr<StorePool> pool(new StorePool(time_limit));
  pool->Add(std::move(store));
  return pool;
}

void StorePool::Add(std::unique_ptr<store::Store> store) {
  auto slot = std::make_unique<Slot>();
  slot->store = std::move(store);
  free_.push_back(slot.get());
  slots_.push_back(std::move(slot));
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock lock(mutex_);
  released_.wait(lock, [this] { return !free_.empty(); });
  Slot* slot = free_.back();
  free_.pop_back();
  slot->deadline = std::chrono::steady_clock::now() + time_limit_;
  slot->store->database().SetDeadline(slot->deadline);
  return Lease(this, slot);
}

void StorePool::Release(Slot* slot) {
  {
    std::lock_guard lock(mutex_);
    free_.push_back(slot);
  }
  released_.notify_one();
}

}  // namespace casus::serve
