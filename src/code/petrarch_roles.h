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
#include <utility>
#include <vector>

#include "casus/doc.h"

namespace casus {

// PETRARCH's configuration options that change what is coded (its
// PETR_config.ini, and <Config> lines of its validation records).
// The defaults are casus's, for `casus code --petrarch-dicts`: events with one
// side are kept and no clause is removed, which codes real news better with
// our parse. PETRARCH's own defaults (require_dyad True, commas 2-8 words
// internal and terminal) are set by `casus validate petrarch`, whose records
// were written for them (kPetrarchDefaultOptions).
struct PetrarchOptions {
  // Events need a source and a target: one side with no phrase at all ("---")
  // drops the event (an agent without a country, "---GOV", is a side).
  bool require_dyad = false;
  // Comma-delimited clauses of [min, max] words are removed before coding
  // (max 0: never): internal (between two commas), initial (before the
  // first comma) and terminal (after the last).
  int comma_min = 2, comma_max = 0;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 0;
  // PETRARCH's new_actor_length: a side whose noun phrase names no actor is
  // written as the phrase's text in quotes ("INJURY TOLL") when it has at
  // most this many words (0: never; PetrarchNewActorText).
  int new_actor_length = 0;
  // PETRARCH codes no verb inside the verb phrase of a verb it has matched
  // (check_verbs resumes past the end of that phrase): "restored ties with
  // Gondor five years after crowds burned its embassy" codes the restoring
  // only. Its parse tree bounds the phrase; ours is PetrarchVerbPhraseEnd.
  // Not a PETRARCH option (it always does so); casus codes such verbs by
  // default, which codes news better, and `casus validate petrarch` sets
  // "code_nested_verbs" to "false".
  bool code_nested_verbs = true;
};
// PETRARCH's defaults (its PETRglobals and PETR_config.ini) as option
// settings, and its fixed behaviour as casus's "code_nested_verbs".
inline constexpr std::pair<std::string_view, std::string_view> kPetrarchDefaultOptions[] = {
    {"require_dyad", "True"}, {"comma_min", "2"},  {"comma_max", "8"}, {"comma_bmin", "0"},
    {"comma_bmax", "0"},      {"comma_emin", "2"}, {"comma_emax", "8"}, {"code_nested_verbs", "false"}};

// Marks in `removed` (one entry per token of sentence `s`) the tokens of the
// comma-delimited clauses PETRARCH removes (its check_commas): the terminal
// clause, then the initial one, then internal ones from left to right, each
// when its words (tokens beginning with a letter) number within the
// option's bounds. Commas inside a noun phrase ("complete, full diplomatic
// ties") delimit nothing.
void PetrarchRemovedClauses(const Doc& doc, const Sentence& s, const PetrarchOptions& options,
                            const std::vector<int32_t>& phrase_of_token, std::vector<uint8_t>& removed);
// Applies option `name` = `value` (PETRARCH's spelling: "require_dyad",
// "True"/"false"; "comma_max", "6"; casus's "code_nested_verbs"); false for an
// option casus does not model.
bool SetPetrarchOption(PetrarchOptions& options, std::string_view name, std::string_view value);

// When no subject names an actor ("Ethiopia broken down a treaty", which our
// tagger reads as a participle), PETRARCH's source is an actor before the
// verb in its sentence (PetrarchDefaultSource).

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
// verb or clause ("... and killed", "... and Gondor said"). PETRARCH's target
// is a noun phrase of this span; with none the verb codes no event.
uint32_t PetrarchVerbPhraseEnd(const Doc& doc, uint32_t from, uint32_t end, const std::vector<int32_t>& phrase_of_token);

// PETRARCH's find_source: the first actor mention, in text order, of the
// verb's "upper sequence" (tokens [begin, before) after the last comma
// outside a noun phrase or an appositive before the verb) that is not inside
// one of `exclude`. `removed`: PetrarchRemovedClauses of the sentence
// beginning at `begin` (empty: none).
PetrarchActor PetrarchDefaultSource(const Doc& doc, uint32_t begin, uint32_t before,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude,
                                    const std::vector<uint8_t>& removed);

}  // namespace casus
