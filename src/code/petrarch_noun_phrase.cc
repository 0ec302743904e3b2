#include "code/petrarch_noun_phrase.h"

#include <algorithm>
#include <span>
#include <string>

namespace casus {
namespace {

// Words that may continue a noun phrase after its preposition.
bool InNounRun(const Token& t) {
  return IsNoun(t.tag) || IsAdjective(t.tag) || t.tag == PosTag::DT || t.tag == PosTag::CD || t.tag == PosTag::POS ||
         t.tag == PosTag::PRPS;
}

// Adds agent code `agent` ("GOV", or "NGO~" for one that goes before) to
// `code`; false when the code already holds it at a three-letter boundary.
bool AddAgent(std::string& code, std::string_view agent) {
  bool before = !agent.empty() && agent.back() == '~';
  if (before) agent.remove_suffix(1);
  if (agent.empty()) return true;
  for (size_t k = 0; k + agent.size() <= code.size(); k += 3)
    if (std::string_view(code).substr(k, agent.size()) == agent) return false;
  if (before) code.insert(0, agent);
  else code += agent;
  return true;
}

}  // namespace

ActorRef PetrarchNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                 const ActorDictionary& actors, int day) {
  const Sentence& s = doc.sentences[np.sentence];
  uint32_t end = np.end;
  // One prepositional phrase belongs to the noun phrase ("soldiers from Gondor").
  if (end + 1 < s.end_token && doc.tokens[end].tag == PosTag::IN) {
    uint32_t pp_end = end + 1;
    while (pp_end < s.end_token && InNounRun(doc.tokens[pp_end])) ++pp_end;
    // "ties with Gondor and Arnor": a compound is left to the coordination of
    // noun phrases, which gives each member.
    bool compound = pp_end < s.end_token && (doc.tokens[pp_end].tag == PosTag::CC || doc.Surface(doc.tokens[pp_end]) == ",");
    if (pp_end > end + 1 && !compound) end = pp_end;
  }
  // The base: the first actor, which may begin before the phrase ("South
  // Sudanese" when "South" was read as an adverb).
  int actor = -1;
  for (uint32_t t = np.first; t < end && actor < 0; ++t) {
    int m = mention_of_token[t];
    if (m < 0 || doc.mentions[static_cast<uint32_t>(m)].kind != MentionKind::kActor) continue;
    if (doc.mentions[static_cast<uint32_t>(m)].first == t || t == np.first) actor = m;
  }
  uint32_t actor_first = end, actor_end = end;
  std::string code;
  if (actor >= 0) {
    const Mention& mention = doc.mentions[static_cast<uint32_t>(actor)];
    actor_first = mention.first;
    actor_end = mention.end;
    code = doc.words.Text(mention.code);
  }
  thread_local std::vector<WordId> words;
  words.clear();
  for (uint32_t t = np.first; t < end; ++t) words.push_back(doc.tokens[t].lower);
  std::vector<std::string_view> agents;
  uint32_t agent_end = 0;  // past the last agent phrase
  uint32_t first_token = actor >= 0 ? std::min(np.first, actor_first) : np.first;
  for (uint32_t t = np.first; t < end; ++t) {
    if (t >= actor_first && t < actor_end) continue;
    int best = -1;
    uint32_t best_length = 0;
    auto span = std::span<const WordId>(words.data() + (t - np.first), end - t);
    actors.trie().ForEach(span, [&](const PhraseTrie::Match& m) {
      if (t + m.length > actor_first && t < actor_end) return;  // would overlap the actor
      int entry = actors.Choose(m.payloads, day);
      if (entry >= 0 && actors.entry(static_cast<uint32_t>(entry)).agent) {
        best = entry;
        best_length = m.length;
      }
    });
    if (best < 0) continue;
    agents.push_back(doc.words.Text(actors.entry(static_cast<uint32_t>(best)).code));
    agent_end = std::max(agent_end, t + best_length);
  }
  if (actor < 0 && agents.empty()) return {};
  // "his first official visit", "military aid": an agent word before a
  // common noun names a thing. PETRARCH would code "---GOV"; casus does not,
  // which codes news better (and PETRARCH's unit tests as well).
  if (actor < 0 && agent_end <= np.head && !IsProperNoun(doc.tokens[np.head].tag)) return {};
  if (actor < 0) code = "---";
  // A compound actor ("FRO/BIL/SAM") takes the agents on each of its codes.
  std::string composed;
  for (size_t start = 0; start <= code.size();) {
    size_t slash = std::min(code.find('/', start), code.size());
    std::string part = code.substr(start, slash - start);
    for (std::string_view agent : agents)
      if (!AddAgent(part, agent)) break;
    if (!composed.empty()) composed += '/';
    composed += part;
    start = slash + 1;
  }
  code = std::move(composed);
  ActorRef ref;
  ref.code = doc.words.Intern(code);
  ref.begin = doc.tokens[first_token].begin;
  ref.end = doc.tokens[end - 1].end;
  return ref;
}

}  // namespace casus
