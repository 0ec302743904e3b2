// Unicode folding used by the CAMEO sentence evaluation to line gold tokens up
// with sentence text. It reproduces, code point by code point, what the
// reference scorer (a Python script) does with unicodedata and str methods, so
// that our alignment counts agree with its counts: NFKD without combining
// marks, curly quotes and dashes made ASCII, full case folding, and Python's
// notion of whitespace.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casus::eval {

// Decodes UTF-8 into code points. Invalid bytes become U+FFFD (one per byte),
// like Python's errors="replace" for most inputs. `valid` (optional) is set to
// false when any byte was invalid.
std::u32string DecodeUtf8(std::string_view text, bool* valid = nullptr);
std::string EncodeUtf8(std::u32string_view text);

// Python's str.isspace() for one code point.
bool IsPythonSpace(char32_t c);

// ascii_fold(c): NFKD, combining marks dropped, curly quotes/dashes to ASCII.
// Appends to `out`.
void AppendAsciiFold(char32_t c, std::u32string& out);

// ascii_fold(c).casefold() with whitespace removed: the characters one text
// character contributes to the normalized text. Appends to `out`.
void AppendNormalized(char32_t c, std::u32string& out);

// The text without whitespace, folded and case folded; `index_map[k]` is the
// position in `text` of the character that produced normalized character k.
struct NormalizedText {
  std::u32string chars;
  std::vector<size_t> index_map;
};
NormalizedText NormalizeWithMap(std::u32string_view text);

// norm_token(): the normalized form of a gold token.
std::u32string NormalizeToken(std::u32string_view token);

// The set (sorted, unique) of ASCII words [0-9a-z]+ of the folded, case-folded
// text: what the sentence pairing compares.
std::vector<std::string> WordSet(std::u32string_view text);

// Python's str.strip() / rstrip(chars) equivalents on code points.
std::u32string_view StripPythonSpace(std::u32string_view text);

}  // namespace casus::eval
