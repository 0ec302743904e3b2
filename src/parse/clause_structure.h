// Shallow clause structure over a sentence's chunks: the subject of a verb
// group (skipping prepositional objects, appositives and relative clauses),
// its direct object, its prepositional objects, coordinated noun phrases, and
// the verb that governs an infinitive or gerund complement.
#pragma once

#include <cstdint>
#include <vector>

#include "casus/doc.h"

namespace casus {

struct ClauseWords {
  WordId and_ = kNoWord, or_ = kNoWord, that = kNoWord, by = kNoWord;
};

class ClauseStructure {
 public:
  // `phrase_of_token` maps each token to its phrase or -1.
  ClauseStructure(const Doc& doc, uint32_t sentence, const std::vector<int32_t>& phrase_of_token,
                  const ClauseWords& words);

  const std::vector<uint32_t>& phrases() const { return phrases_; }
  // Noun phrase that is the subject of verb phrase `v`, or -1. Follows
  // complements and participles back to their governing verb's subject.
  int Subject(uint32_t v) const;
  // "(AI)" after "Amnesty International": an aside, not a subject.
  bool IsParenthetical(const Phrase& phrase) const;
  // The verb whose complement `v` is ("plans to attack", "denied meeting"), or -1.
  int Governor(uint32_t v) const;
  // Noun phrase right after `v` (adverbs and particles between), or -1.
  int DirectObject(uint32_t v) const;
  // Noun phrase introduced by a preposition after verb `v` within its clause:
  // the first one when `prep` is kNoWord.
  int PrepositionalObject(uint32_t v, WordId prep, WordId* found_prep = nullptr) const;
  // `np` and the noun phrases coordinated with it to the right ("the US and the EU").
  void Conjuncts(uint32_t np, std::vector<uint32_t>& out) const;
  // Conjuncts of a verb's object: a conjunct after ", and" that a finite verb
  // follows opens a clause of its own ("cut ties with Iran, and Turkey accused
  // Greece"), when it is the second of the list (so the comma is not a list's).
  void ObjectConjuncts(uint32_t np, std::vector<uint32_t>& out) const;
  // Noun phrases coordinated with the subject `np` to its left ("the US and Japan").
  void LeftConjuncts(uint32_t np, std::vector<uint32_t>& out) const;
  // First token after the clause of verb `v`: the next finite verb group or the sentence end.
  uint32_t ClauseEnd(uint32_t v) const;
  bool IsPrepositionalObject(uint32_t np) const;

 private:
  int PositionOf(uint32_t phrase) const;
  bool HasComma(uint32_t from, uint32_t to) const;  // a "," among tokens [from, to)
  bool OnlyJoiners(uint32_t from_token, uint32_t to_token, bool& saw_conjunction) const;
  bool IsFinite(uint32_t v) const;

  const Doc& doc_;
  const Sentence& sentence_;
  const std::vector<int32_t>& phrase_of_token_;
  ClauseWords words_;
  std::vector<uint32_t> phrases_;
  uint32_t first_phrase_ = 0;     // the lowest phrase id in phrases_
  std::vector<int> position_;     // phrase id - first_phrase_ -> index in phrases_, or -1
};

}  // namespace casus
