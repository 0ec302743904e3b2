// An agent named without a country ("police", "a military base", "civilians")
// belongs to the country where its sentence places the event: "Taliban
// attackers stormed a police headquarters in eastern Afghanistan" -> AFGCOP,
// "Boko Haram killed 81 people in Nigeria" -> NGACVL. CAMEO coders read the
// country from context this way; a bare "COP" tells a researcher counting
// dyads nothing. Only an explicit place phrase ("in", "across", "inside",
// "near" + a country or one of its places) counts, and only when the sentence
// names exactly one such country; "killed in Russian airstrikes" names none.
#pragma once

#include <vector>

#include "casus/doc.h"
#include "casus/vocabulary.h"

namespace casus {

class ContextCountry {
 public:
  // `countries`: three-letter country codes; `agents`: agent codes (GOV, COP, ...)
  // that take a country. Both as ids of the shared vocabulary.
  ContextCountry(Vocabulary& vocab, std::vector<WordId> countries, std::vector<WordId> agents);

  // Prefixes the place country to every event side coded with a bare agent.
  void Apply(Doc& doc) const;

 private:
  // The country of the sentence's place phrases, or kNoWord (none, or several).
  WordId PlaceCountry(const Doc& doc, uint32_t sentence) const;
  bool IsCountry(std::string_view code) const;
  bool IsAgent(WordId code) const;

  const Vocabulary& vocab_;
  std::vector<WordId> countries_, agents_;  // sorted
  std::vector<WordId> place_prepositions_;
};

}  // namespace casus
