// Working state of the event coder for one document, reused across documents.
#pragma once

#include <vector>

#include "code/event_coder.h"

namespace casus {

// Per-document working state, reused across documents by each thread.
struct EventCoder::Scratch {
  std::vector<int32_t> phrase_of_token;   // noun/verb phrase index covering a token, or -1
  std::vector<int32_t> mention_of_token;  // first mention covering a token, or -1
  std::vector<ActorRef> np_actor;         // resolved actor per phrase (noun phrases)
  std::vector<uint8_t> np_resolved;
  std::vector<uint8_t> token_consumed;    // tokens used by a matched pattern
  std::vector<int32_t> subject_of_verb;   // per phrase: subject noun phrase or -1
  // Per phrase: 1 + the CAMEO index of the event its verb group coded, 0 when none;
  // kAbsorbed when the verb group belongs to its governor's event.
  std::vector<int32_t> verb_matched;
  static constexpr int32_t kAbsorbed = -1;
  ActorRef last_actor;                    // for pronouns
  int day = 0;
};

}  // namespace casus
