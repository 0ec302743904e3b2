#include "dict/phrase_trie.h"

#include <algorithm>

namespace casus {

void PhraseTrie::Add(std::span<const WordId> words, uint32_t payload) {
  if (words.empty()) return;
  uint32_t node = 0;
  for (WordId w : words) {
    uint32_t child = Child(node, w);
    if (child == kNoNode) {
      if ((edge_count_ + 1) * 2 > edges_.size()) GrowEdges();
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      const uint64_t key = Key(node, w);
      const size_t mask = edges_.size() - 1;
      size_t i = Slot(key, mask);
      while (edges_[i].key != 0) i = (i + 1) & mask;
      edges_[i] = {key, child};
      ++edge_count_;
    }
    node = child;
  }
  if (pending_.size() < nodes_.size()) pending_.resize(nodes_.size());
  pending_[node].push_back(payload);
  ++phrase_count_;
}

void PhraseTrie::GrowEdges() {
  std::vector<Edge> bigger(edges_.size() * 2);
  const size_t mask = bigger.size() - 1;
  for (const Edge& e : edges_) {
    if (e.key == 0) continue;
    size_t i = Slot(e.key, mask);
    while (bigger[i].key != 0) i = (i + 1) & mask;
    bigger[i] = e;
  }
  edges_.swap(bigger);
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

void PhraseTrie::ForEachPhrase(const PhraseVisitor& visit) const {
  std::vector<uint32_t> parent(nodes_.size(), 0);
  std::vector<WordId> word(nodes_.size(), kNoWord);
  for (const Edge& e : edges_) {
    if (e.key == 0) continue;
    parent[e.child] = static_cast<uint32_t>(e.key >> 32);
    word[e.child] = static_cast<WordId>(e.key & 0xFFFFFFFFu);
  }
  const bool frozen = pending_.empty();  // Freeze moved the lists into payloads_
  std::vector<WordId> words;
  for (uint32_t node = 1; node < nodes_.size(); ++node) {
    std::span<const uint32_t> payloads;
    if (frozen)
      payloads = std::span<const uint32_t>(payloads_.data() + nodes_[node].payload_begin,
                                           nodes_[node].payload_end - nodes_[node].payload_begin);
    else if (node < pending_.size())
      payloads = pending_[node];
    if (payloads.empty()) continue;
    words.clear();
    for (uint32_t n = node; n != 0; n = parent[n]) words.push_back(word[n]);
    std::reverse(words.begin(), words.end());
    visit(words, payloads);
  }
}

PhraseTrie::Match PhraseTrie::Longest(std::span<const WordId> words) const {
  Match best;
  ForEach(words, [&](const Match& m) { best = m; });
  return best;
}

}  // namespace casus
