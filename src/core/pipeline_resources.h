// Everything a Pipeline loads once and shares read-only between workers.
#pragma once

#include <memory>

#include "casus/cameo.h"
#include "casus/vocabulary.h"
#include "code/petrarch_roles.h"
#include "dict/actor_dictionary.h"
#include "dict/phrase_trie.h"
#include "dict/verb_dictionary.h"
#include "dict/tabari_options.h"
#include "dict/tabari_word_classes.h"
#include "geo/gazetteer.h"

namespace casus {

struct PipelineResources {
  Vocabulary vocabulary;
  CameoTable cameo;
  ActorDictionary actors;
  VerbDictionary verbs;
  PhraseTrie discards;
  Gazetteer gazetteer;
  TabariOptions tabari_options;  // the .options of a --tabari project
  TabariWordClasses tabari_words;  // its <NOUN>/<ADJECTIVE> lists
  PetrarchOptions petrarch_options;  // PETRARCH's coding options (--petrarch-dicts)
};

}  // namespace casus
