// The gazetteer: every name of a city, first-level region or country casus can
// place, compiled into a PhraseTrie over the shared Vocabulary's lower-case word
// ids, so place names are found the way actor names are. Loaded once from
// build/data/gazetteer.tsv (generated at build time; docs/places.md).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/status.h"
#include "casus/vocabulary.h"
#include "dict/actor_dictionary.h"
#include "dict/phrase_trie.h"

namespace casus {

// Most specific last: a city names a place more precisely than its first-level
// region, which is more precise than a region such as Donbas or Darfur.
enum class PlaceKind : uint8_t { kCountry, kRegion, kAdmin1, kCity };

struct GazetteerEntry {
  PlaceKind kind = PlaceKind::kCity;
  bool common = false;     // the phrase is also an English word ("Reading", "Nice")
  bool preferred = false;  // the usual reading of the phrase ("Washington": the capital)
  WordId name = kNoWord;   // display name ("Kharkiv"), interned in the shared Vocabulary
  WordId admin1 = kNoWord; // first-level region's name, or kNoWord
  WordId country = kNoWord;// ISO 3166-1 alpha-3
  double lat = 0, lon = 0;
  double prominence = 0;   // population; countries rank above every city
};

class Gazetteer {
 public:
  // Reads a gazetteer.tsv; phrases are split into words by `split` (the tokenizer)
  // and interned in `vocab`, which must not be frozen yet. Returns the number of
  // malformed lines, each reported to `sink` with its line number.
  size_t LoadFile(const std::string& path, const PhraseSplitter& split, Vocabulary& vocab, DiagnosticSink* sink);
  void Freeze() { trie_.Freeze(); }

  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  const PhraseTrie& trie() const { return trie_; }
  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }
  // The alpha-3 country of an actor code's first three letters ("RUSGOV" -> RUS,
  // CAMEO's "ROM" -> ROU), or kNoWord when they name no country ("IGOUNO").
  WordId CountryOfActor(std::string_view code) const;

 private:
  std::vector<GazetteerEntry> entries_;
  PhraseTrie trie_;
  std::unordered_map<std::string, WordId> actor_countries_;  // "RUS" -> id of "RUS"
};

}  // namespace casus
