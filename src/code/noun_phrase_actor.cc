#include "code/noun_phrase_actor.h"

#include <algorithm>
#include <string>

#include "code/owner_compound.h"

namespace casus {
namespace {

struct Found {
  int actor = -1;  // best actor mention
  int agent = -1;  // agent closest to the head
};

Found Scan(const Doc& doc, uint32_t first, uint32_t end, const std::vector<int32_t>& mention_of_token) {
  Found f;
  size_t best_len = 0;
  for (uint32_t t = first; t < end; ++t) {
    int m = mention_of_token[t];
    // A mention may begin before the phrase: "South Sudanese" when "South" was read as an adverb.
    if (m < 0 || (doc.mentions[m].first != t && t != first)) continue;
    const Mention& mention = doc.mentions[m];
    if (mention.kind == MentionKind::kAgent) {
      f.agent = m;
    } else {
      size_t len = doc.words.Text(mention.code).size();
      if (len > best_len) {  // a person or organisation beats a bare country
        best_len = len;
        f.actor = m;
      }
    }
  }
  return f;
}

}  // namespace

ActorRef ResolveNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                WordId of_word, const std::vector<WordId>& agent_owned_heads) {
  ActorRef ref;
  uint32_t end = np.end;
  Found f = Scan(doc, np.first, np.end, mention_of_token);
  // "a Japanese-drafted U.N. Security Council resolution": the owner of a thing
  // is its party, before any other name that only modifies the thing.
  for (uint32_t t = np.first; t < np.end && t < np.head; ++t) {
    int m = mention_of_token[t];
    if (m < 0 || doc.mentions[m].kind != MentionKind::kActor || OwnerCompoundName(doc.Surface(doc.tokens[t])).empty())
      continue;
    int at_head = mention_of_token[np.head];
    if (at_head < 0 || doc.mentions[at_head].kind == MentionKind::kAgent) f.actor = m;
    break;
  }
  // "the president of Iran", "dozens of protesters", "the Ukrainian city of Kharkiv":
  // an "of" phrase supplies what the head lacks.
  const Sentence& s = doc.sentences[np.sentence];
  if (f.actor < 0 && end + 1 < s.end_token && doc.tokens[end].lower == of_word) {
    uint32_t of_end = end + 1;
    while (of_end < s.end_token && (IsNoun(doc.tokens[of_end].tag) || IsAdjective(doc.tokens[of_end].tag) ||
                                    doc.tokens[of_end].tag == PosTag::DT || doc.tokens[of_end].tag == PosTag::CD ||
                                    doc.tokens[of_end].tag == PosTag::POS || doc.tokens[of_end].tag == PosTag::PRPS))
      ++of_end;
    Found of = Scan(doc, end + 1, of_end, mention_of_token);
    if (of.actor >= 0) {
      f.actor = of.actor;
      if (f.agent < 0) f.agent = of.agent;
      end = of_end;
    } else if (of.agent >= 0 && f.agent < 0) {
      f.agent = of.agent;
      end = of_end;
    }
  }
  if (f.actor < 0 && f.agent < 0) return ref;
  // "military aid", "police cooperation", "Russian military exercises": an agent
  // word modifying a common noun names a thing, not an actor; but an attack on
  // "army positions" or a "police station" is an attack on the army or police.
  if (f.agent >= 0 && end == np.end) {
    const Token& head = doc.tokens[np.head];
    bool owned = std::find(agent_owned_heads.begin(), agent_owned_heads.end(), head.lemma) != agent_owned_heads.end();
    const Mention& agent = doc.mentions[f.agent];
    bool head_in_agent = np.head >= agent.first && np.head < agent.end;
    bool head_in_actor = f.actor >= 0 && np.head >= doc.mentions[f.actor].first && np.head < doc.mentions[f.actor].end;
    if (!owned && !head_in_agent && !head_in_actor && !IsProperNoun(head.tag) && agent.end <= np.head) {
      if (f.actor < 0) return ref;
      f.agent = -1;
    }
  }
  std::string code;
  if (f.actor >= 0) {
    code = std::string(doc.words.Text(doc.mentions[f.actor].code));
    if (code.size() == 3 && f.agent >= 0) code += doc.words.Text(doc.mentions[f.agent].code);
  } else {
    code = std::string(doc.words.Text(doc.mentions[f.agent].code));
  }
  ref.code = doc.words.Intern(code);
  uint32_t first_token = np.first;
  if (f.actor >= 0) first_token = std::min(first_token, doc.mentions[f.actor].first);
  if (f.agent >= 0) first_token = std::min(first_token, doc.mentions[f.agent].first);
  ref.begin = doc.tokens[first_token].begin;
  ref.end = doc.tokens[end - 1].end;
  return ref;
}

}  // namespace casus
