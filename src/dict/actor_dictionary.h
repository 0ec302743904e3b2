// Actors (countries, organisations, groups, people) and agents (roles such as
// GOV, MIL) compiled into one PhraseTrie over lower-cased word ids.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/status.h"
#include "casus/vocabulary.h"
#include "dict/phrase_trie.h"

namespace casus {

// Turns a dictionary phrase into the lower-cased words the text's tokenizer
// would produce, so that phrases and text are split the same way.
using PhraseSplitter = std::function<void(std::string_view phrase, std::vector<std::string>& words)>;

struct ActorEntry {
  WordId code = kNoWord;  // in the shared Vocabulary
  int from_day = 0, to_day = 0;
  bool agent = false;
  bool dated = false;
  uint32_t file = 0, line = 0;  // for explanations and lint
};

class ActorDictionary {
 public:
  // Reads one file in the native format. Malformed lines are reported to the
  // sink and skipped; returns the number of errors.
  size_t LoadFile(const std::string& path, bool agents, const PhraseSplitter& split, Vocabulary& vocab,
                  DiagnosticSink* sink);
  // Adds an entry from another reader (TABARI, PETRARCH); `words` are lower-cased.
  // `gaps` (TABARI phrases written with spaces, "ITHILEN TELEVISION"): bit k
  // set when other words may come before words[k] ("Ithilen state-run
  // television"); the phrase is also matched with its words consecutive.
  void Add(const std::vector<std::string>& words, ActorEntry entry, Vocabulary& vocab, uint32_t gaps = 0);
  // Registers a file name for entries' `file` field; returns its index.
  uint32_t AddFile(std::string path);
  void Freeze();

  // A phrase whose words may have others between them, with its entries.
  struct GappedPhrase {
    std::vector<WordId> words;
    uint32_t gaps = 0;               // bit k: words may come before words[k]
    std::vector<uint32_t> payloads;  // entries, as PhraseTrie payloads
  };
  // The gapped phrases whose first word is `first` (after Freeze).
  std::span<const GappedPhrase> GappedStartingWith(WordId first) const;
  bool has_gapped() const { return !gapped_.empty(); }

  // The entry of a match that applies on `day` (0: unknown date), or -1.
  // Dated entries holding the day win over undated ones (the first listed
  // when several ranges hold it); with no date the
  // most recent dated entry is used.
  int Choose(std::span<const uint32_t> payloads, int day) const;
  // For a dated phrase none of whose ranges holds `day` (a leader before or
  // after office): the entry nearest in time, or -1.
  int Nearest(std::span<const uint32_t> payloads, int day) const;

  const PhraseTrie& trie() const { return trie_; }
  const ActorEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  const std::string& file_name(uint32_t i) const { return files_[i]; }
  size_t file_count() const { return files_.size(); }

 private:
  PhraseTrie trie_;
  std::vector<GappedPhrase> gapped_;  // sorted by first word after Freeze
  std::map<std::vector<WordId>, uint32_t> gapped_index_;  // words + gaps -> gapped_, until Freeze
  std::vector<ActorEntry> entries_;
  std::vector<std::string> files_;
};

}  // namespace casus
