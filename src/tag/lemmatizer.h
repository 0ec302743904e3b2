// The lemmatizer stage: Token::lemma for every token, from the token's tag and
// WordNet's morphology. Nouns, verbs and adjectives get WordNet base forms
// ("fled" -> "flee", "protesters" -> "protester", "children" -> "child");
// every other token gets its lower-case form. Base forms of the words in the
// shared Vocabulary are computed at load, so run time is an array look-up.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/doc.h"
#include "casus/status.h"
#include "casus/vocabulary.h"
#include "core/stage.h"
#include "tag/wordnet_morphology.h"

namespace casus {

class Lemmatizer : public Stage {
 public:
  // `wordnet_dir`: WordNet's dict folder (Debian: /usr/share/wordnet). Interns
  // WordNet's lemmas into `vocab`; load it after the other resources that
  // intern words (the tagger lexicon), so their words get precomputed lemmas.
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& wordnet_dir, Vocabulary& vocab);
  static std::string DefaultWordNetDir() { return "/usr/share/wordnet"; }

  std::string_view name() const override { return "lemmatizer"; }
  Status Process(Doc& doc) const override;

  // The lemma of a lower-case word id under a tag. `doc_words` resolves ids
  // that are not in the shared vocabulary.
  WordId LemmaOf(WordId lower, PosTag tag, const LocalVocabulary& doc_words, std::string& scratch) const;

 private:
  WordId WordNetLemmaOf(WordId lower, PosTag tag, const LocalVocabulary& doc_words, std::string& scratch) const;
  // How a tag asks for a base form: which WordNet class, and whether the
  // form is inflected (base-form tags VB, VBP, NN, JJ need exceptions only).
  enum Column : uint8_t { kNounPlural, kVerbInflected, kVerbBase, kAdjectiveGraded, kColumns, kSelf = kColumns };
  static Column ColumnOf(PosTag tag);

  Lemmatizer(WordNetMorphology morphology, const Vocabulary& vocab)
      : morphology_(std::move(morphology)), vocab_(&vocab) {}
  WordId Compute(std::string_view word, WordId id, Column column, std::string& scratch) const;
  void Precompute(Vocabulary& vocab);
  void AddClitics(Vocabulary& vocab);

  WordNetMorphology morphology_;
  const Vocabulary* vocab_;
  // Per shared WordId and column: the lemma, or kNoWord when it is the word itself.
  std::vector<std::array<WordId, kColumns>> lemmas_;
};

}  // namespace casus
