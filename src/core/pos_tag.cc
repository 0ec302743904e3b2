#include "casus/pos_tag.h"

#include <array>

namespace casus {
namespace {
constexpr std::array<std::string_view, static_cast<size_t>(PosTag::kCount)> kNames = {
    "-",  "CC", "CD",  "DT",  "EX",   "FW",  "IN",   "JJ",  "JJR", "JJS", "LS",  "MD",  "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",  "SYM", "TO",
    "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$", "WRB", ",",   ".",
    "``", "(",  ")",   "$",   "#"};
}  // namespace

std::string_view PosTagName(PosTag tag) { return kNames[static_cast<size_t>(tag)]; }

PosTag PosTagFromName(std::string_view name) {
  if (name == ":" || name == ";" || name == "--") return PosTag::kPunct;
  if (name == "''" || name == "\"") return PosTag::kQuote;
  if (name == "-LRB-") return PosTag::kOpenParen;
  if (name == "-RRB-") return PosTag::kCloseParen;
  for (size_t i = 1; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<PosTag>(i);
  return PosTag::kNone;
}

}  // namespace casus
