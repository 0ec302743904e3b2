// The per-document limits and their defaults (docs/robustness.md). Each is an
// option of the commands that read or code documents, so a user can tighten
// or loosen it; none of them can stop a run.
#pragma once

#include <cstdint>

namespace casus {

// A larger document (a text or HTML file; one line of lines or JSON lines) is
// skipped with a message naming it, and reading goes on with the next one:
// --max-document-bytes of code, ingest and recode.
inline constexpr uint64_t kDefaultMaxDocumentBytes = 64ull << 20;

// A longer sentence is cut at ; : or , (else at the limit) and every piece is
// coded, so per-sentence work stays bounded and nothing is lost:
// --max-sentence-tokens of code, ingest and recode.
inline constexpr uint32_t kDefaultMaxSentenceTokens = 300;

// A longer line of an events file (`casus serve --events`) is skipped with a
// message naming its line: --max-line-bytes of serve.
inline constexpr uint64_t kDefaultMaxEventLineBytes = 64ull << 20;

}  // namespace casus
