// Character classes for the tokenizer: a 256-entry table for ASCII bytes (the
// common path) and a classifier for decoded non-ASCII code points.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace casus::text {

enum CharClass : uint8_t {
  kClassOther = 0,      // punctuation and symbols: a token of their own
  kClassSpace = 1,
  kClassUpper = 2,
  kClassLower = 4,
  kClassDigit = 8,
  kClassNonAscii = 16,  // needs decoding
};

inline constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    uint8_t cls = kClassOther;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') cls = kClassSpace;
    else if (c >= 'A' && c <= 'Z') cls = kClassUpper;
    else if (c >= 'a' && c <= 'z') cls = kClassLower;
    else if (c >= '0' && c <= '9') cls = kClassDigit;
    else if (c >= 0x80) cls = kClassNonAscii;
    else if (c < 0x20 || c == 0x7F) cls = kClassSpace;  // stray control bytes separate tokens
    table[static_cast<size_t>(c)] = cls;
  }
  return table;
}();

inline uint8_t AsciiClass(char c) { return kAsciiClass[static_cast<unsigned char>(c)]; }
inline bool IsAsciiLetter(char c) { return (AsciiClass(c) & (kClassUpper | kClassLower)) != 0; }
inline bool IsAsciiDigit(char c) { return AsciiClass(c) == kClassDigit; }
inline bool IsAsciiWordChar(char c) { return (AsciiClass(c) & (kClassUpper | kClassLower | kClassDigit)) != 0; }

// What a non-ASCII code point means to the tokenizer.
enum class CodePointKind : uint8_t {
  kSpace,        // U+00A0, U+2000..U+200B, U+202F, U+3000, BOM, ...
  kLetter,       // letters and combining marks: part of a word
  kUpperLetter,  // upper or title case letter
  kDigit,        // decimal digits and other numbers
  kApostrophe,   // ’ (U+2019) and ʼ (U+02BC): apostrophe inside words, else a quote
  kOpenQuote,    // “ ‘ „ «
  kCloseQuote,   // ” »
  kDash,         // – — ―: a dash between spaces, a hyphen inside "2–1"
  kHyphen,       // ‐ ‑: always a hyphen
  kEllipsis,     // …
  kOther,        // other symbols and punctuation, and invalid bytes
};

CodePointKind ClassifyCodePoint(char32_t cp);

}  // namespace casus::text
