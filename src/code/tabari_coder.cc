// TabariCoder::CodeSentence follows the order of TABARI manual section 7.10:
// actors and agents (from the ActorTagger), compound actors, pronouns,
// comma-delimited clauses, conjunction-delimited clauses, then for each clause
// its verbs left to right, each verb's patterns longest first, and the default
// source and target rules of section 5.8.
#include "code/tabari_coder.h"

#include <algorithm>
#include <string>

#include "code/pattern_matcher.h"
#include "core/text_util.h"

namespace casus {
namespace {

// One actor as TABARI sees it: a name, maybe with its agent ("Arnor's
// foreign minister"), a parsed compound ("Gondor and Osgiliath"), or a
// pronoun standing for one of those.
struct Unit {
  uint32_t first = 0, end = 0;  // tokens
  std::vector<ActorRef> members;
  WordId actor = kNoWord;  // the first member's actor code, without its agent
  bool pronoun = false;    // stands for an actor named elsewhere
  bool compound() const { return members.size() > 1; }
};

// Appends an agent code to an actor code unless the actor already carries it
// on a three-letter boundary ("LKAREB" + "REB" stays "LKAREB").
// An agent code ending in '~' ("NGO~") goes before the actor's.
std::string Compose(std::string_view actor, std::string_view agent) {
  bool prefix = !agent.empty() && agent.back() == '~';
  if (prefix) agent.remove_suffix(1);
  for (size_t k = 0; k + agent.size() <= actor.size(); k += 3)
    if (actor.substr(k, agent.size()) == agent) return std::string(actor);
  return prefix ? std::string(agent) + std::string(actor) : std::string(actor) + std::string(agent);
}

// A coded compound actor ("[FRO/BIL/SAM]", section 6.5.1) stands for each of its codes.
std::vector<std::string_view> SplitCodes(std::string_view code) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    size_t slash = code.find('/', start);
    std::string_view part = code.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (!part.empty()) out.push_back(part);
    if (slash == std::string_view::npos) return out;
    start = slash + 1;
  }
}

constexpr int kDefaultActor = -2;  // a unit index meaning DEFAULT: SOURCE/TARGET

bool IsPunct(const Doc& doc, const Token& t) {
  std::string_view s = doc.Surface(t);
  return !s.empty() && !std::isalnum(static_cast<unsigned char>(s[0]));
}

bool IsComma(const Doc& doc, const Token& t) {
  std::string_view s = doc.Surface(t);
  return s == "," || s == ";";
}

}  // namespace

TabariCoder::TabariCoder(const VerbDictionary* verbs, const PhraseTrie* discards, const TabariOptions* options,
                         const TabariWordClasses* word_classes, Vocabulary& vocab)
    : verbs_(verbs), discards_(discards), options_(options), word_classes_(word_classes) {
  auto I = [&](std::string_view s) { return vocab.Intern(s); };
  w_ = {I("the"), I("a"),   I("an"),  I("and"), I("but"), I("or"),  I("nor"),    I("of"),  I("in"),
        I("by"),  I("was"), I("were"), I("been"), I("is"), I("are"), I("be"), I("former"), I("'s"),
        I("he"),  I("she"), I("it"),  I("its"), I("his"), I("her"), I("they"), I("them"), I("their"), I("him"), I("$"), I("+")};
  // TABARI's pattern length (section 5.7.1): the letters of its words, an
  // alternative set counting its longest member; actor marks count nothing.
  length_.resize(verbs->size());
  alternatives_.resize(verbs->size());
  for (uint32_t i = 0; i < verbs->size(); ++i) {
    const VerbPattern& p = verbs->pattern(i);
    size_t n = 0, alternatives = 0;
    for (const auto* list : {&p.before, &p.rest})
      for (const PatternElement& el : *list) {
        if (el.kind == PatternElementKind::kWord) n += vocab.Text(el.lemma).size();
        if (el.kind != PatternElementKind::kAnyOf) continue;
        size_t longest = 0, shortest = SIZE_MAX;
        for (const auto& alt : el.any_of) {
          size_t m = 0;
          for (WordId x : alt) m += vocab.Text(x).size();
          longest = std::max(longest, m);
          shortest = std::min(shortest, m);
        }
        if (el.synset) n += shortest == SIZE_MAX ? 0 : shortest;
        else alternatives += longest;
      }
    length_[i] = static_cast<uint32_t>(n + alternatives);
    alternatives_[i] = static_cast<uint32_t>(alternatives);
  }
}

Status TabariCoder::Process(Doc& doc) const {
  doc.events.clear();
  int day = 0;
  if (!doc.date.empty()) ParseIsoDate(doc.date, day);
  // FORWARD (section 8.4): a sentence's first actor is there for the pronouns
  // that open the next one.
  WordId forwarded = kNoWord;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    WordId first_actor = kNoWord;
    CodeSentence(doc, s, day, options_->forward ? forwarded : kNoWord, first_actor);
    forwarded = first_actor;
  }
  return Status::Ok();
}

void TabariCoder::CodeSentence(Doc& doc, uint32_t sentence_index, int day, WordId forwarded,
                               WordId& first_actor) const {
  const Sentence& sentence = doc.sentences[sentence_index];
  const uint32_t begin = sentence.first_token, end = sentence.end_token;
  if (begin >= end) return;
  const Words& w = w_;
  auto lower = [&](uint32_t t) { return doc.tokens[t].lower; };

  // SET: MINIMUM WORDS: a shorter sentence is a fragment; commas count as
  // words, other punctuation and the possessive 's do not.
  {
    int words = 0;
    for (uint32_t t = begin; t < end; ++t)
      if ((!IsPunct(doc, doc.tokens[t]) && lower(t) != w.possessive) || doc.Surface(doc.tokens[t]) == ",") ++words;
    if (words < options_->minimum_words) return;
  }

  // Discards ([###] phrases) drop the sentence.
  {
    std::vector<WordId> words;
    for (uint32_t t = begin; t < end; ++t) {
      words.clear();
      for (uint32_t k = t; k < end && k < t + 8; ++k) words.push_back(lower(k));
      if (discards_->Longest(words).length > 0) return;
    }
  }

  // <NOUN> and <ADJECTIVE> words (manual 5.3.2), longest phrase first.
  enum : uint8_t { kOther, kNoun, kAdjective };
  std::vector<uint8_t> word_class(end - begin, kOther);
  {
    std::vector<WordId> words;
    for (uint32_t t = begin; t < end;) {
      words.clear();
      for (uint32_t k = t; k < end && k < t + 8; ++k) words.push_back(lower(k));
      uint32_t noun = word_classes_->nouns.Longest(words).length;
      uint32_t adjective = word_classes_->adjectives.Longest(words).length;
      uint32_t n = std::max(noun, adjective);
      if (n == 0) {
        ++t;
        continue;
      }
      for (uint32_t k = t; k < t + n; ++k) word_class[k - begin] = noun >= adjective ? kNoun : kAdjective;
      t += n;
    }
  }
  auto is_adjective = [&](uint32_t t) { return word_class[t - begin] == kAdjective; };
  auto is_noun = [&](uint32_t t) { return word_class[t - begin] == kNoun; };

  // 1. Actors, with the agents next to them: "President Peres", "Israeli
  // president", "president of Israel" (section 5.4). An agent with no actor is
  // no actor.
  // A null-coded name ([---], section 6.2) is neither actor nor verb; a
  // discard code ([###], 6.3) drops the sentence.
  std::vector<const Mention*> mentions;
  std::vector<uint8_t> null_coded(end - begin, 0);
  for (const Mention& m : doc.mentions) {
    if (m.sentence != sentence_index) continue;
    std::string_view code = doc.words.Text(m.code);
    if (code == "###") return;
    if (code == "---") {
      for (uint32_t t = m.first; t < m.end; ++t) null_coded[t - begin] = 1;
      continue;
    }
    mentions.push_back(&m);
  }
  std::vector<Unit> units;
  std::vector<uint8_t> agent_used(mentions.size(), 0);
  auto token_is = [&](uint32_t t, WordId word) { return t < end && lower(t) == word; };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = *mentions[i];
    if (m.kind != MentionKind::kActor) continue;
    Unit u;
    u.first = m.first;
    u.end = m.end;
    ActorRef ref{m.code, doc.tokens[m.first].begin, doc.tokens[m.end - 1].end};
    // The agent after the actor ("Arnor's foreign minister"), else before it
    // ("President Romendacil", "the president of Arnor").
    int agent = -1;
    if (i + 1 < mentions.size() && mentions[i + 1]->kind == MentionKind::kAgent && !agent_used[i + 1]) {
      uint32_t at = m.end;
      if (token_is(at, w.possessive)) ++at;
      if (token_is(at, w.former)) ++at;  // "Arnor former security officials"
      if (mentions[i + 1]->first == at) agent = static_cast<int>(i + 1);
    }
    if (agent < 0 && i > 0 && mentions[i - 1]->kind == MentionKind::kAgent && !agent_used[i - 1]) {
      const Mention& a = *mentions[i - 1];
      uint32_t at = a.end;
      bool linked = at == m.first;
      if (!linked && (token_is(at, w.of) || token_is(at, w.in))) {
        ++at;
        if (token_is(at, w.the)) ++at;
        linked = at == m.first;
      }
      if (linked) agent = static_cast<int>(i - 1);
    }
    std::string agent_code;
    if (agent >= 0) {
      const Mention& a = *mentions[static_cast<size_t>(agent)];
      agent_used[static_cast<size_t>(agent)] = 1;
      bool former = (a.first > begin && lower(a.first - 1) == w.former) ||
                    (m.first > begin && lower(m.first - 1) == w.former);
      agent_code = former ? "ELI" : std::string(doc.words.Text(a.code));
      u.first = std::min(u.first, a.first);
      u.end = std::max(u.end, a.end);
      ref.begin = doc.tokens[u.first].begin;
      ref.end = doc.tokens[u.end - 1].end;
    }
    for (std::string_view code : SplitCodes(doc.words.Text(m.code))) {
      if (u.actor == kNoWord) u.actor = doc.words.Intern(code);
      ref.code = agent_code.empty() ? doc.words.Intern(code) : doc.words.Intern(Compose(code, agent_code));
      u.members.push_back(ref);
    }
    // Two names of one actor in a row ("Gondor's Prime Minister Falastur"):
    // one actor.
    if (!units.empty() && (units.back().end == u.first ||
                           (token_is(units.back().end, w.possessive) && units.back().end + 1 == u.first))) {
      Unit& prev = units.back();
      if (agent >= 0 && prev.members.size() == 1) prev.members = u.members;
      prev.end = u.end;
      continue;
    }
    units.push_back(std::move(u));
  }

  // SET: CONVERT AGENTS = TRUE: an agent with no actor stands for one ("~REB").
  if (options_->convert_agents) {
    for (size_t i = 0; i < mentions.size(); ++i) {
      const Mention& a = *mentions[i];
      if (a.kind != MentionKind::kAgent || agent_used[i]) continue;
      bool covered = std::any_of(units.begin(), units.end(), [&](const Unit& u) { return u.first <= a.first && a.first < u.end; });
      if (covered) continue;
      std::string_view code = doc.words.Text(a.code);
      std::string converted = !code.empty() && code.back() == '~' ? std::string(code) : "~" + std::string(code);
      Unit u;
      u.first = a.first;
      u.end = a.end;
      u.members.push_back({doc.words.Intern(converted), doc.tokens[a.first].begin, doc.tokens[a.end - 1].end});
      u.actor = u.members.front().code;
      units.insert(std::upper_bound(units.begin(), units.end(), u.first,
                                    [](uint32_t t, const Unit& x) { return t < x.first; }),
                   std::move(u));
    }
  }

  // Complex codes ([+++]) leave the sentence to a human coder.
  for (const Unit& u : units)
    for (const ActorRef& r : u.members)
      if (doc.words.Text(r.code) == "+++") return;

  // 2. Parsed compounds (section 7.5): actors separated by commas, "and" and
  // determiners, the last separator holding "and".
  {
    // Each part is an actor after any determiners and adjectives (np =
    // <actor> | <adjctv> <np> | <determ> <np>); actors a part holds in a row
    // with only adjectives between them ("the evil Arnor awful Gondor") are
    // each members, as in "Israeli Prime Minister Sharon and President Bush".
    auto modifier = [&](uint32_t t) {
      WordId x = lower(t);
      return x == w.the || x == w.a || x == w.an || is_adjective(t);
    };
    std::vector<Unit> merged;
    bool in_list = false;  // merged.back() was joined by an "and"
    for (Unit& u : units) {
      if (!merged.empty()) {
        Unit& prev = merged.back();
        bool only_separators = prev.end < u.first, has_and = false, has_comma = false;
        for (uint32_t t = prev.end; t < u.first && only_separators; ++t) {
          WordId x = lower(t);
          if (x == w.and_ || x == w.nor) has_and = true;
          else if (IsComma(doc, doc.tokens[t])) has_comma = true;
          else if (!modifier(t)) only_separators = false;
        }
        // "A, B and C": commas (and adjectives) join only when an "and"
        // closes the list, or the list is already one.
        bool closes_list = in_list && !has_comma;
        if (only_separators && !has_and && !closes_list) {
          for (size_t k = &u - units.data() + 1; k < units.size(); ++k) {
            bool sep = true, and_here = false;
            for (uint32_t t = units[k - 1].end; t < units[k].first && sep; ++t) {
              WordId x = lower(t);
              if (x == w.and_ || x == w.nor) and_here = true;
              else if (!IsComma(doc, doc.tokens[t]) && !modifier(t)) sep = false;
            }
            if (!sep) break;
            if (and_here) {
              closes_list = true;
              break;
            }
          }
        }
        if (only_separators && (has_and || closes_list)) {
          prev.members.insert(prev.members.end(), u.members.begin(), u.members.end());
          prev.end = u.end;
          in_list = in_list || has_and;
          continue;
        }
      }
      in_list = false;
      merged.push_back(std::move(u));
    }
    units = std::move(merged);
  }
  // Duplicate codes within a compound are one actor.
  for (Unit& u : units) {
    std::vector<ActorRef> unique;
    for (const ActorRef& r : u.members)
      if (std::none_of(unique.begin(), unique.end(), [&](const ActorRef& o) { return o.code == r.code; }))
        unique.push_back(r);
    u.members = std::move(unique);
  }

  if (!units.empty()) first_actor = units.front().actor;

  // 3. Comma-delimited clauses of a few words are ignored (section 7.8).
  // Done before pronouns, which refer to actors outside them.
  std::vector<uint8_t> active(end - begin, 1);
  if (options_->comma_clauses) {
    std::vector<uint32_t> commas;
    for (uint32_t t = begin; t < end; ++t)
      if (IsComma(doc, doc.tokens[t])) {
        // Commas inside an actor (a compound's list) are not clause marks.
        bool inside = false;
        for (const Unit& u : units)
          if (u.first < t && t < u.end) inside = true;
        if (!inside) commas.push_back(t);
      }
    // The phrase before the first comma (BMIN/BMAX), between two (MIN/MAX),
    // after the last (EMIN/EMAX).
    for (size_t k = 0; k <= commas.size() && !commas.empty(); ++k) {
      uint32_t start = k == 0 ? begin : commas[k - 1] + 1;
      uint32_t stop = k < commas.size() ? commas[k] : end;
      int min = options_->comma_min, max = options_->comma_max;
      if (k == 0) min = options_->comma_bmin, max = options_->comma_bmax;
      else if (k == commas.size()) min = options_->comma_emin, max = options_->comma_emax;
      int words = 0;
      for (uint32_t t = start; t < stop; ++t)
        if (!IsPunct(doc, doc.tokens[t])) ++words;
      if (words > min && words <= max) {
        for (uint32_t t = start; t < stop; ++t) active[t - begin] = 0;
        // A comma that closes an ignored clause opens none: in "Elrond brushed
        // aside reports, rumored to originate in Mordor, that Calimehtar
        // attacked Gandalf" only the middle clause goes.
        ++k;
      }
    }
  }

  // 4. Pronouns (section 7.7); HIM is read as HE.
  {
    std::vector<Unit> with_pronouns;
    size_t next = 0;
    const Unit* first_compound = nullptr;
    for (const Unit& u : units)
      if (u.compound() && !first_compound) first_compound = &u;
    for (uint32_t t = begin; t < end; ++t) {
      while (next < units.size() && units[next].first <= t) with_pronouns.push_back(units[next++]);
      if (!with_pronouns.empty() && with_pronouns.back().end > t) continue;
      WordId x = lower(t);
      const Unit* referent = nullptr;
      bool single = false;
      bool pronoun = x == w.he || x == w.she || x == w.it || x == w.its || x == w.his || x == w.her ||
                     x == w.they || x == w.them || x == w.their || x == w.him;
      if (pronoun && forwarded != kNoWord && (units.empty() || units.front().first > t)) {
        // FORWARD: a pronoun before any actor is the previous sentence's first
        // actor, its actor code alone. TABARI does this for THEY too, and
        // forwards only the first of a compound (validation records FRWD-002).
        Unit p;
        p.first = t;
        p.end = t + 1;
        p.actor = forwarded;
        p.members.push_back({forwarded, doc.tokens[t].begin, doc.tokens[t].end});
        with_pronouns.push_back(std::move(p));
        continue;
      }
      if (x == w.he || x == w.she || x == w.it || x == w.him) {
        if (!units.empty()) referent = &units.front();
        single = true;
      } else if (x == w.its || x == w.his || x == w.her) {
        // The first actor before it, outside removed comma clauses if one is.
        for (const Unit& u : units)
          if (u.first < t && (!referent || (!active[referent->first - begin] && active[u.first - begin])))
            referent = &u;
        single = true;
      } else if (x == w.they || x == w.them || x == w.their) {
        referent = first_compound ? first_compound : units.empty() ? nullptr : &units.front();
      }
      if (!referent) continue;
      Unit p;
      p.first = t;
      p.end = t + 1;
      p.pronoun = true;
      p.members = referent->members;
      if (single) p.members.resize(1);
      for (ActorRef& r : p.members) {
        r.begin = doc.tokens[t].begin;
        r.end = doc.tokens[t].end;
      }
      with_pronouns.push_back(std::move(p));
    }
    while (next < units.size()) with_pronouns.push_back(units[next++]);
    units = std::move(with_pronouns);
  }
  std::vector<int32_t> unit_at(end - begin, -1);  // unit starting at a token
  std::vector<uint8_t> in_unit(end - begin, 0);
  for (size_t k = 0; k < units.size(); ++k) {
    unit_at[units[k].first - begin] = static_cast<int32_t>(k);
    for (uint32_t t = units[k].first; t < units[k].end; ++t) in_unit[t - begin] = 1;
  }

  // 5. Verbs: words with patterns, unless a determiner or a capital in
  // mid-sentence makes them nouns (section 7.4).
  bool all_caps = true;
  for (uint32_t t = begin; t < end && all_caps; ++t) {
    std::string_view s = doc.Surface(doc.tokens[t]);
    for (char c : s)
      if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
  }
  auto patterns_of = [&](uint32_t t) -> std::vector<uint32_t> {
    // Whether the word is the verb as TABARI wrote it (VerbPattern::form). An
    // irregular form ("shot" for SHOOT) the dictionary does not list itself
    // is let through: our lemma stands in for the forms it misses ("left"
    // stays LEFT_ where it is listed).
    std::string_view lemma = doc.words.Text(doc.tokens[t].lemma);
    if (lemma.size() > 1 && lemma.back() == 'e') lemma.remove_suffix(1);
    bool irregular = !doc.words.Text(lower(t)).starts_with(lemma);
    for (uint32_t p : verbs_->VerbPatterns(lower(t)))
      if (verbs_->pattern(p).form == lower(t)) irregular = false;
    auto FitsForm = [&](const VerbPattern& p, WordId word, bool any_form) {
      if (p.form_kind == VerbPattern::FormKind::kAny || word == p.form || any_form) return true;
      std::string_view text = doc.words.Text(word), f = doc.words.Text(p.form);
      if (p.form_kind == VerbPattern::FormKind::kExact) return false;
      // "DEPLORE_": deplored, deploring.
      if (p.form_kind == VerbPattern::FormKind::kEndings && f.size() > 1 && f.back() == 'e' &&
          text == std::string(f.substr(0, f.size() - 1)) + "ing")
        return true;
      if (!text.starts_with(f)) return false;
      if (p.form_kind == VerbPattern::FormKind::kStem) return true;
      std::string_view ending = text.substr(f.size());
      if (f.back() == 'e' && (ending == "d" || ending == "n")) return true;
      // English spelling of the same endings: "planned", "committing".
      if (ending.size() > 1 && ending[0] == f.back() && ending.substr(1).find_first_not_of("edning") == std::string_view::npos &&
          (ending.substr(1) == "ed" || ending.substr(1) == "ing"))
        return true;
      return ending == "s" || ending == "ed" || ending == "es" || ending == "en" || ending == "ing";
    };
    std::vector<uint32_t> out;
    for (WordId key : {doc.tokens[t].lemma, doc.tokens[t].lower})
      for (uint32_t p : verbs_->VerbPatterns(key))
        if (std::find(out.begin(), out.end(), p) == out.end() && FitsForm(verbs_->pattern(p), lower(t), irregular))
          out.push_back(p);
    // TABARI reads words, not parts of speech: "their meeting" is MEET with
    // its regular ending, whatever our tagger made of it (manual 5.2.3).
    std::string_view text = doc.words.Text(lower(t));
    // A stem (a verb or form written without '_') matches every word it
    // begins: "ACTUALITY" is "actualityss" (manual 5.2.2).
    for (size_t n = text.size() - 1; n >= 4 && n + 1 <= text.size(); --n) {
      WordId key = doc.words.Find(text.substr(0, n));
      if (key == kNoWord) continue;
      for (uint32_t p : verbs_->VerbPatterns(key))
        if (verbs_->pattern(p).form_kind == VerbPattern::FormKind::kStem && verbs_->pattern(p).form == key &&
            std::find(out.begin(), out.end(), p) == out.end())
          out.push_back(p);
    }
    for (std::string_view ending : {"s", "es", "ed", "d", "en", "n", "ing"}) {
      if (text.size() <= ending.size() + 2 || !text.ends_with(ending)) continue;
      std::string base(text.substr(0, text.size() - ending.size()));
      for (const std::string& candidate : {base, base + "e", base.substr(0, base.size() - 1)}) {
        WordId key = doc.words.Find(candidate);
        if (key == kNoWord) continue;
        for (uint32_t p : verbs_->VerbPatterns(key))
          if (std::find(out.begin(), out.end(), p) == out.end() && FitsForm(verbs_->pattern(p), lower(t), false))
            out.push_back(p);
      }
    }
    // Longest first, as TABARI orders them (section 5.7.1).
    // At equal length the pattern with more elements ("- $ *" over the bare
    // verb) first: a verb's own code applies only when no pattern matches.
    std::stable_sort(out.begin(), out.end(), [&](uint32_t a, uint32_t b) {
      if (length_[a] != length_[b]) return length_[a] > length_[b];
      const VerbPattern& pa = verbs_->pattern(a);
      const VerbPattern& pb = verbs_->pattern(b);
      return pa.before.size() + pa.rest.size() > pb.before.size() + pb.rest.size();
    });
    return out;
  };
  // A TABARI pattern word: a stem matches every word it begins, an exact word
  // (`WORD_`) only itself ("RESOLUTION_" is not "resolutions").
  auto word_is = [&](uint32_t t, WordId word, bool stem) {
    if (lower(t) == word) return true;
    return stem && doc.words.Text(lower(t)).starts_with(doc.words.Text(word));
  };
  // A multi-word verb's other words take the regular endings ("SHOT_AND_WOUND":
  // "shot and wounded"), as TABARI gives them to a phrase's last word.
  auto root_word_is = [&](uint32_t t, const PatternElement& el) {
    return word_is(t, el.lemma, el.stem) || doc.tokens[t].lemma == el.lemma;
  };
  std::vector<uint8_t> is_verb(end - begin, 0), in_verb(end - begin, 0), is_time(end - begin, 0);
  int verb_count = 0;
  for (uint32_t t = begin; t < end; ++t) {
    if (in_unit[t - begin] || is_noun(t) || null_coded[t - begin] || IsPunct(doc, doc.tokens[t])) continue;
    // A multi-word verb ("HAVE NOTHING TO DO WITH") is a verb only when all its
    // words follow it.
    bool root = false, time = false;
    for (uint32_t pi : patterns_of(t)) {
      const VerbPattern& p = verbs_->pattern(pi);
      if (p.time_phrase && !options_->time_shifting) continue;
      bool all = true;
      uint32_t at = t + 1;
      for (uint32_t k = 0; k < p.root_words && all; ++k, ++at) {
        while (at < end && !p.rest[k].joined && !root_word_is(at, p.rest[k])) ++at;
        all = at < end && root_word_is(at, p.rest[k]);
      }
      if (all) {
        root = true;
        time = p.time_phrase;
        // A time phrase's root coded [###] or [+++] drops the sentence as
        // soon as it is seen, wherever it stands (sections 6.1, 10.5).
        if (time && p.time_special && p.before.empty() && p.rest.size() == p.root_words) return;
        // The conjunction of a verb like SHOT_AND_WOUND divides no clauses (section 7.6).
        for (uint32_t k = t + 1; k < at; ++k) in_verb[k - begin] = 1;
        break;
      }
    }
    if (!root) continue;
    if (time) {
      // A time phrase is no verb, though TABARI counts it as one for COMPLEX.
      is_time[t - begin] = 1;
      ++verb_count;
      continue;
    }
    if (t > begin && (lower(t - 1) == w.the || lower(t - 1) == w.a || lower(t - 1) == w.an)) continue;
    // The possessive 's is a noun ending (manual 5.2.3): "donate's" is no verb.
    if (token_is(t + 1, w.possessive)) continue;
    if (t > begin && !all_caps && doc.tokens[t].Has(kCapitalized)) continue;
    // Verbs in comma-delimited clauses count for COMPLEX but are not coded.
    ++verb_count;
    if (active[t - begin]) is_verb[t - begin] = 1;
  }

  // Compound nouns and adjectives (section 7.5.1): "<noun> <conj>
  // <adjctv>* <noun>" ("sheep and evil awful goats") and "<adjctv> <conj>
  // <adjctv>" ("awful and evil") divide no clauses.
  auto joins_words = [&](uint32_t conj) {
    if (conj == begin || conj + 1 >= end) return false;
    uint32_t before = conj - 1, after = conj + 1;
    if (is_adjective(before) && is_adjective(after)) return true;
    if (!is_noun(before)) return false;
    while (after < end && is_adjective(after)) ++after;
    return after < end && is_noun(after);
  };

  // 6. Clauses: conjunctions outside compound actors divide the sentence (section 7.6).
  std::vector<std::pair<uint32_t, uint32_t>> clauses;
  int conjunctions = 0;
  {
    uint32_t start = begin;
    for (uint32_t t = begin; t < end; ++t) {
      WordId x = lower(t);
      if (in_unit[t - begin] || in_verb[t - begin] || !active[t - begin]) continue;
      if ((x == w.and_ || x == w.but || x == w.or_ || x == w.nor) && !joins_words(t)) {
        ++conjunctions;
        clauses.push_back({start, t});
        start = t + 1;
      }
    }
    clauses.push_back({start, end});
  }
  // COMPLEX conditions (section 8.7).
  if (options_->complex_verbs > 0 && verb_count >= options_->complex_verbs) return;
  if (options_->complex_conjunctions > 0 && conjunctions >= options_->complex_conjunctions) return;
  if (options_->complex_no_actor_prior) {
    uint32_t first_verb = end;
    for (uint32_t t = begin; t < end; ++t)
      if (is_verb[t - begin]) {
        first_verb = t;
        break;
      }
    if (first_verb < end && (units.empty() || units.front().first >= first_verb)) return;
  }

  // 7. Patterns: words in order with any words between (none after a `_`
  // connector), actors at $ + ^ %. A word that fits in several places is tried
  // in each, left to right, so "FOR_ASYLUM" finds the "for" that asylum follows.
  struct Match {
    int source = -1, target = -1;
    std::vector<int> skipped;  // units `^` passed over: no default source or target
    uint32_t letters = 0;  // letters of the alternatives matched (section 5.7.1)
  };
  // The token after an element matching at t (t: none), and the letters of the
  // alternative it matched; an alternative's words may have others between
  // them where it was written with a space ("AUSTRIAN FLORIN").
  // A synset member's "$" or "+" ("+PESO_$") is an actor in that place: the
  // alternative matched sets `source` / `target` to it.
  auto word_at = [&](const PatternElement& el, uint32_t t, uint32_t stop, uint32_t& letters, int& source,
                     int& target) -> uint32_t {
    if (el.kind == PatternElementKind::kWord) return word_is(t, el.lemma, el.stem) ? t + 1 : t;
    uint32_t best = t;
    for (size_t a = 0; a < el.any_of.size(); ++a) {
      const auto& alt = el.any_of[a];
      uint32_t stems = a < el.any_of_stems.size() ? el.any_of_stems[a] : 0;
      uint32_t gaps = a < el.any_of_gaps.size() ? el.any_of_gaps[a] : 0;
      if (alt.empty()) continue;
      uint32_t at = t, n = 0;
      int alt_source = -1, alt_target = -1;
      bool all = true;
      for (size_t k = 0; k < alt.size() && all; ++k) {
        bool stem = k < 32 && (stems >> k & 1), gap = k > 0 && k < 32 && (gaps >> k & 1);
        const bool actor = alt[k] == w.dollar || alt[k] == w.plus;
        all = false;
        for (; at < stop; ++at) {
          if (actor && active[at - begin] && unit_at[at - begin] >= 0) {
            (alt[k] == w.dollar ? alt_source : alt_target) = unit_at[at - begin];
            at = units[static_cast<size_t>(unit_at[at - begin])].end - 1;
            all = true;
            break;
          }
          if (!actor && active[at - begin] && word_is(at, alt[k], stem)) {
            all = true;
            break;
          }
          if (!gap) break;
        }
        ++at;
        if (!actor) n += static_cast<uint32_t>(doc.words.Text(alt[k]).size());
      }
      if (all && (best == t || n > letters)) {
        best = at;
        letters = n;
        if (alt_source >= 0) source = alt_source;
        if (alt_target >= 0) target = alt_target;
      }
    }
    return best;
  };
  constexpr uint32_t kAnywhere = UINT32_MAX;
  // Matches elements[i...] from token `pos`; `after_verb`: the list follows the
  // verb, so a joined first element must come right after it; `must_end`: the
  // token the last element must end at (the verb, for "IN_*").
  // `root_words`: the first elements are a multi-word verb's other words.
  auto match_from = [&](auto& self, const std::vector<PatternElement>& elements, size_t i, uint32_t pos,
                        uint32_t stop, bool after_verb, uint32_t must_end, uint32_t root_words, Match& m) -> bool {
    if (i == elements.size()) return must_end == kAnywhere || pos == must_end;
    const PatternElement& el = elements[i];
    const bool anchored = el.joined && (i > 0 || after_verb);
    switch (el.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kAnyOf:
        for (uint32_t t = pos; t < stop; ++t) {
          if (anchored && t != pos) return false;
          if (!active[t - begin]) continue;
          uint32_t letters = 0;
          Match tried = m;
          uint32_t next = i < root_words ? (root_word_is(t, el) ? t + 1 : t)
                                         : word_at(el, t, stop, letters, tried.source, tried.target);
          if (next > t) {
            if (!el.synset) tried.letters += letters;
            if (self(self, elements, i + 1, next, stop, after_verb, must_end, root_words, tried)) {
              m = tried;
              return true;
            }
          }
        }
        return false;
      case PatternElementKind::kTarget:
      case PatternElementKind::kSource:
      case PatternElementKind::kSkipPhrase: {
        int found = -1;
        for (uint32_t t = pos; t < stop && found < 0; ++t) {
          if (anchored && t != pos) return false;
          if (active[t - begin] && unit_at[t - begin] >= 0) found = unit_at[t - begin];
        }
        if (found < 0) return false;
        if (el.compound) {
          // '%': the first compound actor there is both source and target.
          while (found >= 0 && !units[static_cast<size_t>(found)].compound()) {
            int next = -1;
            for (uint32_t t = units[static_cast<size_t>(found)].end; t < stop && next < 0; ++t)
              if (active[t - begin] && unit_at[t - begin] >= 0) next = unit_at[t - begin];
            found = next;
          }
          if (found < 0) return false;
          m.source = m.target = found;
        }
        if (el.kind == PatternElementKind::kTarget) m.target = found;
        if (el.kind == PatternElementKind::kSource) m.source = found;
        if (el.kind == PatternElementKind::kSkipPhrase && !el.compound) m.skipped.push_back(found);
        return self(self, elements, i + 1, units[static_cast<size_t>(found)].end, stop, after_verb, must_end, root_words, m);
      }
      case PatternElementKind::kForbidden:
        for (uint32_t t = pos; t < stop; ++t)
          if (active[t - begin] && word_is(t, el.lemma, false)) return false;
        return self(self, elements, i + 1, pos, stop, after_verb, must_end, root_words, m);
    }
    return false;
  };
  // The words before the verb are matched outward from it, nearest first
  // (TABARI's upper match): in "Mordor et Arnor will be hosting Osgiliath to
  // celebrate", "$ HOSTING ^ *" takes Arnor, the actor nearest before
  // HOSTING. Elements [0, i) of `elements` must end at or before `pos`
  // (exactly at `pos` when `anchored`) and start at or after `stop`.
  constexpr uint32_t kLongestAlternative = 8;  // words an anchored element may span
  auto match_back = [&](auto& self, const std::vector<PatternElement>& elements, size_t i, uint32_t pos,
                        uint32_t stop, bool anchored, Match& m) -> bool {
    if (i == 0) return true;
    const PatternElement& el = elements[i - 1];
    const bool next_anchored = el.joined && i > 1;
    switch (el.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kAnyOf:
        for (uint32_t t = pos; t-- > stop;) {
          if (anchored && pos - t > kLongestAlternative) return false;
          if (!active[t - begin]) continue;
          uint32_t letters = 0;
          Match tried = m;
          uint32_t next = word_at(el, t, pos, letters, tried.source, tried.target);
          if (next <= t || (anchored && next != pos)) continue;
          if (!el.synset) tried.letters += letters;
          if (self(self, elements, i - 1, t, stop, next_anchored, tried)) {
            m = tried;
            return true;
          }
        }
        return false;
      case PatternElementKind::kTarget:
      case PatternElementKind::kSource:
      case PatternElementKind::kSkipPhrase: {
        int found = -1;
        for (uint32_t t = pos; t-- > stop && found < 0;) {
          if (!active[t - begin] || unit_at[t - begin] < 0) continue;
          const Unit& u = units[static_cast<size_t>(unit_at[t - begin])];
          if (u.end > pos) continue;
          if (el.compound && !u.compound()) continue;
          if (anchored && u.end != pos) return false;
          found = unit_at[t - begin];
        }
        if (found < 0) return false;
        if (el.compound) m.source = m.target = found;
        if (el.kind == PatternElementKind::kTarget) m.target = found;
        if (el.kind == PatternElementKind::kSource) m.source = found;
        if (el.kind == PatternElementKind::kSkipPhrase && !el.compound) m.skipped.push_back(found);
        return self(self, elements, i - 1, units[static_cast<size_t>(found)].first, stop, next_anchored, m);
      }
      case PatternElementKind::kForbidden:
        for (uint32_t t = stop; t < pos; ++t)
          if (active[t - begin] && word_is(t, el.lemma, false)) return false;
        return self(self, elements, i - 1, pos, stop, next_anchored, m);
    }
    return false;
  };
  // The pattern around the verb at v, within the clause [cb, ce).
  auto match_pattern = [&](const VerbPattern& p, uint32_t cb, uint32_t v, uint32_t ce, Match& m) {
    return match_back(match_back, p.before, p.before.size(), v, cb, p.verb_joined, m) &&
           match_from(match_from, p.rest, 0, v + 1, ce, true, kAnywhere, p.root_words, m);
  };

  // Time shifting (section 10.5): the first time phrase that matches with a
  // shift moves the events' date; one coded [###] or [+++] drops the sentence.
  int shift = 0;
  for (uint32_t t = begin; t < end && shift == 0; ++t) {
    if (!is_time[t - begin] || !active[t - begin]) continue;
    for (uint32_t pi : patterns_of(t)) {
      const VerbPattern& p = verbs_->pattern(pi);
      Match unused;
      if (!p.time_phrase || !match_pattern(p, begin, t, end, unused)) continue;
      if (p.time_special) return;
      shift = p.time_shift;
      break;
    }
  }

  // 8. Events, clause by clause.
  struct Found {
    uint32_t pattern, verb;
    int source, target;
    bool target_rest;  // the target: the members of compound `target` after its first
    bool subordinate, dominant;
    bool incomplete;  // no target (ONE-SIDED EVENTS)
  };
  std::vector<Found> found;
  int carried_source = -1;
  for (size_t c = 0; c < clauses.size(); ++c) {
    auto [cb, ce] = clauses[c];
    // After a conjunction the source carries over unless an actor follows it
    // at once; after a clause with no verb ("Ithilen's sheep and pigs of
    // Gondor warned"), which only began the subject, the clause's own first
    // actor before its verb is the source.
    int clause_source = carried_source;
    if (c > 0) {
      bool verb_before = std::any_of(is_verb.begin(), is_verb.begin() + (cb - begin), [](uint8_t v) { return v != 0; });
      for (uint32_t t = cb; t < ce && !is_verb[t - begin]; ++t) {
        if (!active[t - begin]) continue;
        if (unit_at[t - begin] >= 0) {
          clause_source = unit_at[t - begin];
          break;
        }
        if (verb_before) break;
      }
    }
    bool coded = false;
    for (uint32_t v = cb; v < ce && !coded; ++v) {
      if (!is_verb[v - begin]) continue;
      // Longest pattern first; a match through alternatives counts the letters
      // it matched, and longer patterns than that are still tried (section 5.7.1).
      int chosen = -1;
      uint32_t chosen_length = 0;
      Match m;
      for (uint32_t pi : patterns_of(v)) {
        if (chosen >= 0 && length_[pi] <= chosen_length) break;
        const VerbPattern& p = verbs_->pattern(pi);
        Match tried;
        if (!match_pattern(p, cb, v, ce, tried)) continue;
        uint32_t length = length_[pi] - alternatives_[pi] + tried.letters;
        if (chosen < 0 || length > chosen_length) {
          chosen = static_cast<int>(pi);
          chosen_length = length;
          m = tried;
        }
      }
      if (chosen >= 0) {
        const uint32_t pi = static_cast<uint32_t>(chosen);
        const VerbPattern& p = verbs_->pattern(pi);
        if (p.null_code) continue;  // a known phrase that is no event
        int source = m.source, target = m.target;
        bool target_rest = false;  // the target is the source compound's members after its first
        auto code_of = [&](int u) { return u < 0 ? kNoWord : units[static_cast<size_t>(u)].members.front().code; };
        // An actor a `^` skipped is neither source nor target.
        auto eligible = [&](size_t k) {
          return active[units[k].first - begin] &&
                 std::find(m.skipped.begin(), m.skipped.end(), static_cast<int>(k)) == m.skipped.end();
        };
        if (source < 0) {
          if (c == 0 || clause_source < 0) {
            for (size_t k = 0; k < units.size() && units[k].first < v; ++k)
              if (eligible(k) && (target < 0 || code_of(static_cast<int>(k)) != code_of(target))) {
                source = static_cast<int>(k);
                break;
              }
            // With the target found by the pattern, the source is the first
            // actor whose code differs from it, after the verb too (section
            // 5.8): "An Eriadorian was shot dead in Osgiliath" with "+ WAS * DEAD".
            if (source < 0 && target >= 0)
              for (size_t k = 0; k < units.size() && units[k].first < ce; ++k)
                if (units[k].first > v && eligible(k) && code_of(static_cast<int>(k)) != code_of(target)) {
                  source = static_cast<int>(k);
                  break;
                }
          } else {
            source = clause_source;
          }
          // TABARI is greedy (section 8.5, note 3): with no actor before the
          // verb the source is the first after it, unless DEFAULT SOURCE
          // PRIOR supplies one.
          bool prior_default = !options_->default_source.empty() && options_->default_source_prior;
          for (size_t k = 0; k < units.size() && source < 0 && !prior_default; ++k)
            if (units[k].first > v && units[k].first < ce && active[units[k].first - begin] &&
                (target < 0 || code_of(static_cast<int>(k)) != code_of(target)))
              source = static_cast<int>(k);
        }
        if (target < 0) {
          for (size_t k = 0; k < units.size(); ++k) {
            if (units[k].first <= v || units[k].first >= ce || !eligible(k)) continue;
            if (code_of(static_cast<int>(k)) != code_of(source)) {
              target = static_cast<int>(k);
              break;
            }
          }
          if (target < 0)
            for (size_t k = 0; k < units.size() && units[k].first < v; ++k)
              if (units[k].first >= cb && eligible(k) && static_cast<int>(k) != source &&
                  code_of(static_cast<int>(k)) != code_of(source)) {
                target = static_cast<int>(k);
                break;
              }
          // A compound source with no other actor: its first member acts on
          // the others ("Bree and Arnor restored ties": BRE on ARN).
          if (target < 0 && source >= 0 && units[static_cast<size_t>(source)].compound()) {
            target = source;
            target_rest = true;
          }
          // Passive voice (section 7.9): "was attacked by X".
          bool auxiliary = false;
          for (uint32_t k = 1; k <= 2 && v >= begin + k; ++k) {
            WordId x = lower(v - k);
            if (x == w.was || x == w.were || x == w.been) auxiliary = true;
          }
          // BY may follow a modifier ("was opposed earlier by").
          bool by = token_is(v + 1, w.by) ||
                    (v + 2 < end && token_is(v + 2, w.by) && !in_unit[v + 1 - begin] && !IsPunct(doc, doc.tokens[v + 1]));
          if (auxiliary && m.source < 0 && m.target < 0 && by) std::swap(source, target);
        }
        // DEFAULT: SOURCE/TARGET (section 8.5); PRIOR and AFTER apply them
        // whenever no actor (a pronoun is none) precedes / follows the verb.
        bool actor_before = false, actor_after = false;
        for (const Unit& u : units) {
          if (!active[u.first - begin] || u.pronoun) continue;
          if (u.first < v) actor_before = true;
          if (u.first > v && u.first < ce) actor_after = true;
        }
        if (!options_->default_source.empty() && (source < 0 || (options_->default_source_prior && !actor_before && m.source < 0)))
          source = kDefaultActor;
        if (!options_->default_target.empty() &&
            (target < 0 || (target == source && !target_rest) ||
             (options_->default_target_after && !actor_after && m.target < 0))) {
          target = kDefaultActor;
          target_rest = false;
        }
        // Without DEFAULT, TABARI generates no event with a missing source or
        // target (section 8.5), and the search goes on to the next verb.
        // With ONE-SIDED EVENTS (casus code --tabari) a missing target is kept,
        // but only when the sentence has no complete event: real text names
        // many actors the dictionaries lack, and the event type alone is worth
        // having.
        if (source == -1 || (target == -1 && !options_->one_sided_events)) continue;
        const bool incomplete = target == -1;
        found.push_back({pi, v, source, target, target_rest, p.subordinate, p.dominant, incomplete});
        if (!p.subordinate && !incomplete) coded = options_->code_by != TabariOptions::CodeBy::kAll;
      }
    }
    if (carried_source < 0 || c == 0) {
      if (!found.empty() && found.back().source >= 0) carried_source = found.back().source;
      else {
        for (size_t k = 0; k < units.size(); ++k)
          if (units[k].first >= cb && units[k].first < ce) {
            carried_source = static_cast<int>(k);
            break;
          }
      }
    }
    if (coded && options_->code_by == TabariOptions::CodeBy::kSentence) break;
  }

  // Subordinate codes only when nothing else was found (section 6.6.1).
  bool has_main = std::any_of(found.begin(), found.end(), [](const Found& f) { return !f.subordinate; });
  bool has_complete = std::any_of(found.begin(), found.end(), [](const Found& f) { return !f.incomplete; });
  // A dominant code leaves only the dominant events (section 6.6.2), among
  // those found: TABARI looks no further in a clause that has its event
  // (validation record FRWD-002-003).
  bool has_dominant = std::any_of(found.begin(), found.end(), [](const Found& f) { return f.dominant; });
  size_t first_event = doc.events.size();
  auto push = [&](const Event& e) {
    for (size_t k = first_event; k < doc.events.size(); ++k) {
      const Event& o = doc.events[k];
      if (o.cameo == e.cameo && o.source.code == e.source.code && o.target.code == e.target.code) return;
    }
    doc.events.push_back(e);
  };
  for (const Found& f : found) {
    if ((f.subordinate && has_main) || (has_dominant && !f.dominant)) continue;
    if (f.incomplete && has_complete) continue;
    const VerbPattern& p = verbs_->pattern(f.pattern);
    std::vector<ActorRef> sources, targets;
    if (f.source >= 0) sources = units[static_cast<size_t>(f.source)].members;
    else if (f.source == kDefaultActor) sources.push_back({doc.words.Intern(options_->default_source), 0, 0});
    if (f.target >= 0) {
      const std::vector<ActorRef>& members = units[static_cast<size_t>(f.target)].members;
      targets.assign(members.begin() + (f.target_rest ? 1 : 0), members.end());
    }
    else if (f.target == kDefaultActor) targets.push_back({doc.words.Intern(options_->default_target), 0, 0});
    if (targets.empty()) targets.push_back(ActorRef{});
    for (const ActorRef& s : sources)
      for (const ActorRef& t : targets) {
        if (t.present() && t.code == s.code) continue;
        Event e;
        e.sentence = sentence_index;
        e.cameo = p.cameo;
        e.source = s;
        e.target = t;
        e.trigger = {doc.tokens[f.verb].begin, doc.tokens[f.verb].end};
        e.pattern = f.pattern;
        e.day = day == 0 ? 0 : day + shift;
        push(e);
        if (p.paired_cameo >= 0 && t.present()) {
          std::swap(e.source, e.target);
          e.cameo = static_cast<uint16_t>(p.paired_cameo);
          push(e);
        }
      }
  }
}

}  // namespace casus
