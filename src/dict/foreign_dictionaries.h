// Readers for the field's dictionary formats, used as they are: TABARI project
// files and PETRARCH dictionary folders fill the same compiled dictionaries as
// our own format.
#pragma once

#include <string>

#include "casus/cameo.h"
#include "casus/diagnostics.h"
#include "dict/actor_dictionary.h"
#include "dict/petrarch_files.h"
#include "dict/phrase_trie.h"
#include "dict/tabari_options.h"
#include "dict/tabari_word_classes.h"
#include "dict/verb_dictionary.h"

namespace casus {

struct DictionaryTargets {
  ActorDictionary& actors;
  VerbDictionary& verbs;
  PhraseTrie& discards;  // frozen by the caller
  CameoTable& cameo;  // foreign files may use codes CAMEO lacks (AddUncatalogued)
  Vocabulary& vocab;
  const PhraseSplitter& split;
  TabariWordClasses* tabari_words = nullptr;  // <NOUN>/<ADJECTIVE> lists of TABARI .actors, when wanted
};

// Both return the number of errors reported to `sink` (malformed entries are
// skipped; a missing file named by the project is an error).
// `options` (optional) receives the coding settings of the project's .options file.
size_t LoadTabariProject(const std::string& project_file, DictionaryTargets& targets, DiagnosticSink* sink,
                         TabariOptions* options = nullptr);
// `options` (optional) receives the [Options] lines of a config .ini.
size_t LoadPetrarchDictionaries(const std::string& folder_or_config, DictionaryTargets& targets, DiagnosticSink* sink,
                                std::vector<PetrarchConfigOption>* options = nullptr);

}  // namespace casus
