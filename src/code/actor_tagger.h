// Finds actor and agent mentions: longest dictionary phrase at each token,
// with date-limited entries chosen by the article's date.
#pragma once

#include "core/stage.h"
#include "dict/actor_dictionary.h"

namespace casus {

class ActorTagger : public Stage {
 public:
  // How names are read beyond the dictionary's own entries.
  struct Options {
    // Also read "Japanese-drafted" as a mention of its name (code/owner_compound.h);
    // our own dictionaries' reading, not TABARI's or PETRARCH's.
    bool owner_compounds = false;
    // Names match in lower case too, as TABARI matches them (ours and
    // PETRARCH's need a capital: "us" and "turkey" are no countries).
    bool any_case = false;
  };
  ActorTagger(const ActorDictionary* actors, Options options) : actors_(actors), options_(options) {}
  std::string_view name() const override { return "actors"; }
  Status Process(Doc& doc) const override;

 private:
  static uint32_t MatchGapped(const Doc& doc, std::span<const uint32_t> token_of,
                              const ActorDictionary::GappedPhrase& g, std::span<const WordId> words, uint32_t i);
  const ActorDictionary* actors_;
  Options options_;
};

}  // namespace casus
