#include "code/context_country.h"

#include <algorithm>
#include <string>

namespace casus {

ContextCountry::ContextCountry(Vocabulary& vocab, std::vector<WordId> countries, std::vector<WordId> agents)
    : vocab_(vocab), countries_(std::move(countries)), agents_(std::move(agents)) {
  std::sort(countries_.begin(), countries_.end());
  std::sort(agents_.begin(), agents_.end());
  for (auto w : {"in", "across", "inside", "throughout", "near"}) place_prepositions_.push_back(vocab.Intern(w));
}

bool ContextCountry::IsCountry(std::string_view code) const {
  WordId id = vocab_.Find(code);
  return id != kNoWord && std::binary_search(countries_.begin(), countries_.end(), id);
}

bool ContextCountry::IsAgent(WordId code) const { return std::binary_search(agents_.begin(), agents_.end(), code); }

WordId ContextCountry::PlaceCountry(const Doc& doc, uint32_t sentence) const {
  const Sentence& s = doc.sentences[sentence];
  WordId found = kNoWord;
  auto first = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sentence,
                                [](const Mention& m, uint32_t sentence_index) { return m.sentence < sentence_index; });
  for (auto it = first; it != doc.mentions.end() && it->sentence == sentence; ++it) {
    const Mention& m = *it;
    if (m.kind != MentionKind::kActor) continue;
    std::string_view code = doc.words.Text(m.code);
    if (code.size() < 3 || !IsCountry(code.substr(0, 3))) continue;
    // The mention is the place itself: "in Syria", "in Syria's Hama province",
    // not a modifier ("in Russian airstrikes").
    if (m.end < s.end_token) {
      const Token& next = doc.tokens[m.end];
      if ((IsNoun(next.tag) || IsAdjective(next.tag)) && next.tag != PosTag::POS) continue;
    }
    // Back over "the", "eastern", "northwest", ... to the preposition.
    uint32_t k = m.first;
    while (k > s.first_token && m.first - k < 3 &&
           (doc.tokens[k - 1].tag == PosTag::DT || IsAdjective(doc.tokens[k - 1].tag)))
      --k;
    if (k == s.first_token) continue;
    WordId before = doc.tokens[k - 1].lower;
    if (std::find(place_prepositions_.begin(), place_prepositions_.end(), before) == place_prepositions_.end()) continue;
    WordId country = vocab_.Find(code.substr(0, 3));
    if (found != kNoWord && found != country) return kNoWord;  // two countries: no telling which
    found = country;
  }
  return found;
}

void ContextCountry::Apply(Doc& doc) const {
  uint32_t place_of = UINT32_MAX;
  WordId place = kNoWord;
  std::string code;
  for (Event& e : doc.events) {
    for (ActorRef* side : {&e.source, &e.target}) {
      if (!side->present() || !doc.words.IsShared(side->code) || !IsAgent(side->code)) continue;
      if (place_of != e.sentence) {
        place = PlaceCountry(doc, e.sentence);
        place_of = e.sentence;
      }
      if (place == kNoWord) break;
      code.assign(vocab_.Text(place));
      code += doc.words.Text(side->code);
      side->code = doc.words.Intern(code);
    }
  }
}

}  // namespace casus
