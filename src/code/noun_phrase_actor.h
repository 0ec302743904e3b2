// Reads the actor of a noun phrase from the mentions inside it: a named actor
// ("Xi Jinping" = CHNGOV), a country composed with an agent ("Chinese Deputy
// Foreign Minister" = CHN + GOV), an agent alone ("police" = COP), or a
// country named in an "of" phrase ("the president of Iran").
#pragma once

#include <vector>

#include "casus/doc.h"

namespace casus {

// `mention_of_token` maps tokens to the first mention covering them, or -1.
// Returns an ActorRef whose code is kNoWord when the phrase names no actor.
ActorRef ResolveNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                WordId of_word);

}  // namespace casus
