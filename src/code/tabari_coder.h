// TabariCoder: codes events the way TABARI does, by sequence rather than by
// syntax, for `--tabari` dictionaries (docs/foreign-dictionaries.md,
// "TABARI coding"). TABARI's patterns say where words and actors stand
// relative to the verb ("- + WAS * BY $"), and its default rules take the
// first actor before the verb as the source and the first after it as the
// target; our syntactic coder (EventCoder) reads the same patterns against
// noun phrases and clause structure and so misses much of what TABARI
// dictionaries were written for. This stage replaces EventCoder only when a
// TABARI project is loaded; our own dictionaries never reach it.
#pragma once

#include <vector>

#include "casus/cameo.h"
#include "core/stage.h"
#include "dict/phrase_trie.h"
#include "dict/tabari_options.h"
#include "dict/tabari_word_classes.h"
#include "dict/verb_dictionary.h"

namespace casus {

class TabariCoder : public Stage {
 public:
  TabariCoder(const VerbDictionary* verbs, const PhraseTrie* discards, const TabariOptions* options,
              const TabariWordClasses* word_classes, Vocabulary& vocab);
  std::string_view name() const override { return "events"; }
  Status Process(Doc& doc) const override;

  struct Words {
    WordId the, a, an, and_, but, or_, nor, of, in, by, was, were, been, is, are, be, former, possessive;
    WordId he, she, it, its, his, her, they, them, their, him;
    WordId dollar, plus;  // "$" and "+" inside synset members
  };

 private:
  // Codes one sentence; `forwarded`: the actor FORWARD gives the pronouns
  // that open it (kNoWord: none). Sets `first_actor` to its first actor.
  void CodeSentence(Doc& doc, uint32_t sentence, int day, WordId forwarded, WordId& first_actor) const;

  const VerbDictionary* verbs_;
  const PhraseTrie* discards_;
  const TabariOptions* options_;
  const TabariWordClasses* word_classes_;
  Words w_;
  std::vector<uint32_t> length_;  // per pattern, for TABARI's longest-first order
  std::vector<uint32_t> alternatives_;  // the part of length_ its alternative sets make up
};

}  // namespace casus
