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

bool IsNounPhrase(const Doc& doc, int p) {
  return p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kNoun;
}

// A date is never a party: "lifted sanctions against Sudan on Friday" must not
// read "Friday" as the target of "lift sanction on +".
bool CanBeParty(const Doc& doc, int p, PatternElementKind kind) {
  return kind == PatternElementKind::kSkipPhrase || !(doc.phrases[static_cast<uint32_t>(p)].flags & kTimePhrase);
}

// The elements after the trigger, left to right from `pos`.
bool MatchForward(const PatternContext& c, const std::vector<PatternElement>& rest, uint32_t max_gap, uint32_t pos,
                  PatternMatch& out) {
  const Doc& doc = c.doc;
  for (const PatternElement& el : rest) {
    switch (el.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kAnyOf: {
        bool found = false;
        for (uint32_t t = pos; t < c.clause_end && t <= pos + max_gap; ++t) {
          const Token& tok = doc.tokens[t];
          uint32_t length = el.kind == PatternElementKind::kWord ? (WordMatches(doc, tok, el.lemma, el.stem) ? 1 : 0)
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
        if (el.kind == PatternElementKind::kSkipPhrase && pos < c.clause_end) {
          int inside = c.phrase_of_token[pos];
          if (IsNounPhrase(doc, inside) && doc.phrases[static_cast<uint32_t>(inside)].first < pos) {
            pos = doc.phrases[static_cast<uint32_t>(inside)].end;
            break;
          }
        }
        int np = -1;
        for (uint32_t t = pos, limit = pos + 1; t < c.clause_end && t <= limit; ++t) {
          int p = c.phrase_of_token[t];
          if (IsNounPhrase(doc, p) && doc.phrases[static_cast<uint32_t>(p)].first == t) {
            if (CanBeParty(doc, p, el.kind)) {
              np = p;
              break;
            }
            // "vetoed on Friday a resolution": the party comes after the date.
            t = doc.phrases[static_cast<uint32_t>(p)].end - 1;
            limit = t + 2;
          }
        }
        if (np < 0) {
          if (c.passive && el.kind == PatternElementKind::kTarget) continue;  // the subject is the target
          return false;
        }
        if (el.kind == PatternElementKind::kTarget) out.target = np;
        if (el.kind == PatternElementKind::kSource) out.source = np;
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
// end at most max_gap words before the previous one began.
bool MatchBackward(const PatternContext& c, const std::vector<PatternElement>& before, uint32_t max_gap,
                   uint32_t trigger, PatternMatch& out) {
  const Doc& doc = c.doc;
  uint32_t pos = trigger;  // the element must end at or before pos
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    const PatternElement& el = *it;
    switch (el.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kAnyOf: {
        bool found = false;
        for (uint32_t t = pos; t > c.clause_begin && t + max_gap >= pos;) {
          --t;
          const Token& tok = doc.tokens[t];
          if (el.kind == PatternElementKind::kWord) {
            if (WordMatches(doc, tok, el.lemma, el.stem)) {
              pos = t;
              found = true;
              break;
            }
          } else {
            // An alternative ending at t.
            for (const auto& words : el.any_of) {
              auto n = static_cast<uint32_t>(words.size());
              if (n == 0 || t + 1 < n || t + 1 - n < c.clause_begin) continue;
              PatternElement single;
              single.kind = PatternElementKind::kAnyOf;
              single.any_of.push_back(words);
              if (AnyOfAt(doc, single, t + 1 - n, t + 1) == n) {
                pos = t + 1 - n;
                found = true;
                break;
              }
            }
            if (found) break;
          }
          if (IsClauseBreak(doc, tok)) break;
        }
        if (!found) return false;
        break;
      }
      case PatternElementKind::kTarget:
      case PatternElementKind::kSource:
      case PatternElementKind::kSkipPhrase: {
        int np = -1;
        for (uint32_t t = pos; t > c.clause_begin && t + 2 >= pos;) {
          --t;
          int p = c.phrase_of_token[t];
          if (IsNounPhrase(doc, p) && doc.phrases[static_cast<uint32_t>(p)].end == t + 1) {
            if (CanBeParty(doc, p, el.kind)) np = p;
            break;
          }
        }
        if (np < 0) return false;
        if (el.kind == PatternElementKind::kTarget) out.target = np;
        if (el.kind == PatternElementKind::kSource) out.source = np;
        pos = doc.phrases[static_cast<uint32_t>(np)].first;
        break;
      }
      case PatternElementKind::kForbidden:
        for (uint32_t t = c.clause_begin; t < trigger; ++t)
          if (doc.tokens[t].lemma == el.lemma || doc.tokens[t].lower == el.lemma) return false;
        break;
    }
  }
  return true;
}

}  // namespace

bool PatternWordMatches(const Doc& doc, const Token& token, WordId word, bool stem) {
  return WordMatches(doc, token, word, stem);
}

bool MatchPattern(const PatternContext& c, const VerbPattern& pattern, uint32_t trigger, PatternMatch& out) {
  if (!MayMatch(c, pattern.required_words, trigger)) return false;
  if (!pattern.before.empty() && !MatchBackward(c, pattern.before, pattern.max_gap, trigger, out)) return false;
  return MatchForward(c, pattern.rest, pattern.max_gap, trigger + 1, out);
}

}  // namespace casus
