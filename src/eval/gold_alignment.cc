#include "eval/gold_alignment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>

namespace casus::eval {

std::vector<BioSpan> BioSpans(const BioSentence& sentence) {
  std::vector<BioSpan> spans;
  std::optional<BioSpan> current;
  for (size_t k = 0; k < sentence.size(); ++k) {
    const std::string& tag = sentence[k].tag;
    bool begin = tag.rfind("B-", 0) == 0;
    bool inside = tag.rfind("I-", 0) == 0;
    std::string role = (begin || inside) ? tag.substr(2) : std::string();
    if (begin || (inside && (!current || current->role != role))) {
      if (current) spans.push_back(*current);
      current = BioSpan{role, k, k + 1};
    } else if (inside) {
      current->last = k + 1;
    } else {
      if (current) spans.push_back(*current);
      current.reset();
    }
  }
  if (current) spans.push_back(*current);
  return spans;
}

std::vector<std::u32string> NormalizedTokens(const BioSentence& sentence) {
  std::vector<std::u32string> out;
  out.reserve(sentence.size());
  for (const BioToken& t : sentence) out.push_back(NormalizeToken(t.token));
  return out;
}

TokenAlignment AlignTokens(const NormalizedText& text, const std::vector<std::u32string>& normalized_tokens) {
  TokenAlignment result;
  const std::u32string& norm = text.chars;
  size_t pos = 0;
  for (const std::u32string& nt : normalized_tokens) {
    if (nt.empty()) {
      result.spans.emplace_back();
      continue;
    }
    if (pos + nt.size() > norm.size() || norm.compare(pos, nt.size(), nt) != 0) return TokenAlignment{};
    result.spans.push_back(CharSpan{static_cast<uint32_t>(text.index_map[pos]),
                                    static_cast<uint32_t>(text.index_map[pos + nt.size() - 1] + 1)});
    pos += nt.size();
  }
  result.aligned = true;
  result.exact = pos == norm.size();
  return result;
}

bool RawTokensInOrder(std::u32string_view text, const BioSentence& sentence) {
  size_t pos = 0;
  for (const BioToken& t : sentence) {
    size_t k = text.find(t.token, pos);
    if (k == std::u32string_view::npos) return false;
    pos = k + t.token.size();
  }
  return true;
}

std::optional<CharSpan> LocateSpan(const NormalizedText& text, const std::vector<std::u32string>& normalized_tokens,
                                   size_t first, size_t last) {
  std::u32string target;
  for (size_t k = first; k < last && k < normalized_tokens.size(); ++k) target += normalized_tokens[k];
  if (target.empty()) return std::nullopt;
  const std::u32string& norm = text.chars;
  // The occurrence nearest where the span sits in the gold sentence; ties go to
  // the first, as min() does in the reference.
  double want = (static_cast<double>(first) / static_cast<double>(std::max<size_t>(1, normalized_tokens.size()))) *
                static_cast<double>(norm.size());
  std::optional<size_t> best;
  double best_distance = 0.0;
  for (size_t k = norm.find(target); k != std::u32string::npos; k = norm.find(target, k + 1)) {
    double distance = std::fabs(static_cast<double>(k) - want);
    if (!best || distance < best_distance) {
      best = k;
      best_distance = distance;
    }
  }
  if (!best) return std::nullopt;
  return CharSpan{static_cast<uint32_t>(text.index_map[*best]),
                  static_cast<uint32_t>(text.index_map[*best + target.size() - 1] + 1)};
}

namespace {

size_t IntersectionSize(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t count = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++count;
      ++i;
      ++j;
    }
  }
  return count;
}

}  // namespace

std::vector<long> PairSentences(const std::vector<std::u32string>& texts, const std::vector<BioSentence>& bio,
                                bool* identity) {
  const size_t n = texts.size();
  const size_t m = bio.size();
  std::vector<long> pairs(n, -1);
  if (n == m) {
    size_t ok = 0;
    for (size_t i = 0; i < n; ++i) {
      if (AlignTokens(NormalizeWithMap(texts[i]), NormalizedTokens(bio[i])).aligned) ++ok;
    }
    if (static_cast<double>(ok) >= 0.5 * static_cast<double>(n)) {
      for (size_t i = 0; i < n; ++i) pairs[i] = static_cast<long>(i);
      *identity = true;
      return pairs;
    }
  }
  *identity = false;
  std::vector<std::vector<std::string>> gold_words, bio_words;
  for (const auto& t : texts) gold_words.push_back(WordSet(t));
  for (const auto& s : bio) {
    std::u32string joined;
    for (size_t k = 0; k < s.size(); ++k) {
      if (k) joined.push_back(U' ');
      joined += s[k].token;
    }
    bio_words.push_back(WordSet(joined));
  }
  auto similarity = [&](size_t i, size_t j) {
    const auto& a = gold_words[i];
    const auto& b = bio_words[j];
    if (a.empty() || b.empty()) return 0.0;
    return static_cast<double>(IntersectionSize(a, b)) / static_cast<double>(std::min(a.size(), b.size()));
  };
  // Monotone alignment by dynamic programming, pairs only within a band
  // around the diagonal; back: 1 skip gold, 2 skip BIO, 3 pair.
  const long band = std::labs(static_cast<long>(n) - static_cast<long>(m)) + 50;
  const long extra_low = std::max(0L, static_cast<long>(n) - static_cast<long>(m));
  const long extra_high = std::max(0L, static_cast<long>(m) - static_cast<long>(n));
  const double kNegative = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> score(n + 1, std::vector<double>(m + 1, kNegative));
  std::vector<std::vector<uint8_t>> back(n + 1, std::vector<uint8_t>(m + 1, 0));
  for (size_t j = 0; j <= m; ++j) score[0][j] = 0.0;
  for (size_t i = 1; i <= n; ++i) {
    score[i][0] = 0.0;
    const long lo = std::max(1L, static_cast<long>(i) - band - extra_low);
    const long hi = std::min(static_cast<long>(m), static_cast<long>(i) + band + extra_high);
    for (size_t j = 1; j <= m; ++j) {
      double best = score[i - 1][j];
      uint8_t b = 1;
      if (score[i][j - 1] > best) {
        best = score[i][j - 1];
        b = 2;
      }
      if (lo <= static_cast<long>(j) && static_cast<long>(j) <= hi) {
        double s = similarity(i - 1, j - 1);
        if (s >= 0.5 && score[i - 1][j - 1] + s > best) {
          best = score[i - 1][j - 1] + s;
          b = 3;
        }
      }
      score[i][j] = best;
      back[i][j] = b;
    }
  }
  size_t i = n, j = m;
  while (i > 0 && j > 0) {
    uint8_t b = back[i][j];
    if (b == 3) {
      pairs[i - 1] = static_cast<long>(j - 1);
      --i;
      --j;
    } else if (b == 1) {
      --i;
    } else {
      --j;
    }
  }
  return pairs;
}

}  // namespace casus::eval
