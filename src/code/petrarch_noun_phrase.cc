#include "code/petrarch_noun_phrase.h"

#include <algorithm>
#include <cctype>
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

// PETRARCH's check_NEphrase over the words `tokens` (in sentence order,
// possibly gathered from several phrases: "Lawmakers" + "in" + "Fornost"):
// the code, "" when they name no actor and no agent. `head` is the token the
// phrase names; `first_token` receives where the actor begins ("South
// Sudanese" may begin before the phrase).
std::string ComposeCode(Doc& doc, std::span<const uint32_t> tokens, uint32_t head,
                        const std::vector<int32_t>& mention_of_token, const ActorDictionary& actors, int day,
                        uint32_t& first_token) {
  first_token = tokens.front();
  // The base: the first actor, which may begin before the phrase ("South
  // Sudanese" when "South" was read as an adverb).
  int actor = -1;
  for (size_t k = 0; k < tokens.size() && actor < 0; ++k) {
    int m = mention_of_token[tokens[k]];
    if (m < 0 || doc.mentions[static_cast<uint32_t>(m)].kind != MentionKind::kActor) continue;
    if (doc.mentions[static_cast<uint32_t>(m)].first == tokens[k] || k == 0) actor = m;
  }
  uint32_t actor_first = UINT32_MAX, actor_end = UINT32_MAX;
  std::string code;
  if (actor >= 0) {
    const Mention& mention = doc.mentions[static_cast<uint32_t>(actor)];
    actor_first = mention.first;
    actor_end = mention.end;
    code = doc.words.Text(mention.code);
    first_token = std::min(first_token, actor_first);
  }
  thread_local std::vector<WordId> words;
  words.clear();
  for (uint32_t t : tokens) words.push_back(doc.tokens[t].lower);
  std::vector<std::string_view> agents;
  uint32_t agent_end = 0;  // past the last agent phrase
  for (size_t k = 0; k < tokens.size(); ++k) {
    const uint32_t t = tokens[k];
    if (t >= actor_first && t < actor_end) continue;
    int best = -1;
    uint32_t best_last = 0;
    auto span = std::span<const WordId>(words.data() + k, words.size() - k);
    actors.trie().ForEach(span, [&](const PhraseTrie::Match& m) {
      const uint32_t last = tokens[k + m.length - 1];
      if (last >= actor_first && t < actor_end) return;  // would overlap the actor
      int entry = actors.Choose(m.payloads, day);
      if (entry >= 0 && actors.entry(static_cast<uint32_t>(entry)).agent) {
        best = entry;
        best_last = last;
      }
    });
    if (best < 0) continue;
    agents.push_back(doc.words.Text(actors.entry(static_cast<uint32_t>(best)).code));
    agent_end = std::max(agent_end, best_last + 1);
  }
  if (actor < 0 && agents.empty()) return {};
  // "his first official visit", "military aid": an agent word before a
  // common noun names a thing. PETRARCH would code "---GOV"; casus does not,
  // which codes news better (and PETRARCH's unit tests as well).
  if (actor < 0 && agent_end <= head && !IsProperNoun(doc.tokens[head].tag)) return {};
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
  return composed;
}

// The end of PETRARCH's noun phrase for `np`: with one prepositional phrase
// ("soldiers from Gondor"), or two when only the second names an actor.
uint32_t PetrarchPhraseEnd(const Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token) {
  const Sentence& s = doc.sentences[np.sentence];
  // "Minas Tirith border police" with "border" read as a verb: an agent phrase
  // ending in a noun right after the words is part of them.
  auto with_agent = [&](uint32_t e) {
    if (e >= s.end_token || IsNoun(doc.tokens[e].tag)) return e;
    int m = mention_of_token[e];
    if (m < 0) return e;
    const Mention& mention = doc.mentions[static_cast<uint32_t>(m)];
    return mention.kind == MentionKind::kAgent && mention.first == e && IsNoun(doc.tokens[mention.end - 1].tag) ? mention.end : e;
  };
  uint32_t end = with_agent(np.end);
  // One prepositional phrase belongs to the noun phrase ("soldiers from Gondor").
  if (end + 1 < s.end_token && doc.tokens[end].tag == PosTag::IN) {
    uint32_t pp_end = end + 1;
    while (pp_end < s.end_token && InNounRun(doc.tokens[pp_end])) ++pp_end;
    pp_end = with_agent(pp_end);
    // "ties with Gondor and Arnor": a compound is left to PetrarchCompoundRole,
    // which gives each member the phrase before it.
    bool compound = pp_end < s.end_token && (doc.tokens[pp_end].tag == PosTag::CC || doc.Surface(doc.tokens[pp_end]) == ",");
    // "ties with human rights activists of Gonzo GMO": PETRARCH codes the
    // inner phrase ("activists of Gonzo GMO"); when only the second
    // prepositional phrase names an actor, reading it too gives that actor
    // and the agents before it the same way.
    auto has_actor = [&](uint32_t from, uint32_t to) {
      for (uint32_t t = from; t < to; ++t)
        if (int m = mention_of_token[t]; m >= 0 && doc.mentions[static_cast<uint32_t>(m)].kind == MentionKind::kActor) return true;
      return false;
    };
    if (pp_end + 1 < s.end_token && doc.tokens[pp_end].tag == PosTag::IN && InNounRun(doc.tokens[pp_end + 1]) && !compound &&
        !has_actor(np.first, pp_end)) {
      uint32_t inner_end = pp_end + 1;
      while (inner_end < s.end_token && InNounRun(doc.tokens[inner_end])) ++inner_end;
      bool inner_compound = inner_end < s.end_token && (doc.tokens[inner_end].tag == PosTag::CC || doc.Surface(doc.tokens[inner_end]) == ",");
      if (!inner_compound && has_actor(pp_end + 1, inner_end)) pp_end = inner_end;
    }
    if (pp_end > end + 1 && !compound) end = pp_end;
  }
  return end;
}

}  // namespace

ActorRef PetrarchNounPhraseActor(Doc& doc, const Phrase& np, const std::vector<int32_t>& mention_of_token,
                                 const ActorDictionary& actors, int day) {
  const uint32_t end = PetrarchPhraseEnd(doc, np, mention_of_token);
  thread_local std::vector<uint32_t> tokens;
  tokens.clear();
  for (uint32_t t = np.first; t < end; ++t) tokens.push_back(t);
  uint32_t first_token = np.first;
  std::string code = ComposeCode(doc, tokens, np.head, mention_of_token, actors, day, first_token);
  if (code.empty()) return {};
  ActorRef ref;
  ref.code = doc.words.Intern(code);
  ref.begin = doc.tokens[first_token].begin;
  ref.end = doc.tokens[end - 1].end;
  return ref;
}

void PetrarchCompoundRole(Doc& doc, const std::vector<uint32_t>& order, std::vector<uint32_t>& role,
                          std::vector<ActorRef>& np_actor, std::vector<uint8_t>& np_resolved,
                          const std::vector<int32_t>& mention_of_token, const ActorDictionary& actors, int day) {
  if (role.empty()) return;
  auto position = [&](uint32_t p) -> int {
    auto it = std::find(order.begin(), order.end(), p);
    return it == order.end() ? -1 : static_cast<int>(it - order.begin());
  };
  auto noun = [&](int pos) {
    return pos >= 0 && static_cast<size_t>(pos) < order.size() &&
           doc.phrases[order[static_cast<size_t>(pos)]].kind == PhraseKind::kNoun &&
           !(doc.phrases[order[static_cast<size_t>(pos)]].flags & (kPronoun | kTimePhrase));
  };
  auto is_conjunction = [&](const Token& t) {
    std::string_view w = doc.words.Text(t.lower);
    return w == "and" || w == "or" || w == "nor";
  };
  // 1 when tokens [from, to) are only commas and conjunctions, 2 when they hold a conjunction.
  auto joiner = [&](uint32_t from, uint32_t to) {
    if (from >= to) return 0;
    int kind = 1;
    for (uint32_t t = from; t < to; ++t) {
      if (is_conjunction(doc.tokens[t])) kind = 2;
      else if (doc.Surface(doc.tokens[t]) != ",") return 0;
    }
    return kind;
  };
  auto phrase_at = [&](int pos) -> const Phrase& { return doc.phrases[order[static_cast<size_t>(pos)]]; };
  // The coordination of noun phrases around position `pos` ("Arnor, Osgiliath
  // and Gondor"), as positions; a list needs a conjunction, and a second one
  // begins another list ("Calenardhon and Gondor, and Gondor and Dagolath":
  // PETRARCH leaves such nested compounds alone and codes the first).
  // `chain_end` receives the end of the whole run of joined phrases.
  auto coordination = [&](int pos, int& chain_end) {
    int first = pos;
    while (noun(first - 1) && joiner(phrase_at(first - 1).end, phrase_at(first).first)) {
      // "summoned the ambassador, and Sudan said": an object before the comma ends the list.
      int before = first - 2;
      if (before >= 0 && phrase_at(before).kind == PhraseKind::kVerb && phrase_at(before).end == phrase_at(first - 1).first &&
          joiner(phrase_at(first - 1).end, phrase_at(first).first) == 2 &&
          doc.Surface(doc.tokens[phrase_at(first - 1).end]) == ",")
        break;
      --first;
    }
    std::vector<int> list{first};
    bool conjunction = false, ended = false;
    chain_end = first;
    for (int next = first + 1; noun(next); ++next) {
      int kind = joiner(phrase_at(next - 1).end, phrase_at(next).first);
      if (kind == 0) break;
      // "praised Gondor, and Mordor criticized": after ", and" a phrase its own
      // verb follows is the subject of a new clause.
      if (kind == 2 && doc.Surface(doc.tokens[phrase_at(next - 1).end]) == "," &&
          static_cast<size_t>(next) + 1 < order.size() && phrase_at(next + 1).kind == PhraseKind::kVerb &&
          phrase_at(next + 1).first == phrase_at(next).end)
        break;
      chain_end = next;
      if (ended) continue;
      if (kind == 2 && conjunction) {
        ended = true;
        continue;
      }
      conjunction = conjunction || kind == 2;
      list.push_back(next);
    }
    if (!conjunction) {
      list.assign(1, pos);
      chain_end = pos;
    }
    return list;
  };
  const uint32_t sentence_first = doc.sentences[doc.phrases[role.front()].sentence].first_token;
  std::vector<uint32_t> done;  // phrases already handled
  std::vector<uint32_t> result;
  for (uint32_t r : role) {
    if (std::find(done.begin(), done.end(), r) != done.end()) continue;
    int pos = position(r);
    if (!noun(pos)) {
      result.push_back(r);
      continue;
    }
    int chain_end = pos;
    std::vector<int> members = coordination(pos, chain_end);
    // The phrase a prepositional phrase with the list belongs to ("The ambassadors
    // of Arnor, Osgiliath and Gondor", "Lawmakers and officials in Fornost and
    // Gondor"), or the list after the role's phrase.
    std::vector<int> heads;
    int heads_end = -1;
    uint32_t preposition = 0;
    auto preposition_before = [&](int p) {
      const Phrase& phrase = phrase_at(p);
      if (phrase.first < sentence_first + 2) return false;
      const Token& t = doc.tokens[phrase.first - 1];
      if (t.tag != PosTag::IN && t.tag != PosTag::TO) return false;
      return noun(p - 1) && phrase_at(p - 1).end == phrase.first - 1;
    };
    // Only a compound on either side: one phrase with one prepositional phrase
    // is PetrarchNounPhraseActor's ("soldiers from Gondor").
    if (preposition_before(members.front())) {
      heads = coordination(members.front() - 1, heads_end);
      preposition = phrase_at(members.front()).first - 1;
      if (heads.size() < 2 && members.size() < 2) heads.clear();
    } else if (noun(chain_end + 1) && preposition_before(chain_end + 1)) {
      int list_end = chain_end;
      std::vector<int> list = coordination(chain_end + 1, list_end);
      if (members.size() >= 2 || list.size() >= 2) {
        heads = members;
        members = list;
        chain_end = list_end;
        preposition = phrase_at(members.front()).first - 1;
      }
    }
    // A member ending in an adjective joins the next ("Ithilen's awful and evil
    // minister Calimehtar" is one phrase): units of tokens.
    std::vector<std::vector<uint32_t>> units;
    std::vector<int> unit_phrase;
    bool changed = !heads.empty();
    for (size_t k = 0; k < members.size(); ++k) {
      const Phrase& m = phrase_at(members[k]);
      if (!units.empty() && IsAdjective(doc.tokens[units.back().back()].tag)) {
        for (uint32_t t = units.back().back() + 1; t < m.end; ++t) units.back().push_back(t);
        unit_phrase.back() = members[k];
        changed = true;
        continue;
      }
      units.emplace_back();
      for (uint32_t t = m.first; t < m.end; ++t) units.back().push_back(t);
      unit_phrase.push_back(members[k]);
    }
    // "Danish media and government": the first member's adjectives and names
    // before its noun go with a later member that is a bare noun (PETRARCH's
    // resolve_compounds, where the parser gives one flat phrase). With an
    // article the first member is a phrase of its own ("The Danish media and
    // government" = DNKMED and ---GOV).
    std::vector<uint32_t> modifiers;
    if (units.size() >= 2) {
      const Phrase& m = phrase_at(members.front());
      if (doc.tokens[m.first].tag != PosTag::DT && doc.tokens[m.first].tag != PosTag::PRPS)
        for (uint32_t t = m.first; t + 1 < m.end; ++t) modifiers.push_back(t);
    }
    std::vector<uint8_t> bare(units.size(), 0);
    for (size_t u = 1; u < units.size() && !modifiers.empty(); ++u) {
      uint32_t t = units[u].front();
      if (units[u].size() == 1 && (doc.tokens[t].tag == PosTag::NN || doc.tokens[t].tag == PosTag::NNS) &&
          (mention_of_token[t] < 0 || doc.mentions[static_cast<uint32_t>(mention_of_token[t])].kind != MentionKind::kActor)) {
        bare[u] = 1;
        changed = true;
      }
    }
    // Phrases LeftConjuncts/Conjuncts left out ("Neither Galadriel nor Gollum").
    for (int m : members)
      if (std::find(role.begin(), role.end(), order[static_cast<size_t>(m)]) == role.end()) changed = true;
    for (int p = members.front(); p <= chain_end; ++p) done.push_back(order[static_cast<size_t>(p)]);
    for (int p : heads) done.push_back(order[static_cast<size_t>(p)]);
    if (!changed) {
      for (int m : members) result.push_back(order[static_cast<size_t>(m)]);
      continue;
    }
    std::vector<int> owners = heads.empty() ? std::vector<int>{-1} : heads;
    for (size_t u = 0; u < units.size(); ++u) {
      std::string codes;
      uint32_t begin_token = units[u].front();
      for (int h : owners) {
        std::vector<uint32_t> tokens;
        if (h >= 0) {
          for (uint32_t t = phrase_at(h).first; t < phrase_at(h).end; ++t) tokens.push_back(t);
          tokens.push_back(preposition);
        }
        if (bare[u]) tokens.insert(tokens.end(), modifiers.begin(), modifiers.end());
        tokens.insert(tokens.end(), units[u].begin(), units[u].end());
        uint32_t first_token = tokens.front();
        std::string code = ComposeCode(doc, tokens, units[u].back(), mention_of_token, actors, day, first_token);
        begin_token = std::min(begin_token, first_token);
        if (code.empty()) continue;
        // Each code once ("Ithilen's sheep of Gondor" and "goats of Gondor").
        bool seen = false;
        for (size_t at = 0; at < codes.size();) {
          size_t slash = std::min(codes.find('/', at), codes.size());
          if (std::string_view(codes).substr(at, slash - at) == code) seen = true;
          at = slash + 1;
        }
        if (seen) continue;
        if (!codes.empty()) codes += '/';
        codes += code;
      }
      const uint32_t p = order[static_cast<size_t>(unit_phrase[u])];
      ActorRef ref;
      if (!codes.empty()) {
        ref.code = doc.words.Intern(codes);
        ref.begin = doc.tokens[begin_token].begin;
        ref.end = doc.tokens[units[u].back()].end;
      }
      np_actor[p] = ref;
      np_resolved[p] = 1;
      result.push_back(p);
    }
  }
  role = std::move(result);
}

std::string PetrarchNewActorText(const Doc& doc, const Phrase& np, int max_words) {
  if (max_words <= 0) return {};
  // The phrase as chunked ("the Ministry of Magic"): a prepositional phrase
  // after it is as often the verb's ("on Wednesday").
  const uint32_t end = np.end;
  std::string text;
  int words = 0;
  for (uint32_t t = np.first; t < end; ++t) {
    if (doc.tokens[t].tag == PosTag::POS) continue;  // PETRARCH's noun phrase drops the possessive
    if (!text.empty()) text += ' ';
    for (char c : doc.Surface(doc.tokens[t])) text += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ++words;
  }
  if (words == 0 || words > max_words) return {};
  return '"' + text + '"';
}

}  // namespace casus
