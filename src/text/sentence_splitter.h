// The sentence splitter: groups Doc::tokens into Doc::sentences. News-aware:
// "Gen. Smith" and "the U.S. Army" stay together, headlines and paragraphs
// are sentences of their own, and no sentence exceeds a token budget.
#pragma once

#include <cstdint>

#include "casus/limits.h"
#include "core/stage.h"

namespace casus {

struct SentenceSplitterOptions {
  // Longer sentences are cut at ; : , (or hard) so later per-sentence work
  // stays bounded on run-on text, tables and lists.
  uint32_t max_tokens = kDefaultMaxSentenceTokens;
};

class SentenceSplitter : public Stage {
 public:
  explicit SentenceSplitter(SentenceSplitterOptions options = {}) : options_(options) {}
  std::string_view name() const override { return "sentence_splitter"; }
  // Fills doc.sentences and sets kSentenceStart on each first token.
  Status Process(Doc& doc) const override;

 private:
  SentenceSplitterOptions options_;
};

}  // namespace casus
