// Finds actor and agent mentions: longest dictionary phrase at each token,
// with date-limited entries chosen by the article's date.
#pragma once

#include "core/stage.h"
#include "dict/actor_dictionary.h"

namespace casus {

class ActorTagger : public Stage {
 public:
  // `any_case`: names match in lower case too, as TABARI matches them
  // (ours and PETRARCH's need a capital: "us" and "turkey" are no countries).
  explicit ActorTagger(const ActorDictionary* actors, bool any_case = false) : actors_(actors), any_case_(any_case) {}
  std::string_view name() const override { return "actors"; }
  Status Process(Doc& doc) const override;

 private:
  const ActorDictionary* actors_;
  bool any_case_;
};

}  // namespace casus
