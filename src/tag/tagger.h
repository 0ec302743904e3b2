// The part-of-speech tagger stage: Penn tags for every token, sentence by
// sentence. Lexicon look-up (en-lexicon, interned at load), a guesser for
// unknown words, then hand-written contextual rules in the style of Brill's
// transformations that settle noun/verb and participle ambiguities, with news
// verbs ("attack", "warn", "shell", "sanction") as the main concern.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "casus/doc.h"
#include "casus/status.h"
#include "casus/vocabulary.h"
#include "core/stage.h"
#include "tag/context_rules.h"
#include "tag/lexicon.h"
#include "tag/unknown_words.h"

namespace casus {

class Tagger : public Stage {
 public:
  // `lexicon_tsv`: the build's data/lexicon.tsv. Interns every lexicon word
  // and the rules' key words into `vocab` (which must outlive the tagger).
  static Result<std::unique_ptr<Tagger>> Load(const std::string& lexicon_tsv, Vocabulary& vocab);
  // The lexicon the build generated (build/data/lexicon.tsv).
  static std::string DefaultLexiconPath();

  std::string_view name() const override { return "tagger"; }
  // Sets Token::tag for every token of every sentence. Tokens outside any
  // sentence are left alone.
  Status Process(Doc& doc) const override;

  // Tags tokens [first, end) of `doc` as one sentence. `options` is scratch
  // space for at least end - first tag sets (reused across sentences).
  void TagSentence(Doc& doc, uint32_t first, uint32_t end, TagSet* options) const;

  const TagLexicon& lexicon() const { return lexicon_; }

 private:
  Tagger(TagLexicon lexicon, const Vocabulary& vocab, KeyWords keys)
      : lexicon_(std::move(lexicon)), guesser_(lexicon_, vocab), keys_(keys) {}
  // Tag candidates of one word before context is considered.
  TagGuess Candidates(const Doc& doc, const Token& token, bool starts_clause, bool headline) const;

  TagLexicon lexicon_;
  UnknownWordGuesser guesser_;
  KeyWords keys_;
};

// The Penn tag of a token without letters or digits: , . `` ( ) $ # ...
PosTag PunctuationTag(std::string_view form);

}  // namespace casus
