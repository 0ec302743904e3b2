// An agent named without a country ("police", "a military base", "civilians")
// belongs to the country where its sentence places the event: "Taliban
// attackers stormed a police headquarters in eastern Afghanistan" -> AFGCOP,
// "Boko Haram killed 81 people in Nigeria" -> NGACVL. CAMEO coders read the
// country from context this way; a bare "COP" tells a researcher counting
// dyads nothing. Only a place the sentence itself names counts (the place
// resolver's, geo/place_resolver.h: "in Nairobi", "Syria's Hama province",
// "Paris, Texas"); a dateline or an ambiguous name ("Tripoli") adds nothing.
#pragma once

#include <vector>

#include "casus/vocabulary.h"
#include "core/stage.h"

namespace casus {

class ContextCountry : public Stage {
 public:
  // `countries`: three-letter country codes; `agents`: agent codes (GOV, COP, ...)
  // that take a country. Both as ids of the shared vocabulary.
  ContextCountry(const Vocabulary& vocab, std::vector<WordId> countries, std::vector<WordId> agents);
  std::string_view name() const override { return "agent countries"; }

  // Prefixes the place country to every event side coded with a bare agent.
  // Runs after the place resolver.
  Status Process(Doc& doc) const override;

 private:
  bool IsCountry(std::string_view code) const;
  bool IsAgent(WordId code) const;

  const Vocabulary& vocab_;
  std::vector<WordId> countries_, agents_;  // sorted
};

}  // namespace casus
