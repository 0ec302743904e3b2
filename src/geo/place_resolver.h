// The place resolver: finds place phrases in each sentence ("in Kharkiv", "near
// the Afghan army base in southern Helmand province", "Syria's Hama province",
// "the city of Aleppo", "Paris, Texas") and the dateline, resolves each name to
// one gazetteer entry by its qualifiers and the document's countries, and sets
// each event's place: the sentence's most specific place, else the dateline's,
// else none. A name it cannot tell apart stays unresolved (docs/places.md).
#pragma once

#include <unordered_set>

#include "casus/cameo.h"
#include "core/stage.h"
#include "geo/gazetteer.h"
#include "parse/clause_structure.h"

namespace casus {

class PlaceResolver : public Stage {
 public:
  // `vocab` is the pipeline's shared Vocabulary, not frozen yet: the resolver's cue
  // words are interned in it. `cameo` tells statement events (roots 01-05) apart.
  PlaceResolver(const Gazetteer* gazetteer, const CameoTable* cameo, Vocabulary& vocab);
  std::string_view name() const override { return "places"; }
  // Reads tokens, tags, mentions, events and the dateline; fills doc.places and
  // Event::place.
  Status Process(Doc& doc) const override;

 private:
  struct Scratch;
  struct Candidate;
  enum class Cue : uint8_t { kNone, kPreposition, kAdjacentPreposition, kLocationNoun };

  using WordSet = std::unordered_set<WordId>;
  bool NamesAPlace(const Scratch& scratch, const Mention& m) const;
  bool NamesSomeoneElse(const Doc& doc, const Scratch& scratch, uint32_t first, uint32_t end) const;
  Cue FindCue(const Doc& doc, const Scratch& scratch, uint32_t sentence_first, uint32_t first) const;
  // The longest gazetteer phrase at token `first` whose words are written as a name.
  PhraseTrie::Match LongestName(const Doc& doc, const Scratch& scratch, uint32_t first, uint32_t end) const;
  // One entry for the candidates left after qualifiers, by the document's countries;
  // -1 when they stay ambiguous.
  int32_t Choose(std::vector<uint32_t>& candidates, const std::vector<WordId>& sentence_countries,
                 const std::vector<WordId>& doc_countries) const;
  int32_t ResolveDateline(Doc& doc, Scratch& scratch) const;
  // Adds sentence `s`'s resolved place phrases to doc.places.
  void FindSentencePlaces(Doc& doc, Scratch& scratch, uint32_t s) const;
  void PlaceEvents(Doc& doc, Scratch& scratch, int32_t dateline_place) const;
  // The first token of event `e`'s sentence from which a place phrase is not in
  // the clause of a statement event's verb; the sentence end for other events.
  uint32_t StatementClauseEnd(const Doc& doc, Scratch& scratch, const Event& e, uint32_t trigger_token) const;
  void AddPlace(Doc& doc, Scratch& scratch, uint32_t entry, Span text, bool quoted) const;
  void MarkQuotations(const Doc& doc, Scratch& scratch) const;

  const Gazetteer* gazetteer_;
  const CameoTable* cameo_;
  ClauseWords clause_words_;
  WordSet complementizers_;
  WordSet prepositions_, location_nouns_, region_types_, city_types_, directions_, determiners_,
      name_joiners_;
  WordId of_ = kNoWord, possessive_ = kNoWord, comma_ = kNoWord, capital_ = kNoWord, double_quote_ = kNoWord;
};

}  // namespace casus
