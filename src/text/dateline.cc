#include "text/dateline.h"

#include "text/char_class.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

constexpr size_t kMaxPlaceBytes = 48;
constexpr size_t kMaxSegmentBytes = 32;
constexpr size_t kMaxAgencyBytes = 40;

// Upper-case letter at `pos`: its byte length, else 0.
size_t UpperLetterAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  uint8_t cls = AsciiClass(text[pos]);
  if (cls == kClassUpper) return 1;
  if (cls != kClassNonAscii) return 0;
  char32_t cp;
  size_t len = DecodeUtf8(text, pos, &cp);
  return len > 0 && ClassifyCodePoint(cp) == CodePointKind::kUpperLetter ? len : 0;
}

// "NEW YORK", "ST. LOUIS", "PORT-AU-PRINCE", "SÃO PAULO". Returns the end.
size_t ScanPlace(std::string_view text, size_t pos) {
  size_t letters = 0;
  size_t end = pos;
  for (;;) {
    size_t len = UpperLetterAt(text, pos);
    if (len == 0) break;
    while (len > 0) {
      pos += len, ++letters;
      len = UpperLetterAt(text, pos);
      // Joiners inside a place name, only when a capital letter follows.
      if (len == 0 && pos + 1 < text.size() && (text[pos] == '-' || text[pos] == '\'') &&
          UpperLetterAt(text, pos + 1) > 0) {
        ++pos;
        len = UpperLetterAt(text, pos);
      }
    }
    if (pos < text.size() && text[pos] == '.') ++pos;  // "ST."
    end = pos;
    if (pos + 1 < text.size() && text[pos] == ' ' && UpperLetterAt(text, pos + 1) > 0) {
      ++pos;
      continue;
    }
    break;
  }
  if (letters < 2) return std::string_view::npos;
  return end;
}

// ", Afghanistan", ", March 3", ", Calif.": capitalized words or numbers.
size_t ScanSegment(std::string_view text, size_t pos) {
  size_t start = pos;
  size_t words = 0;
  for (;;) {
    if (pos >= text.size()) return std::string_view::npos;
    bool starts_ok = UpperLetterAt(text, pos) > 0 || IsAsciiDigit(text[pos]);
    if (!starts_ok) return std::string_view::npos;
    ++words;
    while (pos < text.size()) {
      char c = text[pos];
      if (IsAsciiWordChar(c) || c == '.' || c == '-' || c == '\'') {
        ++pos;
      } else if (AsciiClass(c) == kClassNonAscii) {
        char32_t cp;
        size_t len = DecodeUtf8(text, pos, &cp);
        CodePointKind kind = ClassifyCodePoint(cp);
        if (len == 0 || (kind != CodePointKind::kLetter && kind != CodePointKind::kUpperLetter)) break;
        pos += len;
      } else {
        break;
      }
    }
    if (pos - start > kMaxSegmentBytes || words > 4) return std::string_view::npos;
    if (pos + 1 < text.size() && text[pos] == ' ' &&
        (UpperLetterAt(text, pos + 1) > 0 || IsAsciiDigit(text[pos + 1]))) {
      ++pos;
      continue;
    }
    return pos;
  }
}

size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// A dash or colon at `pos`: the position after it, else npos.
size_t ScanDash(std::string_view text, size_t pos) {
  if (pos >= text.size()) return std::string_view::npos;
  auto space_or_end = [&](size_t p) { return p >= text.size() || AsciiClass(text[p]) == kClassSpace; };
  if (text.substr(pos, 2) == "--") {
    size_t end = pos + 2;
    while (end < text.size() && text[end] == '-') ++end;
    return end;
  }
  if (text[pos] == '-' || text[pos] == ':') return space_or_end(pos + 1) ? pos + 1 : std::string_view::npos;
  char32_t cp;
  size_t len = AsciiClass(text[pos]) == kClassNonAscii ? DecodeUtf8(text, pos, &cp) : 0;
  if (len > 0 && ClassifyCodePoint(cp) == CodePointKind::kDash) return pos + len;
  return std::string_view::npos;
}

}  // namespace

Span FindDateline(std::string_view text, size_t from) {
  constexpr auto npos = std::string_view::npos;
  size_t pos = ScanPlace(text, from);
  if (pos == npos || pos - from > kMaxPlaceBytes) return {};
  for (int segments = 0; segments < 3 && pos < text.size() && text[pos] == ','; ++segments) {
    size_t end = ScanSegment(text, SkipSpaces(text, pos + 1));
    if (end == npos) return {};
    pos = end;
  }
  size_t agency = SkipSpaces(text, pos);
  if (agency < text.size() && text[agency] == '(') {
    size_t close = text.find(')', agency);
    if (close == npos || close - agency > kMaxAgencyBytes || !IsAsciiLetter(text[agency + 1])) return {};
    if (text.substr(agency, close - agency).find('\n') != npos) return {};
    pos = close + 1;
  }
  size_t end = ScanDash(text, SkipSpaces(text, pos));
  if (end == npos) return {};
  return Span{static_cast<uint32_t>(from), static_cast<uint32_t>(end)};
}

}  // namespace casus::text
