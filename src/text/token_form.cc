#include "text/token_form.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/char_class.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool IsDoubleQuote(char32_t cp) { return cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB; }

// Letter/digit statistics of a normalized form, turned into flags.
uint16_t FlagsOf(std::string_view form) {
  size_t letters = 0, uppers = 0, digits = 0, others = 0;
  bool first_letter_seen = false, first_letter_upper = false;
  for (size_t i = 0; i < form.size();) {
    char c = form[i];
    uint8_t cls = AsciiClass(c);
    bool letter = false, upper = false, digit = false;
    size_t len = 1;
    if (cls == kClassNonAscii) {
      char32_t cp;
      len = DecodeUtf8(form, i, &cp);
      if (len == 0) len = 1;
      CodePointKind kind = ClassifyCodePoint(cp);
      letter = kind == CodePointKind::kLetter || kind == CodePointKind::kUpperLetter;
      upper = kind == CodePointKind::kUpperLetter;
      digit = kind == CodePointKind::kDigit;
    } else {
      letter = (cls & (kClassUpper | kClassLower)) != 0;
      upper = cls == kClassUpper;
      digit = cls == kClassDigit;
    }
    if (letter) {
      ++letters;
      uppers += upper;
      if (!first_letter_seen) first_letter_seen = true, first_letter_upper = upper;
    } else if (digit) {
      ++digits;
    } else if (c != ',' && c != '.') {
      ++others;
    }
    i += len;
  }
  uint16_t flags = 0;
  if (first_letter_upper) flags |= kCapitalized;
  if (letters >= 2 && uppers == letters) flags |= kAllCaps;
  if (digits > 0 && letters == 0 && others == 0) flags |= kNumber;
  if (letters == 0 && digits == 0) flags |= kPunctuation;
  return flags;
}

}  // namespace

void TokenFormBuilder::NormalizeNonAscii(std::string_view surface) {
  form_.clear();
  bool still_non_ascii = false;
  for (size_t i = 0; i < surface.size();) {
    if (static_cast<unsigned char>(surface[i]) < 0x80) {
      form_.push_back(surface[i++]);
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(surface, i, &cp);
    if (len == 0) len = 1;  // cp is U+FFFD
    switch (ClassifyCodePoint(cp)) {
      case CodePointKind::kApostrophe: form_.push_back('\''); break;
      case CodePointKind::kOpenQuote:
      case CodePointKind::kCloseQuote: form_.push_back(IsDoubleQuote(cp) ? '"' : '\''); break;
      case CodePointKind::kDash:
      case CodePointKind::kHyphen: form_.push_back('-'); break;
      case CodePointKind::kEllipsis: form_ += "..."; break;
      default:
        AppendUtf8(cp, form_);
        still_non_ascii = true;
    }
    i += len;
  }
  if (!still_non_ascii) return;
  utf8proc_uint8_t* composed = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(form_.data()),
                                    static_cast<utf8proc_ssize_t>(form_.size()), &composed,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0 && composed != nullptr) form_.assign(reinterpret_cast<const char*>(composed), static_cast<size_t>(n));
  std::free(composed);
}

void TokenFormBuilder::LowerNonAscii() {
  lower_.clear();
  for (size_t i = 0; i < form_.size();) {
    char c = form_[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      lower_.push_back(AsciiClass(c) == kClassUpper ? static_cast<char>(c | 0x20) : c);
      ++i;
      continue;
    }
    char32_t cp;
    size_t len = DecodeUtf8(form_, i, &cp);
    if (len == 0) len = 1;
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), lower_);
    i += len;
  }
}

void TokenFormBuilder::Build(std::string_view surface, std::string_view form_override, uint16_t extra_flags,
                             Doc& doc, Token& token) {
  std::string_view form;
  if (!form_override.empty()) {
    form = form_override;
  } else if (IsAscii(surface)) {
    form = surface;
  } else {
    NormalizeNonAscii(surface);
    form = form_;
  }
  if (IsAscii(form)) {
    lower_.assign(form);
    for (char& c : lower_)
      if (AsciiClass(c) == kClassUpper) c = static_cast<char>(c | 0x20);
  } else {
    if (form.data() != form_.data()) form_.assign(form);
    LowerNonAscii();
  }
  token.form = doc.words.Intern(form);
  token.lower = lower_ == form ? token.form : doc.words.Intern(lower_);
  token.flags = static_cast<uint16_t>(FlagsOf(form) | extra_flags);
}

}  // namespace casus::text
