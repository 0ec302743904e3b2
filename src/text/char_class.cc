#include "text/char_class.h"

#include <utf8proc.h>

namespace casus::text {

CodePointKind ClassifyCodePoint(char32_t cp) {
  switch (cp) {
    case 0x2019: case 0x02BC: return CodePointKind::kApostrophe;
    case 0x201C: case 0x2018: case 0x201E: case 0x201A: case 0x00AB: return CodePointKind::kOpenQuote;
    case 0x201D: case 0x00BB: return CodePointKind::kCloseQuote;
    case 0x2013: case 0x2014: case 0x2015: return CodePointKind::kDash;
    case 0x2010: case 0x2011: return CodePointKind::kHyphen;
    case 0x2026: return CodePointKind::kEllipsis;
    case 0x200B: case 0x2060: case 0xFEFF: case 0x0085: return CodePointKind::kSpace;
    default: break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      return CodePointKind::kUpperLetter;
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CodePointKind::kLetter;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CodePointKind::kDigit;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
      return CodePointKind::kSpace;
    default:
      return CodePointKind::kOther;
  }
}

}  // namespace casus::text
