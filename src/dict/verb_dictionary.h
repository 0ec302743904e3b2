// Event patterns compiled from the native verb dictionary (data/dict/verbs):
// indexed by the lemma of their trigger (a verb, or a noun for `@` patterns),
// longest first, so the coder tries only the patterns of the words it sees.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "casus/cameo.h"
#include "casus/diagnostics.h"
#include "casus/vocabulary.h"

namespace casus {

enum class PatternElementKind : uint8_t {
  kWord,
  kTarget,
  kSource,
  kForbidden,
  kAnyOf,       // one of `any_of` (TABARI/PETRARCH synsets `&NAME`, `{a | b}`)
  kSkipPhrase,  // TABARI/PETRARCH `^`: one noun phrase, whatever it is
};

struct PatternElement {
  PatternElementKind kind = PatternElementKind::kWord;
  WordId lemma = kNoWord;  // kWord and kForbidden
  // kWord: TABARI stems (no trailing `_`) also match words that start with them.
  bool stem = false;
  // kAnyOf: alternatives, each a run of consecutive words.
  std::vector<std::vector<WordId>> any_of;
  // kAnyOf read from TABARI: per alternative, bit k set when its word k is a
  // stem (no trailing `_`); empty for other formats (every word exact).
  std::vector<uint32_t> any_of_stems;
  // kAnyOf read from TABARI: per alternative, bit k set when other words may
  // come before its word k ("AUSTRIAN FLORIN" matches "austrian gold florin";
  // "SWISS_FRANC" does not).
  std::vector<uint32_t> any_of_gaps;
  // kAnyOf read from a synset (`&NAME`) rather than from `{ a | b }`: TABARI
  // counts a synset's shortest member in a pattern's length.
  bool synset = false;
  // The `_` connector of TABARI and PETRARCH ("*_HELICOPTERS", "DEMAND_{ A | B }",
  // "NEW_&TIETYPES_RELATIONS"): this element starts right after the previous
  // one (after the verb, for the first element of `rest`).
  bool joined = false;
  // kSkipPhrase read from `%`: a compound actor that is both source and target
  // (the TABARI coder and the coder with PETRARCH's semantics act on it).
  bool compound = false;
};

struct VerbPattern {
  uint16_t cameo = 0;  // index into CameoTable
  bool nominal = false;
  WordId trigger = kNoWord;  // lemma of the verb or noun
  // Up to four words the pattern cannot match without (its exact kWord
  // elements), filled by VerbDictionary::Add: the matcher first checks that the
  // sentence has them.
  std::array<WordId, 4> required_words{};
  uint8_t required_count = 0;
  std::vector<PatternElement> rest;  // elements after the trigger
  // Elements that must precede the trigger within the clause, in text order
  // (the nearest last). Only foreign dictionaries write these.
  std::vector<PatternElement> before;
  // TABARI/PETRARCH "IN_*": the verb comes right after the last element of `before`.
  bool verb_joined = false;
  // Read from a PETRARCH dictionary: `+`, `$`, `^` take the next noun phrase
  // past any other words ("+ * IN $" in "Gollum was seen to break in an anti-
  // Gondor parade"), as PETRARCH's are the next noun phrase of its sequence.
  bool petrarch = false;
  // TABARI multi-word verb ("HAVE NOTHING TO DO WITH"): the first root_words
  // elements of `rest` are the verb's other words; the trigger is no verb
  // without them.
  uint8_t root_words = 0;
  // TABARI: the verb as written, which the word in the text must fit: a stem
  // ("RESTOR") begins it, "BAN_" takes the regular endings (s, ed, es, en,
  // ing), "BAN=" none. The trigger is a lemma it may stand for; only the
  // TABARI coder reads these.
  enum class FormKind : uint8_t { kAny, kStem, kEndings, kExact };
  FormKind form_kind = FormKind::kAny;
  WordId form = kNoWord;
  // TABARI/PETRARCH "[a:b]": the code of the paired event, target on source (-1: none).
  int32_t paired_cameo = -1;
  // TABARI/PETRARCH "[---]": the pattern matches, and so blocks shorter ones,
  // but codes no event.
  bool null_code = false;
  // TABARI "[023?]": a subordinate code, meant only when the sentence yields
  // no other event ("X said he rejected Y" is a rejection, not a statement).
  bool subordinate = false;
  // TABARI "[031!]": a dominant code; when one is found in a sentence only
  // dominant events are coded (section 6.6.2).
  bool dominant = false;
  // TABARI <TIME> phrase ("YESTERDAY [-1]", section 10.5): no event, it moves
  // the date of the sentence's events by `time_shift` days; with [###]
  // (`time_special` '#') it drops the sentence, with [+++] ('+') leaves it
  // uncoded as complex. It is also null-coded.
  bool time_phrase = false;
  char time_special = 0;
  int16_t time_shift = 0;
  // Other words allowed between two pattern words. Ours: 3; TABARI and
  // PETRARCH skip any number within the clause ("vowed on Thursday to wage war").
  uint8_t max_gap = 3;
  uint16_t words = 0;                // number of kWord elements, for ranking
  bool has_target = false, has_source = false;
  uint32_t file = 0, line = 0;
  std::string text;  // as written, for explanations
};

// A pattern's required words (VerbPattern::required_words, kNoWord past
// required_count), stored apart from the pattern so that the coder can reject
// most of a verb's patterns by reading one packed array instead of every pattern.
using RequiredWords = std::array<WordId, 4>;

class VerbDictionary {
 public:
  // Reads one file; malformed patterns are reported and skipped. Returns the error count.
  size_t LoadFile(const std::string& path, const CameoTable& cameo, Vocabulary& vocab, DiagnosticSink* sink);
  // Adds a pattern from another reader (TABARI, PETRARCH); returns its index.
  uint32_t Add(VerbPattern pattern);
  // Files pattern `index` under a verb form as written as well: PETRARCH keys
  // its verbs by the word in the text ("LEFT [032:033]" beside "LEAVE [012]"),
  // each verb with its regular or listed irregular forms.
  void AddForm(WordId form, uint32_t index);
  uint32_t AddFile(std::string path);
  // Sorts each trigger's patterns, most specific first.
  void Freeze();

  // Patterns whose trigger is `lemma`, most specific first; empty when none.
  const std::vector<uint32_t>& VerbPatterns(WordId lemma) const;
  const std::vector<uint32_t>& NounPatterns(WordId lemma) const;
  // Patterns filed under the written (lower-cased) form `form` by AddForm.
  const std::vector<uint32_t>& FormPatterns(WordId form) const;
  // The required words of VerbPatterns(lemma) (NounPatterns), in the same order.
  std::span<const RequiredWords> VerbPatternWords(WordId lemma) const;
  std::span<const RequiredWords> NounPatternWords(WordId lemma) const;
  std::span<const RequiredWords> FormPatternWords(WordId form) const;
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t size() const { return patterns_.size(); }
  const std::string& file_name(uint32_t i) const { return files_[i]; }

 private:
  std::vector<VerbPattern> patterns_;
  // Pattern lists by trigger id: a direct index, as every verb and noun of
  // every sentence is looked up. by_verb_[lemma] (by_noun_) is 1 + the index
  // of its list in lists_, 0 when it has none; ids past the end have none.
  std::vector<uint32_t> by_verb_, by_noun_, by_form_;
  std::vector<std::vector<uint32_t>> lists_;
  std::vector<std::vector<RequiredWords>> list_words_;  // parallel to lists_
  std::vector<std::string> files_;

  // Appends pattern `index` to the list of `key` in `index_by_key`.
  void File(std::vector<uint32_t>& index_by_key, WordId key, uint32_t index);
  const std::vector<uint32_t>& ListOf(const std::vector<uint32_t>& index_by_key, WordId key) const;
  std::span<const RequiredWords> WordsOf(const std::vector<uint32_t>& index_by_key, WordId key) const;
};

}  // namespace casus
