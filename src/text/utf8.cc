#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace casus::text {

size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char b0 = s[pos];
  *cp = kReplacementChar;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len;
  char32_t value;
  char32_t min_value;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, value = b0 & 0x1F, min_value = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, value = b0 & 0x0F, min_value = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, value = b0 & 0x07, min_value = 0x10000;
  } else {
    return 0;
  }
  if (pos + len > n) return 0;
  for (size_t i = 1; i < len; ++i) {
    unsigned char b = s[pos + i];
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min_value || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return len;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// Position of the first ill-formed sequence, or npos.
size_t FindInvalid(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

size_t RepairUtf8(std::string& text, std::vector<uint64_t>* bad_lines, uint64_t first_line) {
  size_t first_bad = FindInvalid(text);
  if (first_bad == std::string_view::npos) return 0;
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text, 0, first_bad);
  uint64_t line = first_line + static_cast<uint64_t>(std::count(text.begin(), text.begin() + first_bad, '\n'));
  uint64_t last_reported = 0;
  size_t replacements = 0;
  size_t i = first_bad;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') ++line;
    if (static_cast<unsigned char>(c) < 0x80) {
      out.push_back(c);
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      AppendUtf8(kReplacementChar, out);
      ++replacements;
      if (bad_lines && last_reported != line) {
        bad_lines->push_back(line);
        last_reported = line;
      }
      ++i;  // resynchronise on the next byte
      continue;
    }
    out.append(text, i, len);
    i += len;
  }
  text.swap(out);
  return replacements;
}

bool LooksBinary(std::string_view data) {
  if (data.find('\0') != std::string_view::npos) return true;
  std::string_view head = data.substr(0, 64 * 1024);
  size_t control = 0;
  for (unsigned char c : head) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F) ++control;
  }
  return !head.empty() && control * 10 > head.size();
}

void StripByteOrderMark(std::string& text) {
  if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0) text.erase(0, 3);
}

}  // namespace casus::text
