#include "code/petrarch_roles.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace casus {
namespace {

// ", a senior official said": a comma followed by a noun phrase and a verb
// group ends the reported clause; what follows is not part of the verb's phrase.
bool StartsReportingClause(const Doc& doc, uint32_t comma, uint32_t end, const std::vector<int32_t>& phrase_of_token) {
  if (doc.Surface(doc.tokens[comma]) != "," || comma + 1 >= end) return false;
  int np = phrase_of_token[comma + 1];
  if (np < 0) return false;
  const Phrase& noun = doc.phrases[static_cast<uint32_t>(np)];
  if (noun.kind != PhraseKind::kNoun || noun.first != comma + 1 || noun.end >= end) return false;
  int vp = phrase_of_token[noun.end];
  if (vp < 0 || doc.phrases[static_cast<uint32_t>(vp)].kind != PhraseKind::kVerb ||
      doc.phrases[static_cast<uint32_t>(vp)].first != noun.end)
    return false;
  // "restore, it seems, full ties": a parenthesis closed by a comma right
  // after its verb lies inside the phrase it interrupts.
  uint32_t after = doc.phrases[static_cast<uint32_t>(vp)].end;
  return after >= end || doc.Surface(doc.tokens[after]) != ",";
}

// The actor mention at token t, in a noun phrase not in `exclude`.
PetrarchActor ActorAt(const Doc& doc, uint32_t t, const std::vector<int32_t>& phrase_of_token,
                      const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude) {
  // An agent alone is an actor too ("a senior official" = ---GOV).
  int m = mention_of_token[t];
  if (m < 0) return {};
  int np = phrase_of_token[t];
  if (np < 0 || doc.phrases[static_cast<uint32_t>(np)].kind != PhraseKind::kNoun) return {};
  if (std::find(exclude.begin(), exclude.end(), static_cast<uint32_t>(np)) != exclude.end()) return {};
  return {np, m};
}

}  // namespace

bool SetPetrarchOption(PetrarchOptions& options, std::string_view name, std::string_view value) {
  struct Bound {
    std::string_view name;
    int PetrarchOptions::*field;
  };
  static constexpr Bound kBounds[] = {{"comma_min", &PetrarchOptions::comma_min},   {"comma_max", &PetrarchOptions::comma_max},
                                      {"comma_bmin", &PetrarchOptions::comma_bmin}, {"comma_bmax", &PetrarchOptions::comma_bmax},
                                      {"comma_emin", &PetrarchOptions::comma_emin}, {"comma_emax", &PetrarchOptions::comma_emax},
                                      {"new_actor_length", &PetrarchOptions::new_actor_length}};
  for (const Bound& b : kBounds) {
    if (name != b.name) continue;
    int n = 0;
    for (char c : value) {
      if (c < '0' || c > '9' || n > 100000) return false;  // PETRARCH ignores a value that is no integer
      n = n * 10 + (c - '0');
    }
    if (value.empty()) return false;
    options.*b.field = n;
    return true;
  }
  bool PetrarchOptions::*flag = name == "require_dyad"        ? &PetrarchOptions::require_dyad
                                : name == "code_nested_verbs" ? &PetrarchOptions::code_nested_verbs
                                                              : nullptr;
  if (flag == nullptr) return false;
  // PETRARCH: `not 'false' in value.lower()`.
  std::string lower(value);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  options.*flag = lower.find("false") == std::string::npos;
  return true;
}

void PetrarchRemovedClauses(const Doc& doc, const Sentence& s, const PetrarchOptions& options,
                            const std::vector<int32_t>& phrase_of_token, std::vector<uint8_t>& removed) {
  removed.assign(s.end_token - s.first_token, 0);
  std::vector<uint32_t> commas;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    if (doc.Surface(doc.tokens[t]) != ",") continue;
    int p = phrase_of_token[t];
    if (p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kNoun) continue;
    if (t > s.first_token && t + 1 < s.end_token) {
      // "complete, full diplomatic ties": adjectives of one noun phrase.
      if (IsAdjective(doc.tokens[t - 1].tag) && (IsAdjective(doc.tokens[t + 1].tag) || IsNoun(doc.tokens[t + 1].tag)))
        continue;
      // "Mordor, Rohan, Fornost and Bree": a list of noun phrases is one compound.
      int before = phrase_of_token[t - 1];
      int after = phrase_of_token[t + 1];
      if (doc.tokens[t + 1].tag == PosTag::CC) after = t + 2 < s.end_token ? phrase_of_token[t + 2] : -1;
      auto noun = [&](int q) { return q >= 0 && doc.phrases[static_cast<uint32_t>(q)].kind == PhraseKind::kNoun; };
      if (noun(before) && noun(after)) {
        uint32_t next = doc.phrases[static_cast<uint32_t>(after)].end;
        if (doc.tokens[t + 1].tag == PosTag::CC ||
            (next < s.end_token && (doc.Surface(doc.tokens[next]) == "," || doc.tokens[next].tag == PosTag::CC)))
          continue;
      }
    }
    commas.push_back(t);
  }
  if (commas.empty()) return;
  uint32_t end = s.end_token;  // the final punctuation is no part of a clause
  if (end > s.first_token && doc.tokens[end - 1].tag == PosTag::kPeriod) --end;
  auto words = [&](uint32_t from, uint32_t to) {
    int n = 0;
    for (uint32_t t = from; t < to; ++t) {
      std::string_view w = doc.Surface(doc.tokens[t]);
      if (!removed[t - s.first_token] && !w.empty() && std::isalpha(static_cast<unsigned char>(w[0]))) ++n;
    }
    return n;
  };
  auto remove = [&](uint32_t from, uint32_t to, int min, int max) {
    int n = words(from, to);
    if (max == 0 || n < min || n > max) return false;
    for (uint32_t t = from; t < to; ++t) removed[t - s.first_token] = 1;
    return true;
  };
  remove(s.first_token, commas.front(), options.comma_bmin, options.comma_bmax);
  remove(commas.back() + 1, end, options.comma_emin, options.comma_emax);
  for (size_t k = 0; k + 1 < commas.size(); ++k) remove(commas[k] + 1, commas[k + 1] + 1, options.comma_min, options.comma_max);
}

PetrarchActor PetrarchDefaultTarget(const Doc& doc, uint32_t from, uint32_t end,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude) {
  for (uint32_t t = from; t < end; ++t) {
    if (StartsReportingClause(doc, t, end, phrase_of_token)) return {};
    if (PetrarchActor a = ActorAt(doc, t, phrase_of_token, mention_of_token, exclude); a.phrase >= 0) return a;
  }
  return {};
}

uint32_t PetrarchVerbPhraseEnd(const Doc& doc, uint32_t from, uint32_t end, const std::vector<int32_t>& phrase_of_token) {
  auto verb_at = [&](uint32_t t) {
    int p = t < end ? phrase_of_token[t] : -1;
    return p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kVerb &&
           doc.phrases[static_cast<uint32_t>(p)].first == t;
  };
  for (uint32_t t = from; t < end; ++t) {
    if (StartsReportingClause(doc, t, end, phrase_of_token) || doc.Surface(doc.tokens[t]) == ";") return t;
    if (doc.tokens[t].tag != PosTag::CC || t + 1 >= end) continue;
    // "... and killed", "... and Gondor said": another verb phrase or clause.
    if (verb_at(t + 1)) return t;
    int np = phrase_of_token[t + 1];
    if (np >= 0 && doc.phrases[static_cast<uint32_t>(np)].kind == PhraseKind::kNoun && verb_at(doc.phrases[static_cast<uint32_t>(np)].end))
      return t;
  }
  return end;
}

PetrarchActor PetrarchDefaultSource(const Doc& doc, uint32_t begin, uint32_t before,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude,
                                    const std::vector<uint8_t>& removed) {
  auto is_removed = [&](uint32_t t) { return t >= begin && t - begin < removed.size() && removed[t - begin]; };
  auto is_noun = [&](uint32_t t) {
    int p = phrase_of_token[t];
    return p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kNoun;
  };
  // "Francesco Rocca, the president of the Red Cross, issued": the commas of an
  // appositive right before the verb are inside the subject's noun phrase.
  auto appositive_open = [&](uint32_t comma) -> int64_t {
    if (comma + 1 != before || comma == begin || !is_noun(comma - 1)) return -1;
    for (uint32_t t = comma - 1; t > begin; --t) {
      if (doc.Surface(doc.tokens[t - 1]) == ",") return t - 1 > begin && is_noun(t - 2) ? t - 1 : -1;
      if (!is_noun(t - 1) && doc.tokens[t - 1].tag != PosTag::IN && doc.tokens[t - 1].tag != PosTag::DT) return -1;
    }
    return -1;
  };
  PetrarchActor first;
  for (uint32_t t = before; t-- > begin;) {
    if (int64_t open = appositive_open(t); open >= 0) {
      for (uint32_t k = t; k-- > static_cast<uint32_t>(open) + 1;)
        if (PetrarchActor a = ActorAt(doc, k, phrase_of_token, mention_of_token, exclude); a.phrase >= 0) first = a;
      t = static_cast<uint32_t>(open);
      continue;
    }
    // PETRARCH's "upper sequence" ends at a comma outside a noun phrase
    // ("On ... Gondor's health centres, he said": no source), except one
    // that borders a removed clause ("Arnor's minister, in remarks published
    // on Monday, urged").
    if (doc.Surface(doc.tokens[t]) == "," && !is_removed(t) && !(t > begin && is_removed(t - 1)) && !is_removed(t + 1) &&
        (phrase_of_token[t] < 0 || doc.phrases[static_cast<uint32_t>(phrase_of_token[t])].kind != PhraseKind::kNoun))
      return first;
    if (PetrarchActor a = ActorAt(doc, t, phrase_of_token, mention_of_token, exclude); a.phrase >= 0) first = a;
  }
  return first;
}

}  // namespace casus
