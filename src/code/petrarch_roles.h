// PETRARCH's default source and target, for coding with PETRARCH dictionaries
// (EventCoderOptions::petrarch_semantics; docs/foreign-dictionaries.md).
//
// When a verb pattern names no target (`+`), PETRARCH takes the first actor in
// the rest of the verb's phrase, however deep: inside the object ("broke into
// an anti-Gondor parade"), a prepositional phrase ("depart from Libya") or a
// subordinate clause ("allowed that Mordor isn't ..."), skipping noun phrases
// that name no actor ("ties with Gxndor, ... after Calenardhon crowds ...").
// We have no parse tree, so the verb's phrase is approximated by the rest of
// the sentence up to a reporting clause (", a senior official said").
#pragma once

#include <cstdint>
#include <vector>

#include "casus/doc.h"

namespace casus {

// When no subject names an actor ("Ethiopia broken down a treaty", which our
// tagger reads as a participle), PETRARCH's source is the actor before the
// verb in its sentence: we take the nearest.

struct PetrarchActor {
  int phrase = -1;   // noun phrase holding the actor, -1 when none
  int mention = -1;  // the actor mention itself
};

// The first actor mention in tokens [from, end) that is not inside one of
// `exclude` (the source phrases), and its noun phrase.
PetrarchActor PetrarchDefaultTarget(const Doc& doc, uint32_t from, uint32_t end,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude);

// The last actor mention in tokens [begin, before) not inside one of `exclude`.
PetrarchActor PetrarchDefaultSource(const Doc& doc, uint32_t begin, uint32_t before,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude);

}  // namespace casus
