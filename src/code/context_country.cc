#include "code/context_country.h"

#include <algorithm>
#include <string>

namespace casus {

ContextCountry::ContextCountry(const Vocabulary& vocab, std::vector<WordId> countries, std::vector<WordId> agents)
    : vocab_(vocab), countries_(std::move(countries)), agents_(std::move(agents)) {
  std::sort(countries_.begin(), countries_.end());
  std::sort(agents_.begin(), agents_.end());
}

bool ContextCountry::IsCountry(std::string_view code) const {
  WordId id = vocab_.Find(code);
  return id != kNoWord && std::binary_search(countries_.begin(), countries_.end(), id);
}

bool ContextCountry::IsAgent(WordId code) const { return std::binary_search(agents_.begin(), agents_.end(), code); }

Status ContextCountry::Process(Doc& doc) const {
  std::string code;
  for (Event& e : doc.events) {
    if (e.place < 0) continue;
    const Place& place = doc.places[static_cast<size_t>(e.place)];
    const Sentence& s = doc.sentences[e.sentence];
    if (place.text.begin < s.begin || place.text.end > s.end) continue;  // the dateline's place
    std::string_view country = doc.words.Text(place.country);
    if (!IsCountry(country)) continue;
    for (ActorRef* side : {&e.source, &e.target}) {
      if (!side->present()) continue;
      // PETRARCH writes an agent with no actor as "---GOV" and means the place's
      // country to fill the "---" (its SentenceLoc).
      std::string_view agent = doc.words.Text(side->code);
      if (agent.starts_with("---")) agent.remove_prefix(3);
      WordId agent_id = agent.size() == doc.words.Text(side->code).size() ? side->code : vocab_.Find(agent);
      if (agent_id == kNoWord || !doc.words.IsShared(agent_id) || !IsAgent(agent_id)) continue;
      code.assign(country);
      code += agent;
      side->code = doc.words.Intern(code);
    }
  }
  return Status::Ok();
}

}  // namespace casus
