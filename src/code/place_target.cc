#include "code/place_target.h"

#include <algorithm>

namespace casus {

PlaceTarget::PlaceTarget(const Vocabulary& vocab, std::vector<WordId> countries, int statement)
    : vocab_(vocab), countries_(std::move(countries)), statement_(statement) {
  std::sort(countries_.begin(), countries_.end());
}

Status PlaceTarget::Process(Doc& doc) const {
  for (Event& e : doc.events) {
    if (e.target.present() || e.place < 0 || e.cameo == statement_) continue;
    const Place& place = doc.places[static_cast<size_t>(e.place)];
    const Sentence& s = doc.sentences[e.sentence];
    if (place.text.begin < s.begin || place.text.end > s.end) continue;  // the dateline's place
    WordId country = vocab_.Find(doc.words.Text(place.country));
    if (country == kNoWord || !std::binary_search(countries_.begin(), countries_.end(), country)) continue;
    e.target = ActorRef{country, place.text.begin, place.text.end};
  }
  return Status::Ok();
}

}  // namespace casus
