// The event coder: for each verb group (and each event noun), finds its
// source and target noun phrases, matches the verb dictionary's patterns, and
// writes events with their modality flags. See docs/coding.md.
#pragma once

#include <vector>

#include "casus/cameo.h"
#include "code/event_dates.h"
#include "core/stage.h"
#include "code/petrarch_roles.h"
#include "dict/actor_dictionary.h"
#include "dict/verb_dictionary.h"
#include "dict/phrase_trie.h"

namespace casus {

struct EventCoderOptions {
  bool keep_unreal_events = false;  // keep negated/future/hypothetical events, flagged
  // Coding with PETRARCH dictionaries: apply their patterns as PETRARCH does
  // (code/petrarch_*.h, docs/foreign-dictionaries.md). Never set for ours.
  bool petrarch_semantics = false;
  // With petrarch_semantics: the actor dictionary, for PETRARCH's agent
  // composition (code/petrarch_noun_phrase.h), and PETRARCH's coding options,
  // which its validation records change between records.
  const ActorDictionary* petrarch_actors = nullptr;
  const PetrarchOptions* petrarch_options = nullptr;
};

class EventCoder : public Stage {
 public:
  EventCoder(const VerbDictionary* verbs, const CameoTable* cameo, const PhraseTrie* discards, Vocabulary& vocab,
             EventCoderOptions options);
  std::string_view name() const override { return "events"; }
  Status Process(Doc& doc) const override;

  // Why candidates were dropped, for `casus explain`.
  struct Trace {
    std::vector<std::string> lines;
  };
  Status ProcessWithTrace(Doc& doc, Trace* trace) const;

 private:
  struct Scratch;
  void CodeSentence(Doc& doc, uint32_t sentence, Scratch& scratch, Trace* trace) const;

  const VerbDictionary* verbs_;
  const CameoTable* cameo_;
  const PhraseTrie* discards_;
  EventCoderOptions options_;
  int statement_code_;  // index of 010, emitted only when nothing else is found
  int demand_code_;     // index of 100
  int consider_code_;   // index of 014, "is considering sending aid"
  int mobilize_code_;   // index of 154, "deployed troops"
  int peacekeeping_code_;  // index of 074, "... to the UN peacekeeping mission"
  EventDater dater_;

 public:  // words the coder looks for, interned once
  struct Words {
    WordId by, and_, or_, of, if_, whether, that, to, be;
    WordId not_, nt, never, no;
    std::vector<WordId> future_governors, intent_governors, negating_governors, default_target_preps, tail_preps, obligations;
    std::vector<WordId> pronouns_person, pronouns_group;
    WordId him = kNoWord, her = kNoWord, them = kNoWord;  // object pronouns
    WordId would = kNoWord;  // reported speech's "will": "said it would attack"
    std::vector<WordId> deliberation;
    std::vector<WordId> reversals;  // "lifted the sanctions": verbs that end what their object names
    std::vector<WordId> peacekeeping;  // "peacekeeping", "peacekeeper": what deployed troops are for  // "is considering sending": the gerund is an option weighed
    std::vector<WordId> place_preps;  // "in Vienna", "at the Kremlin": a place, not a party
    std::vector<WordId> agent_owned_heads;
  };

 private:
  Words w_;
};

}  // namespace casus
