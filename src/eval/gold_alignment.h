// Lining up the two halves of a CAMEO sentence gold set: the TSV sentences and
// the tokenised BIO sentences, which in the ConfliBERT train split differ in
// number and were partly edited. The steps mirror the reference scorer's:
// pair sentences (identity, else a monotone alignment on word overlap), walk
// the tokens through the text, and, where that fails, search each span's
// tokens in the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eval/cameo_sentence_eval.h"
#include "eval/text_fold.h"

namespace casus::eval {

struct BioToken {
  std::u32string token;
  std::string tag;  // "O", "B-S", "I-T", ...
};
using BioSentence = std::vector<BioToken>;

// A run of B-/I- tags: role ("S", "T", "R", ...) and tokens [first, last).
struct BioSpan {
  std::string role;
  size_t first = 0, last = 0;
};
// I- without a preceding B- (or after another role) opens a span.
std::vector<BioSpan> BioSpans(const BioSentence& sentence);

// The normalized form of each token of a BIO sentence.
std::vector<std::u32string> NormalizedTokens(const BioSentence& sentence);

// Character spans of the tokens when they cover the text contiguously
// (whitespace, accents, quote styles and case aside); a token that normalizes
// to nothing gets no span. `exact`: the whole text was consumed.
struct TokenAlignment {
  bool aligned = false;
  bool exact = false;
  std::vector<std::optional<CharSpan>> spans;
};
TokenAlignment AlignTokens(const NormalizedText& text, const std::vector<std::u32string>& normalized_tokens);

// Every raw token found in the text, in order (a header statistic).
bool RawTokensInOrder(std::u32string_view text, const BioSentence& sentence);

// Fallback for edited sentences: the span's tokens as one normalized string in
// the text, at the occurrence nearest the span's relative position.
std::optional<CharSpan> LocateSpan(const NormalizedText& text, const std::vector<std::u32string>& normalized_tokens,
                                   size_t first, size_t last);

// Gold sentence index -> BIO sentence index (-1: unpaired). `identity` tells
// which method was used.
std::vector<long> PairSentences(const std::vector<std::u32string>& texts, const std::vector<BioSentence>& bio,
                                bool* identity);

}  // namespace casus::eval
