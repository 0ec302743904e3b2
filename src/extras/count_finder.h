// Finds reported counts of people: "at least six people were killed",
// "killing 40", "hundreds of protesters", "1.2 million refugees", with the
// kind (kill, wound, arrest, detain, kidnap, displace, protest, other), the
// actor counted when it has a code, and the event of the same sentence the
// count belongs to. Numbers that do not count people ("$5 million", "five
// years") are not counts. See docs/extras.md.
#pragma once

#include <vector>

#include "casus/cameo.h"
#include "casus/doc.h"
#include "extras/quantity_reader.h"
#include "extras/token_maps.h"
#include "extras/word_set.h"

namespace casus {

class CountFinder {
 public:
  CountFinder(Vocabulary& vocab, const CameoTable* cameo);
  // Fills doc.counts (cleared first); reads doc.events to attach counts.
  void Find(Doc& doc, const TokenMaps& maps) const;

 private:
  struct Reading;
  bool ReadCount(Doc& doc, const TokenMaps& maps, uint32_t t, uint32_t end, Reading& out) const;
  int HeadNoun(const Doc& doc, const Quantity& q, uint32_t end, uint32_t& head_end) const;
  bool IsPeople(const Doc& doc, const TokenMaps& maps, uint32_t head) const;
  bool KindAfter(const Doc& doc, const TokenMaps& maps, uint32_t t, uint32_t end, CountKind& kind) const;
  bool KindBefore(const Doc& doc, uint32_t t, uint32_t begin, CountKind& kind) const;
  const CountKind* VerbKind(const Token& token) const;
  int32_t EventFor(const Doc& doc, uint32_t sentence, CountKind kind, uint32_t at) const;

  QuantityReader quantities_;
  WordMap<CountKind> kind_verbs_;   // inflected forms: "killed", "fled", "abducted"
  WordSet intransitive_verbs_;      // "died", "fled", "marched": the count is who did it
  WordMap<CountKind> kind_nouns_;   // "protesters", "refugees", "hostages", "dead"
  WordSet people_nouns_;
  WordSet auxiliaries_;             // "were", "have", "been", "reportedly", "known (to have been)"
  WordSet asides_;                  // ", including 15 children,"
  WordSet objects_of_loss_;         // "claimed", "cost", "lost": "... lives" were killed
  WordSet year_prepositions_;       // "in 2019", "since 2011"
  WordSet currency_;                // "$", "£", "€"
  WordSet percent_;                 // "%", "percent"
  WordSet hostage_takers_;          // "taken", "held" (hostage)
  WordId comma_, of_, toll_, tolls_, life_, lives_, dead_, shot_, hostage_, captive_;
  std::vector<uint8_t> kinds_of_code_;  // per CAMEO index: bit set of CountKinds whose events it codes
};

}  // namespace casus
