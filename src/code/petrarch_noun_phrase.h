// PETRARCH's actor code for a noun phrase (its check_NEphrase), for coding
// with PETRARCH dictionaries (EventCoderOptions::petrarch_semantics;
// docs/foreign-dictionaries.md). Our own coder composes codes differently
// (code/noun_phrase_actor.h).
//
// PETRARCH's noun phrase holds a possessive and one prepositional phrase
// ("human rights activists in Arnor"). The first actor in it is the base
// code; every agent phrase in it outside that actor is then added in the
// order found, including a phrase inside a longer one ("main opposition
// group" gives MOP and "opposition group" OPP): `~GOV` after the code, `NGO~`
// before it. An agent whose code the composite already holds at a
// three-letter boundary ends the composition. Agents with no actor compose
// onto "---" ("a senior official" = ---GOV).
#pragma once

#include <vector>

#include "casus/doc.h"
#include "dict/actor_dictionary.h"

namespace casus {

// kNoWord code when the phrase names no actor and no agent. `day` is the
// article's date as ActorDictionary::Choose takes it.
ActorRef PetrarchNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                 const ActorDictionary& actors, int day);

}  // namespace casus
