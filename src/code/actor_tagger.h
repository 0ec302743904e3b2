// Finds actor and agent mentions: longest dictionary phrase at each token,
// with date-limited entries chosen by the article's date.
#pragma once

#include "core/stage.h"
#include "dict/actor_dictionary.h"

namespace casus {

class ActorTagger : public Stage {
 public:
  explicit ActorTagger(const ActorDictionary* actors) : actors_(actors) {}
  std::string_view name() const override { return "actors"; }
  Status Process(Doc& doc) const override;

 private:
  const ActorDictionary* actors_;
};

}  // namespace casus
