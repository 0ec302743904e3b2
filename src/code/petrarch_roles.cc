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
  return vp >= 0 && doc.phrases[static_cast<uint32_t>(vp)].kind == PhraseKind::kVerb &&
         doc.phrases[static_cast<uint32_t>(vp)].first == noun.end;
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
  if (name != "require_dyad") return false;
  // PETRARCH: `not 'false' in value.lower()`.
  std::string lower(value);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  options.require_dyad = lower.find("false") == std::string::npos;
  return true;
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
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude) {
  for (uint32_t t = before; t-- > begin;)
    if (PetrarchActor a = ActorAt(doc, t, phrase_of_token, mention_of_token, exclude); a.phrase >= 0) return a;
  return {};
}

}  // namespace casus
