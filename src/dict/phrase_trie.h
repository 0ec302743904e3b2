// A trie over word ids: the compiled form of every phrase dictionary (actors,
// agents, discards). Matching walks token ids from a start position and
// reports each phrase that ends there, so a sentence is scanned once with no
// string comparison.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "casus/vocabulary.h"

namespace casus {

class PhraseTrie {
 public:
  PhraseTrie() : nodes_(1) {}

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
      auto it = edges_.find(Key(node, words[i]));
      if (it == edges_.end()) return;
      node = it->second;
      const Node& n = nodes_[node];
      if (n.payload_end > n.payload_begin)
        callback(Match{static_cast<uint32_t>(i + 1),
                       std::span<const uint32_t>(payloads_.data() + n.payload_begin, n.payload_end - n.payload_begin)});
    }
  }
  size_t phrase_count() const { return phrase_count_; }

 private:
  struct Node {
    uint32_t payload_begin = 0, payload_end = 0;
  };
  static uint64_t Key(uint32_t node, WordId word) { return (static_cast<uint64_t>(node) << 32) | word; }

  std::vector<Node> nodes_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> pending_;  // per node, until Freeze
  std::vector<uint32_t> payloads_;
  size_t phrase_count_ = 0;
};

}  // namespace casus
