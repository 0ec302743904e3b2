// Reads the actor of a noun phrase from the mentions inside it: a named actor
// ("Xi Jinping" = CHNGOV), a country composed with an agent ("Chinese Deputy
// Foreign Minister" = CHN + GOV), an agent alone ("police" = COP), or a
// country named in an "of" phrase ("the president of Iran").
#pragma once

#include <vector>

#include "casus/doc.h"

namespace casus {

// `mention_of_token` maps tokens to the first mention covering them, or -1.
// `agent_owned_heads` are lemmas of things that stand for the agent that owns
// them ("army positions", "police station"). Returns an ActorRef whose code is
// kNoWord when the phrase names no actor.
ActorRef ResolveNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                WordId of_word, const std::vector<WordId>& agent_owned_heads = {});

}  // namespace casus
