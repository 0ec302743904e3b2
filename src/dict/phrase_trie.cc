#include "dict/phrase_trie.h"

namespace casus {

void PhraseTrie::Add(std::span<const WordId> words, uint32_t payload) {
  if (words.empty()) return;
  uint32_t node = 0;
  for (WordId w : words) {
    auto [it, inserted] = edges_.try_emplace(Key(node, w), static_cast<uint32_t>(nodes_.size()));
    if (inserted) nodes_.emplace_back();
    node = it->second;
  }
  if (pending_.size() < nodes_.size()) pending_.resize(nodes_.size());
  pending_[node].push_back(payload);
  ++phrase_count_;
}

void PhraseTrie::Freeze() {
  pending_.resize(nodes_.size());
  payloads_.clear();
  for (size_t i = 0; i < nodes_.size(); ++i) {
    nodes_[i].payload_begin = static_cast<uint32_t>(payloads_.size());
    payloads_.insert(payloads_.end(), pending_[i].begin(), pending_[i].end());
    nodes_[i].payload_end = static_cast<uint32_t>(payloads_.size());
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

PhraseTrie::Match PhraseTrie::Longest(std::span<const WordId> words) const {
  Match best;
  ForEach(words, [&](const Match& m) { best = m; });
  return best;
}

}  // namespace casus
