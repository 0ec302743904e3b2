// Actor and agent names listed more than once, for casus dict lint. A name is
// compared in the form the loader matches it (the tokenizer's lower-cased
// words, so "U.S. Army", "u.s. army" and TABARI's "U.S._ARMY" are one name),
// across every dictionary added, whatever its format.
//
// Two listings of one name whose dates overlap are
//   - a duplicate when their codes are equal (redundant: one can go), and
//   - a conflict when they differ (the coder can only pick one of them).
// Overlap is compared within undated listings and within dated ones: an
// undated listing is the name's default and a dated one overrides it in its
// range (ActorDictionary::Choose), so the two never clash. Ranges that share
// only a handover day (one ends the day the other begins, as in "USAGOV
// ..2009-01-20" then "USAELI 2009-01-20..") are consecutive, not overlapping.
// Actors and agents are separate name spaces ("Congress" may be both).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/vocabulary.h"
#include "dict/actor_dictionary.h"

namespace casus {

class ActorDuplicateFinder {
 public:
  // Takes every name of `actors` (whose words are ids in `vocab`); the
  // dictionaries may be discarded afterwards. Call once per loaded dictionary.
  void Add(const ActorDictionary& actors, const Vocabulary& vocab);

  struct Counts {
    size_t duplicates = 0, conflicts = 0;
  };
  // Reports each pair of entries with a clashing name once (however many of
  // their names or generated forms clash), as a warning at the entry given
  // later that names the other place; in the order the entries were added.
  // O(n log n) in the listings of a name.
  Counts Report(DiagnosticSink* sink) const;

 private:
  struct Listing {
    uint32_t code = 0;  // in strings_
    int from_day = 0, to_day = 0;
    bool dated = false;
    uint32_t file = 0;  // in strings_
    uint32_t line = 0;
    uint32_t order = 0;  // position in the order added
  };
  // Key: 'a' (actor) or 'g' (agent), then the name's words joined by spaces.
  std::unordered_map<std::string, std::vector<Listing>> names_;
  StringTable strings_;  // codes and file names
  uint32_t next_order_ = 0;
};

}  // namespace casus
