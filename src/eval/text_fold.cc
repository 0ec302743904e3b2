#include "eval/text_fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

namespace casus::eval {
namespace {

// The reference scorer's quote/dash table (_PUNCT_MAP).
char32_t MapPunctuation(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032: case U'`': case 0x00B4:
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x2033:
      return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return U'-';
    default:
      return c;
  }
}

// Runs utf8proc's per-character decomposition with `options`; small fixed
// buffer because no code point expands to more than 18 code points.
size_t DecomposeChar(char32_t c, utf8proc_option_t options, std::array<utf8proc_int32_t, 32>& buffer) {
  int boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buffer.data(),
                                               static_cast<utf8proc_ssize_t>(buffer.size()), options, &boundclass);
  if (n < 0 || static_cast<size_t>(n) > buffer.size()) {
    buffer[0] = static_cast<utf8proc_int32_t>(c);
    return 1;
  }
  return static_cast<size_t>(n);
}

}  // namespace

std::u32string DecodeUtf8(std::string_view text, bool* valid) {
  std::u32string out;
  out.reserve(text.size());
  if (valid) *valid = true;
  size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                          static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      out.push_back(0xFFFD);
      if (valid) *valid = false;
      ++i;
      continue;
    }
    out.push_back(static_cast<char32_t>(cp));
    i += static_cast<size_t>(n);
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    std::array<utf8proc_uint8_t, 4> bytes{};
    utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), bytes.data());
    out.append(reinterpret_cast<const char*>(bytes.data()), static_cast<size_t>(n));
  }
  return out;
}

bool IsPythonSpace(char32_t c) {
  if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) return true;
  switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

void AppendAsciiFold(char32_t c, std::u32string& out) {
  std::array<utf8proc_int32_t, 32> buffer{};
  size_t n = DecomposeChar(c, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), buffer);
  for (size_t k = 0; k < n; ++k) {
    if (utf8proc_get_property(buffer[k])->combining_class != 0) continue;
    out.push_back(MapPunctuation(static_cast<char32_t>(buffer[k])));
  }
}

void AppendNormalized(char32_t c, std::u32string& out) {
  std::u32string folded;
  AppendAsciiFold(c, folded);
  std::array<utf8proc_int32_t, 32> buffer{};
  for (char32_t f : folded) {
    size_t n = DecomposeChar(f, UTF8PROC_CASEFOLD, buffer);
    for (size_t k = 0; k < n; ++k) {
      char32_t g = static_cast<char32_t>(buffer[k]);
      if (!IsPythonSpace(g)) out.push_back(g);
    }
  }
}

NormalizedText NormalizeWithMap(std::u32string_view text) {
  NormalizedText result;
  result.chars.reserve(text.size());
  result.index_map.reserve(text.size());
  for (size_t k = 0; k < text.size(); ++k) {
    if (IsPythonSpace(text[k])) continue;
    AppendNormalized(text[k], result.chars);
    result.index_map.resize(result.chars.size(), k);
  }
  return result;
}

std::u32string NormalizeToken(std::u32string_view token) {
  std::u32string out;
  for (char32_t c : token) AppendNormalized(c, out);
  return out;
}

std::vector<std::string> WordSet(std::u32string_view text) {
  std::u32string folded;
  std::array<utf8proc_int32_t, 32> buffer{};
  for (char32_t c : text) {
    std::u32string one;
    AppendAsciiFold(c, one);
    for (char32_t f : one) {
      size_t n = DecomposeChar(f, UTF8PROC_CASEFOLD, buffer);
      for (size_t k = 0; k < n; ++k) folded.push_back(static_cast<char32_t>(buffer[k]));
    }
  }
  std::vector<std::string> words;
  std::string word;
  for (char32_t c : folded) {
    if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z')) {
      word.push_back(static_cast<char>(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::u32string_view StripPythonSpace(std::u32string_view text) {
  while (!text.empty() && IsPythonSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsPythonSpace(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace casus::eval
