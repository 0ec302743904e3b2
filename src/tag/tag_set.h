// Sets of Penn tags as 64-bit masks, so "can this word be a verb?" is one AND.
// PosTag has fewer than 64 values (static_assert below).
#pragma once

#include <cstdint>

#include "casus/pos_tag.h"

namespace casus {

static_assert(static_cast<int>(PosTag::kCount) <= 64, "TagSet needs one bit per PosTag");

using TagSet = uint64_t;

constexpr TagSet Bit(PosTag t) { return TagSet{1} << static_cast<unsigned>(t); }

template <typename... T>
constexpr TagSet Tags(T... tags) {
  return (Bit(tags) | ...);
}

constexpr bool Contains(TagSet set, PosTag t) { return (set & Bit(t)) != 0; }

inline constexpr TagSet kNounTags = Tags(PosTag::NN, PosTag::NNS, PosTag::NNP, PosTag::NNPS);
inline constexpr TagSet kCommonNounTags = Tags(PosTag::NN, PosTag::NNS);
inline constexpr TagSet kProperTags = Tags(PosTag::NNP, PosTag::NNPS);
inline constexpr TagSet kVerbTags =
    Tags(PosTag::VB, PosTag::VBD, PosTag::VBG, PosTag::VBN, PosTag::VBP, PosTag::VBZ);
inline constexpr TagSet kFiniteVerbTags = Tags(PosTag::VBD, PosTag::VBP, PosTag::VBZ);
inline constexpr TagSet kAdjectiveTags = Tags(PosTag::JJ, PosTag::JJR, PosTag::JJS);

}  // namespace casus
