#include "text/tokenizer.h"

#include <algorithm>
#include <limits>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/dateline.h"
#include "text/token_form.h"
#include "text/utf8.h"

namespace casus {
namespace {

using text::AsciiClass;
using text::CodePointKind;
using text::IsAsciiDigit;
using text::IsAsciiLetter;

// One code point as the scanner sees it.
struct Glyph {
  CodePointKind kind;
  char32_t cp;
  size_t length;
};

Glyph GlyphAt(std::string_view s, size_t pos) {
  char c = s[pos];
  uint8_t cls = AsciiClass(c);
  if (cls != text::kClassNonAscii) {
    CodePointKind kind = cls == text::kClassSpace   ? CodePointKind::kSpace
                         : cls == text::kClassUpper ? CodePointKind::kUpperLetter
                         : cls == text::kClassLower ? CodePointKind::kLetter
                         : cls == text::kClassDigit ? CodePointKind::kDigit
                         : c == '\''                ? CodePointKind::kApostrophe
                         : c == '-'                 ? CodePointKind::kHyphen
                                                    : CodePointKind::kOther;
    return {kind, static_cast<char32_t>(c), 1};
  }
  char32_t cp;
  size_t len = text::DecodeUtf8(s, pos, &cp);
  if (len == 0) return {CodePointKind::kOther, text::kReplacementChar, 1};
  return {text::ClassifyCodePoint(cp), cp, len};
}

bool IsWordKind(CodePointKind k) {
  return k == CodePointKind::kLetter || k == CodePointKind::kUpperLetter || k == CodePointKind::kDigit;
}
bool IsLetterKind(CodePointKind k) { return k == CodePointKind::kLetter || k == CodePointKind::kUpperLetter; }

// Tokenizes one region [begin, end) of the text; never looks outside it.
class RegionScanner {
 public:
  RegionScanner(Doc& doc, text::TokenFormBuilder& builder, size_t begin, size_t end)
      : doc_(doc), s_(std::string_view(doc.text).substr(0, end)), builder_(builder), pos_(begin) {}

  void Run() {
    while (pos_ < s_.size()) {
      Glyph g = GlyphAt(s_, pos_);
      if (g.kind == CodePointKind::kSpace) {
        pos_ += g.length;
      } else if (g.cp == '_' && pos_ > 0 && IsLetterKind(GlyphAt(s_, pos_ - 1).kind) && pos_ + 1 < s_.size() &&
                 IsLetterKind(GlyphAt(s_, pos_ + 1).kind)) {
        // "Dol_Amroth": an underscore joining words (the dictionaries' way of
        // writing a phrase, and some pre-tokenised corpora's) separates them.
        pos_ += 1;
      } else if (IsWordKind(g.kind)) {
        ScanWord();
      } else {
        ScanPunctuation(g);
      }
    }
  }

 private:
  void Emit(size_t begin, size_t end, std::string_view form_override = {}, uint16_t flags = 0) {
    Token& token = doc_.tokens.emplace_back();
    token.begin = static_cast<uint32_t>(begin);
    token.end = static_cast<uint32_t>(end);
    builder_.Build(s_.substr(begin, end - begin), form_override, flags, doc_, token);
  }

  bool WordAt(size_t pos) const { return pos < s_.size() && IsWordKind(GlyphAt(s_, pos).kind); }

  // Extends a word from `pos` over letters, digits and the joiners that may
  // sit inside one: hyphens ("el-Sisi", "2-1"), separators between digits
  // ("1,200", "3.5"), apostrophes between letters ("O'Brien", "didn't"),
  // "&" between capitals ("AT&T"). Returns the end.
  size_t ExtendWord(size_t pos, bool& hyphenated) {
    CodePointKind previous = CodePointKind::kOther;
    while (pos < s_.size()) {
      Glyph g = GlyphAt(s_, pos);
      if (IsWordKind(g.kind)) {
        previous = g.kind;
        pos += g.length;
        continue;
      }
      size_t next = pos + g.length;
      if (next >= s_.size()) break;
      Glyph n = GlyphAt(s_, next);
      bool joins = false;
      if (g.kind == CodePointKind::kHyphen || (g.kind == CodePointKind::kDash && g.cp == 0x2013)) {
        joins = IsWordKind(n.kind) && IsWordKind(previous);
        hyphenated |= joins;
      } else if (g.cp == ',' || g.cp == '.') {
        joins = previous == CodePointKind::kDigit && n.kind == CodePointKind::kDigit;
      } else if (g.kind == CodePointKind::kApostrophe) {
        joins = IsLetterKind(previous) && IsLetterKind(n.kind);
      } else if (g.cp == '&') {
        joins = previous == CodePointKind::kUpperLetter && n.kind == CodePointKind::kUpperLetter && n.length == 1;
      }
      if (!joins) break;
      previous = n.kind;
      pos = next + n.length;
    }
    return pos;
  }

  // "n't" or a clitic ('s 'm 'd 'll 're 've) at the end of [begin, end): where
  // it starts, else `end`.
  size_t CliticStart(size_t begin, size_t end) const {
    size_t apostrophe = std::string_view::npos;
    for (size_t i = begin; i < end;) {
      Glyph g = GlyphAt(s_, i);
      if (g.kind == CodePointKind::kApostrophe) apostrophe = i;
      i += g.length;
    }
    if (apostrophe == std::string_view::npos || apostrophe == begin) return end;
    size_t after = apostrophe + GlyphAt(s_, apostrophe).length;
    std::string_view suffix = s_.substr(after, end - after);
    auto lower_is = [&](std::string_view word) {
      if (suffix.size() != word.size()) return false;
      for (size_t i = 0; i < word.size(); ++i)
        if ((suffix[i] | 0x20) != word[i]) return false;
      return true;
    };
    if (lower_is("t") && apostrophe - begin >= 2 && (s_[apostrophe - 1] | 0x20) == 'n') return apostrophe - 1;
    if (lower_is("s") || lower_is("m") || lower_is("d") || lower_is("ll") || lower_is("re") || lower_is("ve"))
      return apostrophe;
    return end;
  }

  void ScanWord() {
    const size_t begin = pos_;
    bool hyphenated = false;
    size_t end = ExtendWord(begin, hyphenated);
    // "U.S.", "e.g.", "D.C." and initials "J.": one letter, then a period.
    if (end == begin + 1 && IsAsciiLetter(s_[begin]) && end < s_.size() && s_[end] == '.') {
      size_t acronym_end = end + 1;
      while (acronym_end + 1 < s_.size() && IsAsciiLetter(s_[acronym_end]) && s_[acronym_end + 1] == '.')
        acronym_end += 2;
      bool acronym = acronym_end > end + 1;
      if (acronym || AsciiClass(s_[begin]) == text::kClassUpper) {
        end = acronym_end;
        if (acronym && end + 1 < s_.size() && s_[end] == '-' && WordAt(end + 1)) {  // "U.S.-led"
          hyphenated = true;
          end = ExtendWord(end + 1, hyphenated);
        }
        Emit(begin, end, {}, hyphenated ? kHyphenated : 0);
        pos_ = end;
        return;
      }
    }
    size_t clitic = CliticStart(begin, end);
    if (clitic != end) {
      Emit(begin, clitic, {}, hyphenated ? kHyphenated : 0);
      Emit(clitic, end);
      pos_ = end;
      return;
    }
    if (end < s_.size() && s_[end] == '.' && !hyphenated) {
      size_t after = end + 1;
      while (after < s_.size() && (s_[after] == ' ' || s_[after] == '\t')) ++after;
      bool number_follows = after < s_.size() && IsAsciiDigit(s_[after]);
      bool capitalized = AsciiClass(s_[begin]) == text::kClassUpper;
      if (text::IsAbbreviation(s_.substr(begin, end - begin), capitalized, number_follows)) ++end;
    }
    Emit(begin, end, {}, hyphenated ? kHyphenated : 0);
    pos_ = end;
  }

  void ScanPunctuation(const Glyph& g) {
    const size_t begin = pos_;
    size_t end = begin + g.length;
    std::string_view form;
    if (g.cp == '-' || g.kind == CodePointKind::kDash) {
      while (end < s_.size() && s_[end] == '-') ++end;
      bool spaced = (begin == 0 || AsciiClass(s_[begin - 1]) == text::kClassSpace) &&
                    (end >= s_.size() || AsciiClass(s_[end]) == text::kClassSpace);
      if (g.kind == CodePointKind::kDash || end - begin >= 2 || spaced) form = "--";
    } else if (g.cp == '.' || g.cp == '?' || g.cp == '!') {
      while (end < s_.size() && s_[end] == static_cast<char>(g.cp)) ++end;  // "...", "!!"
    }
    Emit(begin, end, form);
    pos_ = end;
  }

  Doc& doc_;
  std::string_view s_;
  text::TokenFormBuilder& builder_;
  size_t pos_;
};

// Regions of the text outside the skipped spans and the dateline, in order.
std::vector<Span> CodedRegions(const Doc& doc) {
  std::vector<Span> excluded = doc.skipped;
  if (!doc.dateline.empty()) excluded.push_back(doc.dateline);
  std::sort(excluded.begin(), excluded.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> regions;
  uint32_t pos = 0;
  const auto size = static_cast<uint32_t>(doc.text.size());
  for (const Span& span : excluded) {
    uint32_t begin = std::min(span.begin, size);
    if (begin > pos) regions.push_back({pos, begin});
    pos = std::max(pos, std::min(span.end, size));
  }
  if (pos < size) regions.push_back({pos, size});
  return regions;
}

// First position that is neither white space nor inside a skipped span.
size_t FirstContent(const Doc& doc) {
  size_t pos = 0;
  for (bool moved = true; moved && pos < doc.text.size();) {
    moved = false;
    while (pos < doc.text.size() && AsciiClass(doc.text[pos]) == text::kClassSpace) ++pos, moved = true;
    for (const Span& span : doc.skipped)
      if (span.begin <= pos && pos < span.end) pos = span.end, moved = true;
  }
  return pos;
}

}  // namespace

Status Tokenizer::Process(Doc& doc) const {
  if (doc.text.size() >= std::numeric_limits<uint32_t>::max())
    return Status::LimitExceeded("document " + doc.id + " is larger than 4 GiB");
  doc.tokens.clear();
  doc.dateline = text::FindDateline(doc.text, FirstContent(doc));
  text::TokenFormBuilder builder;
  for (const Span& region : CodedRegions(doc)) {
    RegionScanner scanner(doc, builder, region.begin, region.end);
    scanner.Run();
  }
  return Status::Ok();
}

}  // namespace casus
