// An event whose sentence names no target actor takes the country of the
// place where it happened: "Indian police imposed a curfew in parts of
// Ahmedabad" is IND 1723 IND, "Saudi Arabia declared a ceasefire in Yemen"
// SAU 0871 YEM, "the UN suspended aid deliveries in Borno State" IGO 162 NGA.
// What is done in a place is done to that country's people; CAMEO coders (and
// the annotators of real-news gold sets) code the place as the target when no
// one else is named. Only a place phrase of the event's own sentence counts
// (the place resolver's, geo/place_resolver.h), never the dateline; a plain
// statement (010) has no target in the place where it was made.
#pragma once

#include <vector>

#include "casus/vocabulary.h"
#include "core/stage.h"

namespace casus {

class PlaceTarget : public Stage {
 public:
  // `countries`: three-letter country codes (ids of the shared vocabulary);
  // `statement`: the CAMEO index of 010.
  PlaceTarget(const Vocabulary& vocab, std::vector<WordId> countries, int statement);
  std::string_view name() const override { return "place targets"; }

  // Gives every event without a target the country of its sentence's place.
  // Runs after the place resolver.
  Status Process(Doc& doc) const override;

 private:
  const Vocabulary& vocab_;
  std::vector<WordId> countries_;  // sorted
  int statement_;
};

}  // namespace casus
