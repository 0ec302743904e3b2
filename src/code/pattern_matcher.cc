#include "code/pattern_matcher.h"

#include <algorithm>

namespace casus {
namespace {


bool IsClauseBreak(const Doc& doc, const Token& token) {
  std::string_view s = doc.Surface(token);
  return s == "," || s == ";";
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// A pattern word matches a token's lemma or lower-cased form; a TABARI stem
// also matches any word it begins ("ARGENTIN" matches "argentine").
bool WordMatches(const Doc& doc, const Token& tok, WordId word, bool stem) {
  if (tok.lemma == word || tok.lower == word) return true;
  if (!stem) return false;
  return StartsWith(doc.words.Text(tok.lower), doc.words.Text(word));
}

// Length of the alternative of `el` that matches at token t (0: none).
uint32_t AnyOfAt(const Doc& doc, const PatternElement& el, uint32_t t, uint32_t end) {
  for (const auto& words : el.any_of) {
    if (words.empty() || t + words.size() > end) continue;
    bool all = true;
    for (size_t k = 0; k < words.size() && all; ++k) all = WordMatches(doc, doc.tokens[t + k], words[k], false);
    if (all) return static_cast<uint32_t>(words.size());
  }
  return 0;
}

// Length of the alternative of `el` that ends at token `last` (0: none), none
// starting before `begin`.
uint32_t AnyOfEndingAt(const Doc& doc, const PatternElement& el, uint32_t begin, uint32_t last) {
  for (const auto& words : el.any_of) {
    auto n = static_cast<uint32_t>(words.size());
    if (n == 0 || last + 1 < n || last + 1 - n < begin) continue;
    bool all = true;
    for (uint32_t k = 0; k < n && all; ++k) all = WordMatches(doc, doc.tokens[last + 1 - n + k], words[k], false);
    if (all) return n;
  }
  return 0;
}

bool IsNounPhrase(const Doc& doc, int p) {
  return p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kNoun;
}

// A date is never a party: "lifted sanctions against Sudan on Friday" must not
// read "Friday" as the target of "lift sanction on +".
bool CanBeParty(const Doc& doc, int p, PatternElementKind kind) {
  return kind == PatternElementKind::kSkipPhrase || !(doc.phrases[static_cast<uint32_t>(p)].flags & kTimePhrase);
}

// The noun phrase a `+`, `$` or `^` takes, starting at or after `pos` (-1: none).
// Ours allow one other word before it; PETRARCH takes the next noun phrase
// however far; a joined element (`_+`) must start at `pos`.
int PhraseForward(const PatternContext& c, const PatternElement& el, bool petrarch, uint32_t pos) {
  const Doc& doc = c.doc;
  const uint32_t far = el.joined ? pos : petrarch ? c.clause_end : pos + 1;
  for (uint32_t t = pos, limit = far; t < c.clause_end && t <= limit; ++t) {
    int p = c.phrase_of_token[t];
    if (!IsNounPhrase(doc, p) || doc.phrases[static_cast<uint32_t>(p)].first != t) continue;
    if (CanBeParty(doc, p, el.kind)) return p;
    // "vetoed on Friday a resolution": the party comes after the date.
    t = doc.phrases[static_cast<uint32_t>(p)].end - 1;
    if (!petrarch) limit = t + 2;
  }
  return -1;
}

// The elements after the trigger, left to right from `pos`.
bool MatchForward(const PatternContext& c, const VerbPattern& pattern, uint32_t pos, PatternMatch& out) {
  const Doc& doc = c.doc;
  for (const PatternElement& el : pattern.rest) {
    switch (el.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kAnyOf: {
        bool found = false;
        const uint32_t last = el.joined ? pos : pos + pattern.max_gap;
        for (uint32_t t = pos; t < c.clause_end && t <= last; ++t) {
          const Token& tok = doc.tokens[t];
          uint32_t length = el.kind == PatternElementKind::kWord
                                ? (WordMatches(doc, tok, el.lemma, el.stem) ? 1 : 0)
                                : AnyOfAt(doc, el, t, c.clause_end);
          if (length > 0) {
            pos = t + length;
            found = true;
            break;
          }
          if (IsClauseBreak(doc, tok)) break;
        }
        if (!found) return false;
        break;
      }
      case PatternElementKind::kTarget:
      case PatternElementKind::kSource:
      case PatternElementKind::kSkipPhrase: {
        // "warned their populations about +" (`* THEIR ^ +`): after a word inside
        // a noun phrase, `^` skips the rest of that phrase (PETRARCH: to the end of the NE).
        if (pattern.petrarch && el.kind == PatternElementKind::kSkipPhrase && pos < c.clause_end) {
          int inside = c.phrase_of_token[pos];
          if (IsNounPhrase(doc, inside) && doc.phrases[static_cast<uint32_t>(inside)].first < pos) {
            pos = doc.phrases[static_cast<uint32_t>(inside)].end;
            break;
          }
        }
        int np = PhraseForward(c, el, pattern.petrarch, pos);
        if (np < 0) {
          if (c.passive && el.kind == PatternElementKind::kTarget) continue;  // the subject is the target
          return false;
        }
        if (el.kind == PatternElementKind::kTarget) out.target = np;
        if (el.kind == PatternElementKind::kSource) out.source = np;
        if (el.compound) out.compound = np;
        pos = doc.phrases[static_cast<uint32_t>(np)].end;
        break;
      }
      case PatternElementKind::kForbidden:
        for (uint32_t t = pos; t < c.clause_end; ++t)
          if (doc.tokens[t].lemma == el.lemma || doc.tokens[t].lower == el.lemma) return false;
        break;
    }
  }
  out.last_token = pos;
  return true;
}

// The elements before the trigger, right to left from the trigger: each must
// end at most max_gap words before the previous one began, and right before it
// when that one is joined to it ("RECENTLY_*", "MOST_CERTAINLY_&NEG").
bool MatchBackward(const PatternContext& c, const VerbPattern& pattern, uint32_t trigger, PatternMatch& out) {
  const Doc& doc = c.doc;
  const std::vector<PatternElement>& before = pattern.before;
  uint32_t pos = trigger;  // the element must end at or before pos
  bool anchored = pattern.verb_joined;  // ... and exactly at pos
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    const PatternElement& el = *it;
    switch (el.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kAnyOf: {
        bool found = false;
        for (uint32_t t = pos; t > c.clause_begin && t + pattern.max_gap >= pos;) {
          --t;
          const Token& tok = doc.tokens[t];
          uint32_t length = el.kind == PatternElementKind::kWord
                                ? (WordMatches(doc, tok, el.lemma, el.stem) ? 1 : 0)
                                : AnyOfEndingAt(doc, el, c.clause_begin, t);
          if (length > 0) {
            pos = t + 1 - length;
            found = true;
            break;
          }
          if (anchored || IsClauseBreak(doc, tok)) break;
        }
        if (!found) return false;
        break;
      }
      case PatternElementKind::kTarget:
      case PatternElementKind::kSource:
      case PatternElementKind::kSkipPhrase: {
        int np = -1;
        const uint32_t reach = anchored ? 1 : pattern.petrarch ? pos : 2;
        for (uint32_t t = pos; t > c.clause_begin && t + reach >= pos;) {
          --t;
          int p = c.phrase_of_token[t];
          if (IsNounPhrase(doc, p) && doc.phrases[static_cast<uint32_t>(p)].end == t + 1) {
            if (CanBeParty(doc, p, el.kind)) np = p;
            break;
          }
          if (pattern.petrarch && IsClauseBreak(doc, doc.tokens[t])) break;
        }
        if (np < 0) return false;
        if (el.kind == PatternElementKind::kTarget) out.target = np;
        if (el.kind == PatternElementKind::kSource) out.source = np;
        if (el.compound) {
          out.compound = np;
          out.compound_before = true;
        }
        pos = doc.phrases[static_cast<uint32_t>(np)].first;
        break;
      }
      case PatternElementKind::kForbidden:
        for (uint32_t t = c.clause_begin; t < trigger; ++t)
          if (doc.tokens[t].lemma == el.lemma || doc.tokens[t].lower == el.lemma) return false;
        break;
    }
    anchored = el.joined;
  }
  return true;
}

}  // namespace

bool PatternWordMatches(const Doc& doc, const Token& token, WordId word, bool stem) {
  return WordMatches(doc, token, word, stem);
}

bool MatchPattern(const PatternContext& c, const VerbPattern& pattern, uint32_t trigger, PatternMatch& out) {
  if (!MayMatch(c, pattern.required_words, trigger)) return false;
  if (!pattern.before.empty() && !MatchBackward(c, pattern, trigger, out)) return false;
  return MatchForward(c, pattern, trigger + 1, out);
}

}  // namespace casus
