// A trie over word ids: the compiled form of every phrase dictionary (actors,
// agents, discards). Matching walks token ids from a start position and
// reports each phrase that ends there, so a sentence is scanned once with no
// string comparison.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "casus/vocabulary.h"

namespace casus {

class PhraseTrie {
 public:
  PhraseTrie() : nodes_(1), edges_(kInitialEdgeSlots) {}

  // Adds a phrase; `payload` is the caller's entry index.
  void Add(std::span<const WordId> words, uint32_t payload);
  // Flattens payload lists; call once after the last Add.
  void Freeze();

  struct Match {
    uint32_t length = 0;                 // words matched
    std::span<const uint32_t> payloads;  // entries of the phrase
  };
  // The longest phrase starting at words[0], or length 0.
  Match Longest(std::span<const WordId> words) const;
  // Every phrase starting at words[0], shortest first.
  template <typename Callback>
  void ForEach(std::span<const WordId> words, Callback&& callback) const {
    uint32_t node = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      node = Child(node, words[i]);
      if (node == kNoNode) return;
      const Node& n = nodes_[node];
      if (n.payload_end > n.payload_begin)
        callback(Match{static_cast<uint32_t>(i + 1),
                       std::span<const uint32_t>(payloads_.data() + n.payload_begin, n.payload_end - n.payload_begin)});
    }
  }
  size_t phrase_count() const { return phrase_count_; }

  // Calls `visit` once per distinct phrase with its words and the payloads of
  // every Add that gave it (in the order added), before or after Freeze. Not
  // for matching: it rebuilds parent links, for tools that look at the whole
  // dictionary (casus dict lint's duplicate names).
  using PhraseVisitor = std::function<void(std::span<const WordId> words, std::span<const uint32_t> payloads)>;
  void ForEachPhrase(const PhraseVisitor& visit) const;

 private:
  struct Node {
    uint32_t payload_begin = 0, payload_end = 0;
  };
  // Edges (parent node, word) -> child live in one flat open-addressing table
  // (linear probing, at most half full): every token of every sentence walks
  // it, and a node-based hash map costs a cache miss per bucket and per node.
  struct Edge {
    uint64_t key = 0;  // Key(parent, word); 0 is never a key, as word ids start at 1
    uint32_t child = 0;
  };
  static constexpr uint32_t kNoNode = 0;  // the root is never a child
  static constexpr size_t kInitialEdgeSlots = 16;
  static uint64_t Key(uint32_t node, WordId word) { return (static_cast<uint64_t>(node) << 32) | word; }
  static size_t Slot(uint64_t key, size_t mask) {
    key *= 0x9e3779b97f4a7c15ULL;
    return static_cast<size_t>(key >> 32 ^ key) & mask;
  }
  uint32_t Child(uint32_t node, WordId word) const {
    const uint64_t key = Key(node, word);
    const size_t mask = edges_.size() - 1;
    for (size_t i = Slot(key, mask);; i = (i + 1) & mask) {
      const Edge& e = edges_[i];
      if (e.key == key) return e.child;
      if (e.key == 0) return kNoNode;
    }
  }
  void GrowEdges();

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;  // power-of-two size
  size_t edge_count_ = 0;
  std::vector<std::vector<uint32_t>> pending_;  // per node, until Freeze
  std::vector<uint32_t> payloads_;
  size_t phrase_count_ = 0;
};

}  // namespace casus
