// Per-document indexes the extras finders share: which phrase, mention and
// sentence each token belongs to. Built once per document by ExtrasStage.
#pragma once

#include <cstdint>
#include <vector>

#include "casus/doc.h"

namespace casus {

struct TokenMaps {
  std::vector<int32_t> phrase_of_token;   // phrase index covering a token, or -1
  std::vector<int32_t> mention_of_token;  // first mention covering a token, or -1 (as the event coder reads them)
  std::vector<uint32_t> sentence_of_token;

  void Build(const Doc& doc) {
    phrase_of_token.assign(doc.tokens.size(), -1);
    mention_of_token.assign(doc.tokens.size(), -1);
    sentence_of_token.assign(doc.tokens.size(), 0);
    for (uint32_t p = 0; p < doc.phrases.size(); ++p)
      for (uint32_t t = doc.phrases[p].first; t < doc.phrases[p].end; ++t) phrase_of_token[t] = static_cast<int32_t>(p);
    for (uint32_t m = static_cast<uint32_t>(doc.mentions.size()); m-- > 0;)
      for (uint32_t t = doc.mentions[m].first; t < doc.mentions[m].end; ++t) mention_of_token[t] = static_cast<int32_t>(m);
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
      for (uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token; ++t) sentence_of_token[t] = s;
  }
  // The phrase of `kind` that starts exactly at token t, or -1.
  int PhraseStartingAt(const Doc& doc, uint32_t t, PhraseKind kind) const {
    if (t >= phrase_of_token.size()) return -1;
    int p = phrase_of_token[t];
    if (p < 0) return -1;
    const Phrase& phrase = doc.phrases[static_cast<uint32_t>(p)];
    return phrase.first == t && phrase.kind == kind ? p : -1;
  }
};

}  // namespace casus
