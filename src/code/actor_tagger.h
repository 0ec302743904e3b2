// Finds actor and agent mentions: longest dictionary phrase at each token,
// with date-limited entries chosen by the article's date.
#pragma once

#include "core/stage.h"
#include "dict/actor_dictionary.h"

namespace casus {

class ActorTagger : public Stage {
 public:
  // `owner_compounds`: also read "Japanese-drafted" as a mention of its name
  // (code/owner_compound.h); our own dictionaries' reading, not TABARI's or PETRARCH's.
  explicit ActorTagger(const ActorDictionary* actors, bool owner_compounds = false)
      : actors_(actors), owner_compounds_(owner_compounds) {}
  std::string_view name() const override { return "actors"; }
  Status Process(Doc& doc) const override;

 private:
  const ActorDictionary* actors_;
  bool owner_compounds_;
};

}  // namespace casus
