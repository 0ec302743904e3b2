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

#include <string>
#include <vector>

#include "casus/doc.h"
#include "dict/actor_dictionary.h"

namespace casus {

// kNoWord code when the phrase names no actor and no agent. `day` is the
// article's date as ActorDictionary::Choose takes it.
ActorRef PetrarchNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                 const ActorDictionary& actors, int day);

// PETRARCH's compound noun phrases for the noun phrases of one role (in the
// order of `order`, the sentence's phrases): a list ("Arnor, Osgiliath and
// Gondor"; one conjunction, a second begins another list) stands for each
// member, and each member takes the phrase its prepositional phrase belongs
// to ("The ambassadors of Arnor, Osgiliath and Gondor" = ARNGOV, OSGGOV,
// GONGOV; "Lawmakers and officials in Fornost and Gondor" = FORLEG/FORGOV,
// GONLEG/GONGOV, compound codes the event coder splits), the first member's
// adjectives when it is a bare noun ("Danish media and government" = DNKMED,
// DNKGOV), and a member ending in an adjective is one phrase with the next
// ("Ithilen's awful and evil minister" = ITHGOV). `role` becomes one noun
// phrase per member, whose actors are set in `np_actor`.
void PetrarchCompoundRole(Doc& doc, const std::vector<uint32_t>& order, std::vector<uint32_t>& role,
                          std::vector<ActorRef>& np_actor, std::vector<uint8_t>& np_resolved,
                          const std::vector<int32_t>& mention_of_token, const ActorDictionary& actors, int day);

// PETRARCH's new actor (its new_actor_length option): the words of the noun
// phrase `np`, upper case and in double quotes ("\"THE MINISTRY OF MAGIC\""),
// without the possessive 's; "" when it has more than `max_words` words or
// `max_words` is 0.
std::string PetrarchNewActorText(const Doc& doc, const Phrase& np, int max_words);

}  // namespace casus
