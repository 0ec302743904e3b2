// Penn Treebank part-of-speech tags, the tagset of the tagger's lexicon.
#pragma once

#include <cstdint>
#include <string_view>

namespace casus {

enum class PosTag : uint8_t {
  kNone = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  kPunct,   // , ; : ... and other punctuation
  kPeriod,  // sentence-final . ? !
  kQuote,   // " ' `` ''
  kOpenParen, kCloseParen, kDollar, kHash,
  kCount
};

std::string_view PosTagName(PosTag tag);
// Accepts Penn names ("NN", "PRP$", "WP$", ",", ".", ":", "``", "''", "(", ")", "$", "#").
PosTag PosTagFromName(std::string_view name);

inline bool IsNoun(PosTag t) { return t == PosTag::NN || t == PosTag::NNS || t == PosTag::NNP || t == PosTag::NNPS; }
inline bool IsProperNoun(PosTag t) { return t == PosTag::NNP || t == PosTag::NNPS; }
inline bool IsVerb(PosTag t) { return t >= PosTag::VB && t <= PosTag::VBZ; }
inline bool IsAdjective(PosTag t) { return t == PosTag::JJ || t == PosTag::JJR || t == PosTag::JJS; }
inline bool IsAdverb(PosTag t) { return t == PosTag::RB || t == PosTag::RBR || t == PosTag::RBS; }

}  // namespace casus
