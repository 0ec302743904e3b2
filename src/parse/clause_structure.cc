#include "parse/clause_structure.h"

#include <algorithm>

namespace casus {

ClauseStructure::ClauseStructure(const Doc& doc, uint32_t sentence, const std::vector<int32_t>& phrase_of_token,
                                 const ClauseWords& words)
    : doc_(doc), sentence_(doc.sentences[sentence]), phrase_of_token_(phrase_of_token), words_(words) {
  int32_t last = -1;
  for (uint32_t t = sentence_.first_token; t < sentence_.end_token; ++t) {
    int32_t p = phrase_of_token_[t];
    if (p >= 0 && p != last) phrases_.push_back(static_cast<uint32_t>(p));
    last = p;
  }
  // Every query starts from a phrase's position: index them once, so that the
  // coder's per-verb queries cost O(1) here instead of a scan of the sentence.
  if (phrases_.empty()) return;
  const auto [low, high] = std::minmax_element(phrases_.begin(), phrases_.end());
  first_phrase_ = *low;
  position_.assign(*high - *low + 1, -1);
  for (size_t i = 0; i < phrases_.size(); ++i) position_[phrases_[i] - first_phrase_] = static_cast<int>(i);
}

int ClauseStructure::PositionOf(uint32_t phrase) const {
  if (phrase < first_phrase_ || phrase - first_phrase_ >= position_.size()) return -1;
  return position_[phrase - first_phrase_];
}

bool ClauseStructure::IsFinite(uint32_t v) const {
  const Phrase& p = doc_.phrases[v];
  return p.kind == PhraseKind::kVerb && !(p.flags & (kInfinitive | kParticiple | kGerund));
}

bool ClauseStructure::IsPrepositionalObject(uint32_t np) const {
  uint32_t first = doc_.phrases[np].first;
  if (first == sentence_.first_token) return false;
  const Token& before = doc_.tokens[first - 1];
  // "that" opens a clause whose subject follows it: "demanded that Belarus release".
  if (before.lower == words_.that) return false;
  return before.tag == PosTag::IN || before.tag == PosTag::TO;
}

// True when tokens [from, to) hold only commas and conjunctions.
bool ClauseStructure::OnlyJoiners(uint32_t from, uint32_t to, bool& saw_conjunction) const {
  saw_conjunction = false;
  if (from >= to) return false;
  for (uint32_t t = from; t < to; ++t) {
    const Token& tok = doc_.tokens[t];
    if (tok.lower == words_.and_ || tok.lower == words_.or_) saw_conjunction = true;
    else if (doc_.Surface(tok) != ",") return false;
  }
  return true;
}

void ClauseStructure::Conjuncts(uint32_t np, std::vector<uint32_t>& out) const {
  out.clear();
  out.push_back(np);
  int pos = PositionOf(np);
  if (pos < 0) return;
  for (size_t i = static_cast<size_t>(pos) + 1; i < phrases_.size(); ++i) {
    const Phrase& prev = doc_.phrases[phrases_[i - 1]];
    const Phrase& next = doc_.phrases[phrases_[i]];
    if (next.kind != PhraseKind::kNoun) break;
    bool conjunction = false;
    if (!OnlyJoiners(prev.end, next.first, conjunction)) break;
    // A list needs an "and"/"or" somewhere: look ahead when this joiner is a comma.
    if (!conjunction) {
      bool later = false;
      for (size_t j = i + 1; j < phrases_.size() && !later; ++j) {
        const Phrase& a = doc_.phrases[phrases_[j - 1]];
        const Phrase& b = doc_.phrases[phrases_[j]];
        bool c = false;
        if (b.kind != PhraseKind::kNoun || !OnlyJoiners(a.end, b.first, c)) break;
        later = c;
      }
      if (!later) break;
    }
    out.push_back(phrases_[i]);
  }
}

void ClauseStructure::ObjectConjuncts(uint32_t np, std::vector<uint32_t>& out) const {
  Conjuncts(np, out);
  if (out.size() != 2) return;
  const Phrase& first = doc_.phrases[out[0]];
  const Phrase& second = doc_.phrases[out[1]];
  const auto pos = static_cast<size_t>(PositionOf(out[1]));
  if (pos + 1 >= phrases_.size()) return;
  const uint32_t next = phrases_[pos + 1];
  if (!IsFinite(next) || doc_.phrases[next].first != second.end) return;
  if (HasComma(first.end, second.first)) out.resize(1);
}

bool ClauseStructure::HasComma(uint32_t from, uint32_t to) const {
  for (uint32_t t = from; t < to; ++t)
    if (doc_.Surface(doc_.tokens[t]) == ",") return true;
  return false;
}

void ClauseStructure::LeftConjuncts(uint32_t np, std::vector<uint32_t>& out) const {
  out.clear();
  out.push_back(np);
  int pos = PositionOf(np);
  bool any_conjunction = false;
  for (int i = pos - 1; i >= 0; --i) {
    const Phrase& left = doc_.phrases[phrases_[static_cast<size_t>(i)]];
    const Phrase& right = doc_.phrases[phrases_[static_cast<size_t>(i) + 1]];
    if (left.kind != PhraseKind::kNoun) break;
    bool conjunction = false;
    if (!OnlyJoiners(left.end, right.first, conjunction)) break;
    if (conjunction) any_conjunction = true;
    else if (!any_conjunction) break;  // "Lavrov, Russia's minister," is an apposition, not a list
    if (IsPrepositionalObject(phrases_[static_cast<size_t>(i)])) break;
    // "summoned the ambassador, and Sudan criticized": a verb's object before ", and"
    // ends the clause before it (ObjectConjuncts reads the same boundary from the left).
    if (i > 0 && HasComma(left.end, right.first)) {
      const Phrase& before = doc_.phrases[phrases_[static_cast<size_t>(i) - 1]];
      if (before.kind == PhraseKind::kVerb && before.end == left.first) break;
    }
    out.insert(out.begin(), phrases_[static_cast<size_t>(i)]);
  }
}

int ClauseStructure::Governor(uint32_t v) const {
  int pos = PositionOf(v);
  if (pos <= 0) return -1;
  const Phrase& self = doc_.phrases[v];
  const Phrase& prev = doc_.phrases[phrases_[static_cast<size_t>(pos) - 1]];
  if (!(self.flags & (kInfinitive | kGerund))) {
    // A clause object: "demanded that Belarus release", "said Israel must end".
    if (pos >= 2 && prev.kind == PhraseKind::kNoun && prev.end == self.first && prev.first >= 1) {
      // "said Wednesday that Israel must", "said on Monday that": past a date.
      int gpos = pos - 2;
      while (gpos > 0 && (doc_.phrases[phrases_[static_cast<size_t>(gpos)]].flags & kTimePhrase)) --gpos;
      uint32_t governor = phrases_[static_cast<size_t>(gpos)];
      const Phrase& g = doc_.phrases[governor];
      uint32_t clause_start = prev.first;
      if (doc_.tokens[clause_start - 1].lower == words_.that) --clause_start;
      bool adjacent = g.end <= clause_start;
      for (uint32_t t = g.end; t < clause_start && adjacent; ++t) {
        int p = phrase_of_token_[t];
        bool date = p >= 0 && (doc_.phrases[static_cast<uint32_t>(p)].flags & kTimePhrase);
        bool date_preposition = doc_.tokens[t].tag == PosTag::IN && t + 1 < clause_start && phrase_of_token_[t + 1] >= 0 &&
                                (doc_.phrases[static_cast<uint32_t>(phrase_of_token_[t + 1])].flags & kTimePhrase);
        adjacent = date || date_preposition;
      }
      if (g.kind == PhraseKind::kVerb && adjacent && IsFinite(governor)) return static_cast<int>(governor);
    }
    return -1;
  }
  if (prev.kind == PhraseKind::kVerb) return static_cast<int>(phrases_[static_cast<size_t>(pos) - 1]);
  // "urged Iran to stop", "accused Russia of attacking": verb, object, complement.
  if (pos >= 2 && prev.kind == PhraseKind::kNoun) {
    const Phrase& before = doc_.phrases[phrases_[static_cast<size_t>(pos) - 2]];
    if (before.kind == PhraseKind::kVerb && before.end == prev.first)
      return static_cast<int>(phrases_[static_cast<size_t>(pos) - 2]);
  }
  return -1;
}

bool ClauseStructure::IsParenthetical(const Phrase& phrase) const {
  return phrase.first > sentence_.first_token && phrase.end < sentence_.end_token &&
         doc_.tokens[phrase.first - 1].tag == PosTag::kOpenParen && doc_.tokens[phrase.end].tag == PosTag::kCloseParen;
}

int ClauseStructure::Subject(uint32_t v) const {
  int pos = PositionOf(v);
  if (pos < 0) return -1;
  const Phrase& self = doc_.phrases[v];
  int governor = (self.flags & (kInfinitive | kGerund)) ? Governor(v) : -1;
  if (governor >= 0) {
    // The object of "urged Iran to stop" is the subject of "stop".
    int pg = PositionOf(static_cast<uint32_t>(governor));
    if (pg + 2 == pos && (self.flags & kInfinitive)) return static_cast<int>(phrases_[static_cast<size_t>(pos) - 1]);
    return Subject(static_cast<uint32_t>(governor));
  }
  if (self.flags & kParticiple) {
    // ", killing six people": the subject of the previous finite verb.
    for (int i = pos - 1; i >= 0; --i)
      if (IsFinite(phrases_[static_cast<size_t>(i)])) return Subject(phrases_[static_cast<size_t>(i)]);
    return -1;
  }
  // "Trump called Erdogan and urged him to ...": a predicate joined to the one
  // before it by "and"/"or" shares that predicate's subject; the noun phrase
  // just before it is the earlier verb's object.
  if (self.first > sentence_.first_token) {
    WordId before = doc_.tokens[self.first - 1].lower;
    if (before == words_.and_ || before == words_.or_)
      for (int i = pos - 1; i >= 0; --i)
        if (IsFinite(phrases_[static_cast<size_t>(i)])) return Subject(phrases_[static_cast<size_t>(i)]);
  }
  uint32_t boundary = self.first;
  for (int i = pos - 1; i >= 0; --i) {
    uint32_t p = phrases_[static_cast<size_t>(i)];
    const Phrase& phrase = doc_.phrases[p];
    if (phrase.kind == PhraseKind::kVerb) {
      // Skip a relative clause or participle set off by commas: "troops, who stormed the town, ..."
      if (boundary > sentence_.first_token && doc_.Surface(doc_.tokens[boundary - 1]) == ",") {
        boundary = phrase.first;
        continue;
      }
      return -1;
    }
    if (IsPrepositionalObject(p) || (phrase.flags & kTimePhrase) || IsParenthetical(phrase)) {
      // "Amnesty International (AI) has accused", "The army yesterday gave"
      boundary = phrase.first;
      continue;
    }
    if (phrase.flags & kPronoun) {
      const Token& t = doc_.tokens[phrase.first];
      if (t.tag == PosTag::WP || t.tag == PosTag::WDT) {
        // "who"/"which": the noun phrase before the comma.
        for (int j = i - 1; j >= 0; --j) {
          uint32_t q = phrases_[static_cast<size_t>(j)];
          if (doc_.phrases[q].kind == PhraseKind::kNoun && !IsPrepositionalObject(q)) return static_cast<int>(q);
        }
        return -1;
      }
    }
    // An appositive "Lavrov, Russia's foreign minister, said": take the first.
    if (i >= 1) {
      uint32_t q = phrases_[static_cast<size_t>(i) - 1];
      const Phrase& before = doc_.phrases[q];
      if (before.kind == PhraseKind::kNoun && before.end + 1 == phrase.first &&
          doc_.Surface(doc_.tokens[before.end]) == "," && phrase.end < self.first &&
          doc_.Surface(doc_.tokens[phrase.end]) == ",")
        return static_cast<int>(q);
    }
    return static_cast<int>(p);
  }
  return -1;
}

int ClauseStructure::DirectObject(uint32_t v) const {
  int pos = PositionOf(v);
  if (pos < 0 || static_cast<size_t>(pos) + 1 >= phrases_.size()) return -1;
  size_t next_pos = static_cast<size_t>(pos) + 1;
  uint32_t next = phrases_[next_pos];
  // "vetoed on Friday a resolution", "vetoed Friday a resolution": past the date
  // (and its preposition).
  uint32_t words_from = doc_.phrases[v].end;
  if ((doc_.phrases[next].flags & kTimePhrase) && static_cast<size_t>(pos) + 2 < phrases_.size()) {
    uint32_t after = phrases_[static_cast<size_t>(pos) + 2];
    const Phrase& date = doc_.phrases[next];
    bool date_next = date.first == words_from || (date.first == words_from + 1 && doc_.tokens[words_from].tag == PosTag::IN);
    if (doc_.phrases[after].first == date.end && date_next) {
      next = after;
      ++next_pos;
      words_from = date.end;
    }
  }
  const Phrase& p = doc_.phrases[next];
  if (p.kind != PhraseKind::kNoun || (p.flags & kTimePhrase)) return -1;
  for (uint32_t t = words_from; t < p.first; ++t) {
    PosTag tag = doc_.tokens[t].tag;
    if (!(tag == PosTag::RP || IsAdverb(tag))) return -1;
  }
  // "said the United States would continue": the subject of a complement clause.
  if (next_pos + 1 < phrases_.size()) {
    uint32_t after = phrases_[next_pos + 1];
    if (doc_.phrases[after].first == p.end && IsFinite(after)) return -1;
  }
  return static_cast<int>(next);
}

uint32_t ClauseStructure::ClauseEnd(uint32_t v) const {
  int pos = PositionOf(v);
  for (size_t i = static_cast<size_t>(pos) + 1; i < phrases_.size(); ++i) {
    uint32_t p = phrases_[i];
    if (IsFinite(p)) return doc_.phrases[p].first;
  }
  return sentence_.end_token;
}

int ClauseStructure::PrepositionalObject(uint32_t v, WordId prep, WordId* found_prep) const {
  uint32_t end = ClauseEnd(v);
  int pos = PositionOf(v);
  for (size_t i = static_cast<size_t>(pos) + 1; i < phrases_.size(); ++i) {
    uint32_t p = phrases_[i];
    const Phrase& phrase = doc_.phrases[p];
    if (phrase.first >= end) break;
    if (phrase.kind != PhraseKind::kNoun || !IsPrepositionalObject(p) || (phrase.flags & kTimePhrase)) continue;
    WordId w = doc_.tokens[phrase.first - 1].lower;
    if (prep == kNoWord || w == prep) {
      if (found_prep) *found_prep = w;
      return static_cast<int>(p);
    }
  }
  return -1;
}

}  // namespace casus
