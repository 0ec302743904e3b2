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
#include <string_view>
#include <vector>

#include "casus/doc.h"

namespace casus {

// PETRARCH's configuration options that change what is coded (its
// PETR_config.ini, and <Config> lines of its validation records).
struct PetrarchOptions {
  // Events need a source and a target: one side with no phrase at all ("---")
  // drops the event (an agent without a country, "---GOV", is a side).
  bool require_dyad = true;
};
// Applies option `name` = `value` (PETRARCH's spelling: "require_dyad",
// "True"/"false"); false for an option casus does not model.
bool SetPetrarchOption(PetrarchOptions& options, std::string_view name, std::string_view value);

// When no subject names an actor ("Ethiopia broken down a treaty", which our
// tagger reads as a participle), PETRARCH's source is the actor before the
// verb in its sentence: we take the nearest.

struct PetrarchActor {
  int phrase = -1;   // noun phrase holding the actor, -1 when none
  int mention = -1;  // the actor mention itself
};

// The first actor or agent mention in tokens [from, end) that is not inside
// one of `exclude` (the source phrases), and its noun phrase.
PetrarchActor PetrarchDefaultTarget(const Doc& doc, uint32_t from, uint32_t end,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude);

// The end of the verb phrase of a verb ending at `from`, as far as PETRARCH's
// parse tree would take it: the sentence end `end`, or a reporting clause
// (", a senior official said"), a semicolon, or a conjunction before another
// verb or clause ("... and killed", "... and Gondor said"). Verbs inside the
// phrase of a coded verb are not coded again.
uint32_t PetrarchVerbPhraseEnd(const Doc& doc, uint32_t from, uint32_t end, const std::vector<int32_t>& phrase_of_token);

// The last actor mention in tokens [begin, before) not inside one of `exclude`.
PetrarchActor PetrarchDefaultSource(const Doc& doc, uint32_t begin, uint32_t before,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude);

}  // namespace casus
