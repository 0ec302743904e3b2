// TABARI's <NOUN> and <ADJECTIVE> lists (manual 5.3.2): uncoded words that
// help its parser find compound actors ("Fornost and the evil Gondor"),
// compound nouns and adjectives whose conjunction divides no clauses ("sheep
// and evil goats", "awful and evil"), and nouns that are no verbs.
#pragma once

#include "dict/phrase_trie.h"

namespace casus {

struct TabariWordClasses {
  PhraseTrie nouns, adjectives;  // lower-cased words; payloads unused
  void Freeze() {
    nouns.Freeze();
    adjectives.Freeze();
  }
};

}  // namespace casus
