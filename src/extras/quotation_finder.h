// Finds direct quotations ("...", “...”, across sentences) and who said them:
// the attribution after the quote (", Lavrov said", ", said Sergei Lavrov,
// Russia's foreign minister", ", according to X"), before it ("Lavrov told
// reporters: “...”", "According to X, “...”"), or the previous quotation's
// speaker when the quote goes straight on. See docs/extras.md.
#pragma once

#include "casus/doc.h"
#include "casus/vocabulary.h"
#include "extras/token_maps.h"
#include "extras/word_set.h"

namespace casus {

class QuotationFinder {
 public:
  explicit QuotationFinder(Vocabulary& vocab);
  // Fills doc.quotations (cleared first).
  void Find(Doc& doc, const TokenMaps& maps) const;

 private:
  struct Attribution;
  struct Mark;
  void FindMarks(const Doc& doc, std::vector<Mark>& marks) const;
  bool AttributionAfter(const Doc& doc, const TokenMaps& maps, uint32_t close, Attribution& out) const;
  bool AttributionBefore(const Doc& doc, const TokenMaps& maps, uint32_t open, uint32_t floor,
                         Attribution& out) const;
  bool SpeakerThenVerb(const Doc& doc, const TokenMaps& maps, uint32_t t, uint32_t end, Attribution& out) const;
  int ReportingVerbAt(const Doc& doc, const TokenMaps& maps, uint32_t t) const;
  WordId VerbLemma(const Doc& doc, uint32_t vg) const;
  uint32_t SkipAppositive(const Doc& doc, const TokenMaps& maps, uint32_t np, uint32_t end, int& described) const;
  ActorRef SpeakerActor(Doc& doc, const TokenMaps& maps, const Attribution& a,
                        const std::vector<uint8_t>& quoted) const;

  WordSet reporting_verbs_, person_pronouns_;
  WordId comma_, according_, to_, of_, for_, at_, with_;
  WordId according_to_;  // the "verb" of an "according to X" attribution
  WordId and_, or_, that_, by_;  // for ClauseStructure
  WordId continue_;  // a reporting verb only right after a quote (“...,” he continued)
};

}  // namespace casus
