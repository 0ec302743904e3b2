#include "code/petrarch_roles.h"

#include <algorithm>

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
  int m = mention_of_token[t];
  if (m < 0 || doc.mentions[static_cast<uint32_t>(m)].kind != MentionKind::kActor) return {};
  int np = phrase_of_token[t];
  if (np < 0 || doc.phrases[static_cast<uint32_t>(np)].kind != PhraseKind::kNoun) return {};
  if (std::find(exclude.begin(), exclude.end(), static_cast<uint32_t>(np)) != exclude.end()) return {};
  return {np, m};
}

}  // namespace

PetrarchActor PetrarchDefaultTarget(const Doc& doc, uint32_t from, uint32_t end,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude) {
  for (uint32_t t = from; t < end; ++t) {
    if (StartsReportingClause(doc, t, end, phrase_of_token)) return {};
    if (PetrarchActor a = ActorAt(doc, t, phrase_of_token, mention_of_token, exclude); a.phrase >= 0) return a;
  }
  return {};
}

PetrarchActor PetrarchDefaultSource(const Doc& doc, uint32_t begin, uint32_t before,
                                    const std::vector<int32_t>& phrase_of_token,
                                    const std::vector<int32_t>& mention_of_token, const std::vector<uint32_t>& exclude) {
  for (uint32_t t = before; t-- > begin;)
    if (PetrarchActor a = ActorAt(doc, t, phrase_of_token, mention_of_token, exclude); a.phrase >= 0) return a;
  return {};
}

}  // namespace casus
