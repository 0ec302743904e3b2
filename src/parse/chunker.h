// Noun phrases and verb groups from part-of-speech tags: a linear pass per
// sentence over the tag sequence, with the flags the event coder needs
// (passive, negated, modal, future, infinitive, participle).
#pragma once

#include <vector>

#include "core/stage.h"

namespace casus {

class Chunker : public Stage {
 public:
  explicit Chunker(Vocabulary& vocab);
  std::string_view name() const override { return "chunker"; }
  Status Process(Doc& doc) const override;

 private:
  void ChunkSentence(Doc& doc, uint32_t sentence) const;
  void ChunkTokens(Doc& doc, uint32_t sentence) const;
  uint32_t VerbGroupEnd(const Doc& doc, uint32_t i, uint32_t end) const;
  uint32_t NounPhraseEnd(const Doc& doc, uint32_t i, uint32_t end) const;

  WordId be_, get_, have_, do_, not_, nt_, never_, to_, going_, of_, and_;
  WordId will_, shall_, ll_, would_, could_, may_, might_, should_, must_, can_;
  // Days that date a clause ("On Tuesday Turkish forces fired"): a noun phrase of their own.
  std::vector<WordId> day_words_, month_words_;
  bool IsDayWord(const Token& t) const;
  // The end of a date starting at token i ("Monday", "yesterday", "17 July 2017",
  // "Dec. 11, 2009"), or i when none starts there.
  uint32_t TimeExpressionEnd(const Doc& doc, uint32_t i, uint32_t end) const;
  // "Israeli troops last month", "the talks three years ago": a time phrase ends a noun phrase.
  std::vector<WordId> time_units_;
  WordId last_, next_, this_, past_, ago_, than_;
  bool StartsTimePhrase(const Doc& doc, uint32_t i, uint32_t end) const;
};

}  // namespace casus
