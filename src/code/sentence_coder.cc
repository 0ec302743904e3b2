// EventCoder::CodeSentence: verb patterns, nominal patterns, modality.
#include <algorithm>
#include <functional>
#include <span>
#include <string>

#include "code/event_coder.h"
#include "code/event_coder_scratch.h"
#include "code/noun_phrase_actor.h"
#include "code/pattern_matcher.h"
#include "code/petrarch_noun_phrase.h"
#include "code/petrarch_roles.h"
#include "code/stated_intent.h"
#include "code/linked_events.h"
#include "code/complement_codes.h"
#include "parse/clause_structure.h"

namespace casus {
namespace {

bool Contains(const std::vector<WordId>& list, WordId w) { return std::find(list.begin(), list.end(), w) != list.end(); }

}  // namespace

void EventCoder::CodeSentence(Doc& doc, uint32_t sentence_index, Scratch& scratch, Trace* trace) const {
  const Sentence& sentence = doc.sentences[sentence_index];
  if (sentence.first_token >= sentence.end_token) return;

  // Discards: sports, markets, entertainment.
  // The sentence's lower-case ids once; each token's window of up to 8 words is a span of them.
  thread_local std::vector<WordId> lowers;
  lowers.clear();
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) lowers.push_back(doc.tokens[t].lower);
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    const size_t at = t - sentence.first_token;
    const std::span<const WordId> words(lowers.data() + at, std::min<size_t>(8, lowers.size() - at));
    if (discards_->Longest(words).length > 0) {
      if (trace) trace->lines.push_back("sentence " + std::to_string(sentence_index) + ": discarded (matches '" +
                                        std::string(doc.Surface(doc.tokens[t])) + "...')");
      return;
    }
  }

  // PETRARCH removes short comma-delimited clauses before coding: their
  // verbs and actors take no part (petrarch_roles.h).
  thread_local std::vector<uint8_t> removed;
  removed.clear();
  if (options_.petrarch_options) {
    PetrarchRemovedClauses(doc, sentence, *options_.petrarch_options, scratch.phrase_of_token, removed);
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t)
      if (removed[t - sentence.first_token]) scratch.mention_of_token[t] = -1;
  }
  auto is_removed = [&](uint32_t t) {
    return !removed.empty() && t >= sentence.first_token && t < sentence.end_token && removed[t - sentence.first_token];
  };

  const WordFilter sentence_words(doc, sentence.first_token, sentence.end_token);
  ClauseWords cw{w_.and_, w_.or_, w_.that, w_.by};
  ClauseStructure clause(doc, sentence_index, scratch.phrase_of_token, cw);

  // A phrase of nationality adjectives only ("Indian", "Indian and").
  auto OnlyAdjectives = [&](const Phrase& phrase) {
    for (uint32_t t = phrase.first; t < phrase.end; ++t)
      if (!IsAdjective(doc.tokens[t].tag) && doc.tokens[t].tag != PosTag::DT) return false;
    return true;
  };
  std::function<ActorRef(int)> actor_of_phrase;
  auto actor_of = [&](int np) -> ActorRef {
    if (np < 0) return {};
    auto p = static_cast<uint32_t>(np);
    if (!scratch.np_resolved[p]) {
      scratch.np_resolved[p] = 1;
      const Phrase& phrase = doc.phrases[p];
      ActorRef ref;
      if (is_removed(phrase.first)) {
        // in a removed clause: no actor
      } else if (phrase.flags & kPronoun) {
        WordId w = doc.tokens[phrase.first].lower;
        if (Contains(w_.pronouns_person, w) || Contains(w_.pronouns_group, w)) {
          ref = scratch.last_actor;
          if (ref.present()) {
            ref.begin = doc.tokens[phrase.first].begin;
            ref.end = doc.tokens[phrase.first].end;
          }
        }
      } else {
        ref = options_.petrarch_actors
                  ? PetrarchNounPhraseActor(doc, phrase, scratch.mention_of_token, *options_.petrarch_actors, scratch.day)
                  : ResolveNounPhraseActor(doc, phrase, scratch.mention_of_token, w_.of, w_.agent_owned_heads);
        // "Indian and Chinese officials": nationality adjectives coordinated
        // before one head share its agent (INDGOV and CHNGOV).
        if (ref.present() && doc.words.Text(ref.code).size() == 3 && OnlyAdjectives(phrase) &&
            phrase.end + 1 < sentence.end_token && p + 1 < doc.phrases.size()) {
          WordId joiner = doc.tokens[phrase.end].lower;
          const Phrase& next = doc.phrases[p + 1];
          if ((joiner == w_.and_ || joiner == w_.or_ || doc.Surface(doc.tokens[phrase.end]) == ",") &&
              next.kind == PhraseKind::kNoun && next.first == phrase.end + 1 && next.sentence == phrase.sentence) {
            ActorRef shared = actor_of_phrase(static_cast<int>(p + 1));
            std::string_view code = shared.present() ? doc.words.Text(shared.code) : std::string_view();
            if (code.size() > 3 && code.substr(0, 3) != "IGO" && code.substr(0, 3) != "NGO")
              ref.code = doc.words.Intern(std::string(doc.words.Text(ref.code)) + std::string(code.substr(3)));
          }
        }
        // "Haifa, Israel's third largest city,": a name the dictionaries lack
        // takes the actor of its appositive (not of the next item of a list).
        if (!ref.present() && p + 1 < doc.phrases.size()) {
          const Phrase& next = doc.phrases[p + 1];
          uint32_t after = next.end;
          bool apposition = next.kind == PhraseKind::kNoun && next.sentence == phrase.sentence &&
                            next.first == phrase.end + 1 && doc.Surface(doc.tokens[phrase.end]) == "," &&
                            !(next.flags & (kPronoun | kTimePhrase)) && after < sentence.end_token &&
                            ((doc.Surface(doc.tokens[after]) == "," &&
                              (after + 1 >= sentence.end_token || doc.tokens[after + 1].tag != PosTag::CC)) ||
                             doc.tokens[after].tag == PosTag::kPeriod);
          if (apposition) {
            ref = ResolveNounPhraseActor(doc, next, scratch.mention_of_token, w_.of, w_.agent_owned_heads);
            if (ref.present()) ref.begin = doc.tokens[phrase.first].begin;
          }
        }
      }
      scratch.np_actor[p] = ref;
    }
    return scratch.np_actor[p];
  };
  actor_of_phrase = actor_of;

  bool question = doc.Surface(doc.tokens[sentence.end_token - 1]) == "?";
  uint32_t if_token = UINT32_MAX;
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t)
    if (doc.tokens[t].lower == w_.if_ || doc.tokens[t].lower == w_.whether) {
      if_token = t;
      break;
    }

  size_t first_event = doc.events.size();
  const bool petrarch = options_.petrarch_semantics;
  const bool require_dyad = options_.petrarch_options && options_.petrarch_options->require_dyad;
  std::vector<uint32_t> sources, targets, conj;

  // "held talks in Vienna", "met at the Kremlin": a capital or seat of government
  // (a name the dictionaries code as a government, CHNGOV) after a preposition
  // of place is where the event happened, not a party to it. PETRARCH's
  // dictionaries mean such a name as a party ("in Michel Delving" = SHRGOV).
  auto IsPlace = [&](int np) {
    if (np < 0 || petrarch) return false;
    const Phrase& phrase = doc.phrases[static_cast<uint32_t>(np)];
    if (phrase.first == sentence.first_token || !Contains(w_.place_preps, doc.tokens[phrase.first - 1].lower)) return false;
    bool seat = false;
    for (uint32_t t = phrase.first; t < phrase.end; ++t) {
      int m = scratch.mention_of_token[t];
      if (m < 0) continue;
      const Mention& mention = doc.mentions[static_cast<uint32_t>(m)];
      std::string_view code = doc.words.Text(mention.code);
      if (mention.kind != MentionKind::kActor || code.size() != 6 || code.substr(3) != "GOV") return false;
      seat = true;
    }
    return seat;
  };

  // Statements, appeals, intents, meetings, diplomacy and cooperation (roots 01-08).
  auto IsCooperative = [&](int cameo) { return cameo_->at(static_cast<size_t>(cameo)).root < "09"; };

  // The first actor in the chain of prepositional phrases after `np` ("a target
  // in the Gaza Strip", "an offer from the Afghan government", "parts of Kashmir"),
  // within three phrases; -1 when none.
  auto ActorInTail = [&](uint32_t np) -> int {
    uint32_t current = np;
    for (int hops = 0; hops < 3; ++hops) {
      uint32_t end = doc.phrases[current].end;
      if (end + 1 >= sentence.end_token) return -1;
      if (!Contains(w_.tail_preps, doc.tokens[end].lower)) return -1;
      int next = scratch.phrase_of_token[end + 1];
      if (next < 0 || doc.phrases[static_cast<uint32_t>(next)].kind != PhraseKind::kNoun ||
          doc.phrases[static_cast<uint32_t>(next)].first != end + 1)
        return -1;
      if (actor_of(next).present()) return next;
      current = static_cast<uint32_t>(next);
    }
    return -1;
  };

  // Whether a coded governor's event already says what its complement does:
  // appeals, intentions, demands, rejections and threats (not statements).
  auto DescribesComplement = [&](int32_t matched) {
    if (matched == Scratch::kAbsorbed) return true;
    if (matched <= 0) return false;
    const std::string& root = cameo_->at(static_cast<size_t>(matched - 1)).root;
    return root == "02" || root == "03" || root == "10" || root == "12" || root == "13";
  };
  // "summoned the Swedish envoy to protest ...": an infinitive after a coded
  // disapproval (root 11) says why its subject disapproves; it is the same
  // event, not one done by the person summoned.
  auto Disapproves = [&](int32_t matched) {
    return matched > 0 && cameo_->at(static_cast<size_t>(matched - 1)).root == "11";
  };
  // "must", "should", "have to", "need to" inside a verb group.
  auto HasObligation = [&](const Phrase& p) {
    for (uint32_t t = p.first; t < p.end; ++t)
      if (Contains(w_.obligations, doc.tokens[t].lower)) return true;
    return false;
  };

  // "will attack", or reported speech's "would attack": what the speaker says it will do.
  auto SaysWill = [&](const Phrase& p) {
    if (p.flags & kFuture) return true;
    for (uint32_t t = p.first; t < p.end; ++t)
      if (doc.tokens[t].lower == w_.would) return true;
    return false;
  };

  // The verb group whose governor is `v` ("urged ... to send"), or -1.
  auto ComplementOf = [&](uint32_t v) -> int {
    bool after = false;
    for (uint32_t p : clause.phrases()) {
      if (p == v) {
        after = true;
        continue;
      }
      if (!after || doc.phrases[p].kind != PhraseKind::kVerb) continue;
      return clause.Governor(p) == static_cast<int>(v) ? static_cast<int>(p) : -1;
    }
    return -1;
  };

  // "him", "her", "them" as an object.
  auto IsObjectPronoun = [&](uint32_t np) {
    const Phrase& phrase = doc.phrases[np];
    if (!(phrase.flags & kPronoun) || phrase.end != phrase.first + 1) return false;
    WordId w = doc.tokens[phrase.first].lower;
    return w == w_.him || w == w_.her || w == w_.them;
  };
  // "Trump called Erdogan and urged him to ...": an object pronoun names someone
  // other than its verb's subject, the nearest actor before it in the sentence;
  // with none, the document's last actor unless that is the subject itself.
  auto ObjectAntecedent = [&](uint32_t pronoun, const std::vector<uint32_t>& source_nps, const ActorRef& src,
                              ActorRef fallback) -> ActorRef {
    const auto& order = clause.phrases();
    auto at = std::find(order.begin(), order.end(), pronoun);
    while (at != order.begin()) {
      uint32_t q = *--at;
      const Phrase& phrase = doc.phrases[q];
      if (phrase.kind != PhraseKind::kNoun || (phrase.flags & (kPronoun | kTimePhrase))) continue;
      if (std::find(source_nps.begin(), source_nps.end(), q) != source_nps.end()) continue;
      ActorRef ref = actor_of(static_cast<int>(q));
      if (!ref.present() || ref.code == src.code) continue;
      ref.begin = doc.tokens[doc.phrases[pronoun].first].begin;
      ref.end = doc.tokens[doc.phrases[pronoun].first].end;
      return ref;
    }
    if (fallback.present() && fallback.code == src.code) return {};
    return fallback;
  };

  auto emit = [&](int cameo, const std::vector<uint32_t>& source_nps, const std::vector<uint32_t>& target_nps,
                  uint32_t trigger_token, uint32_t pattern_index, uint16_t flags) {
    for (uint32_t s : source_nps) {
      ActorRef src = actor_of(static_cast<int>(s));
      if (!src.present()) continue;
      auto add_one = [&](const ActorRef& source, const ActorRef& tgt) {
        // PETRARCH (with require_dyad) drops any event whose two sides have one code.
        if (tgt.present() && tgt.code == source.code && (require_dyad || tgt.begin == source.begin)) return;
        Event e;
        e.sentence = sentence_index;
        e.cameo = static_cast<uint16_t>(cameo);
        e.flags = flags;
        e.source = source;
        e.target = tgt;
        e.trigger = {doc.tokens[trigger_token].begin, doc.tokens[trigger_token].end};
        e.pattern = pattern_index;
        e.day = scratch.day;
        auto push = [&](const Event& ev) {
          for (size_t k = first_event; k < doc.events.size(); ++k) {
            const Event& o = doc.events[k];
            if (o.cameo == ev.cameo && o.source.code == ev.source.code && o.target.code == ev.target.code) return;
          }
          doc.events.push_back(ev);
        };
        push(e);
        int paired = verbs_->pattern(pattern_index).paired_cameo;
        // PETRARCH codes a reverse event only where the pattern pairs one ("[032:033]").
        int mirror = !tgt.present()              ? -1
                     : paired >= 0               ? paired
                     : petrarch                  ? -1
                                                 : MirrorEventCode(*cameo_, cameo);
        if (mirror >= 0) {
          Event m = e;
          m.cameo = static_cast<uint16_t>(mirror);
          std::swap(m.source, m.target);
          push(m);
        }
      };
      // A compound code of PETRARCH's dictionaries ("FRO/BIL/SAM") stands for
      // one actor per code: an event for each pair (its expand_compound_codes).
      auto add = [&](const ActorRef& tgt) {
        std::string_view src_text = doc.words.Text(src.code);
        std::string_view tgt_text = tgt.present() ? doc.words.Text(tgt.code) : std::string_view();
        if (src_text.find('/') == std::string_view::npos && tgt_text.find('/') == std::string_view::npos) {
          add_one(src, tgt);
          return;
        }
        auto parts = [&](const ActorRef& ref, std::string_view text) {
          std::vector<ActorRef> out;
          for (size_t start = 0; start <= text.size();) {
            size_t slash = std::min(text.find('/', start), text.size());
            ActorRef part = ref;
            part.code = doc.words.Intern(std::string(text.substr(start, slash - start)));
            out.push_back(part);
            start = slash + 1;
          }
          return out;
        };
        std::vector<ActorRef> sources_of = parts(src, src_text);
        std::vector<ActorRef> targets_of = tgt.present() ? parts(tgt, tgt_text) : std::vector<ActorRef>{tgt};
        for (const ActorRef& a : sources_of)
          for (const ActorRef& b : targets_of) add_one(a, b);
      };
      bool any_target = false;
      for (uint32_t t : target_nps) {
        ActorRef tgt = actor_of(static_cast<int>(t));
        if (IsObjectPronoun(t)) tgt = ObjectAntecedent(t, source_nps, src, tgt);
        int place = static_cast<int>(t);
        if (!tgt.present()) {
          place = ActorInTail(t);  // "struck a target in the Gaza Strip"
          tgt = actor_of(place);
        }
        if (tgt.present() && IsPlace(place)) {
          // A capital named as the place of a meeting or a statement is no
          // party to it ("held talks in Vienna"); the place of an attack or of
          // what is condemned is its country ("attacks in Tehran" = IRN).
          if (IsCooperative(cameo)) continue;
          std::string country(doc.words.Text(tgt.code).substr(0, 3));
          tgt.code = doc.words.Intern(country);
        }
        if (!tgt.present()) continue;
        any_target = true;
        add(tgt);
      }
      // "India and Pakistan agreed to a ceasefire": joint actors act on each other.
      if (!any_target && source_nps.size() >= 2 && source_nps.size() <= 4) {
        for (uint32_t other : source_nps) {
          if (other == s) continue;
          ActorRef tgt = actor_of(static_cast<int>(other));
          if (!tgt.present()) continue;
          any_target = true;
          add(tgt);
        }
      }
      if (!any_target) add(ActorRef{});
      scratch.last_actor = src;
    }
  };

  // PETRARCH: with no subject, the nearest actor before the verb; with no
  // target actor, the first after it (petrarch_roles.h).
  auto HasActor = [&](const std::vector<uint32_t>& nps) {
    for (uint32_t p : nps)
      if (actor_of(static_cast<int>(p)).present()) return true;
    return false;
  };
  auto UsePetrarchActor = [&](PetrarchActor found, std::vector<uint32_t>& role) {
    if (found.phrase < 0) return;
    auto p = static_cast<uint32_t>(found.phrase);
    if (!actor_of(found.phrase).present()) {  // "an anti-Gondor parade": the mention's own code
      const Mention& mention = doc.mentions[static_cast<uint32_t>(found.mention)];
      scratch.np_actor[p] = ActorRef{mention.code, doc.tokens[mention.first].begin, doc.tokens[mention.end - 1].end};
    }
    role.clear();
    clause.Conjuncts(p, role);  // "between Eriador and Osgiliath"
  };
  // "Ethiopia indicated it would act": a pronoun subject that names no actor
  // is no phrase to PETRARCH, whose source is then the actor before the verb.
  auto OnlyUnresolvedPronouns = [&](const std::vector<uint32_t>& nps) {
    for (uint32_t p : nps)
      if (!(doc.phrases[p].flags & kPronoun) || actor_of(static_cast<int>(p)).present()) return false;
    return true;
  };
  auto UsePetrarchDefaults = [&](uint32_t verb_first, uint32_t after_match) {
    if (OnlyUnresolvedPronouns(sources))
      UsePetrarchActor(PetrarchDefaultSource(doc, sentence.first_token, verb_first, scratch.phrase_of_token,
                                             scratch.mention_of_token, targets, removed),
                       sources);
    if (!HasActor(targets))
      UsePetrarchActor(PetrarchDefaultTarget(doc, after_match, sentence.end_token, scratch.phrase_of_token,
                                             scratch.mention_of_token, sources),
                       targets);
  };

  // Modality of verb phrase v: its own flags plus what governs it.
  auto modality = [&](uint32_t v, bool& intent) -> uint16_t {
    uint16_t flags = 0;
    intent = false;
    const Phrase& p = doc.phrases[v];
    if (p.flags & kNegated) flags |= kEventNegated;
    if (p.flags & kFuture) flags |= kEventFuture;
    if (p.flags & kModal) flags |= kEventHypothetical;
    if (question) flags |= kEventQuestion;
    if (if_token < p.first) flags |= kEventHypothetical;
    int g = clause.Governor(v);
    // "the failure of world leaders to stop such attacks": an infinitive that no
    // verb governs describes no event that happened.
    if ((p.flags & kInfinitive) && g < 0) flags |= kEventHypothetical;
    // ", reaching a deal": a participle shares its main verb's modality.
    if (p.flags & kParticiple) {
      for (auto it = clause.phrases().rbegin(); it != clause.phrases().rend(); ++it) {
        const Phrase& main = doc.phrases[*it];
        if (main.kind != PhraseKind::kVerb || main.first >= p.first || (main.flags & (kParticiple | kInfinitive | kGerund)))
          continue;
        if (main.flags & kNegated) flags |= kEventNegated;
        if (main.flags & kFuture) flags |= kEventFuture;
        if (main.flags & kModal) flags |= kEventHypothetical;
        break;
      }
    }
    int hops = 0;
    while (g >= 0 && hops++ < 4) {
      const Phrase& gp = doc.phrases[static_cast<uint32_t>(g)];
      WordId lemma = doc.tokens[gp.head].lemma;
      if (Contains(w_.negating_governors, lemma)) {
        flags |= kEventNegated | kEventFuture;
        intent = true;  // "refused to meet" states a refusal
      } else if (Contains(w_.future_governors, lemma)) {
        flags |= kEventFuture;
        if (hops == 1 && Contains(w_.intent_governors, lemma)) intent = true;
      }
      if (gp.flags & kNegated) flags |= kEventNegated;
      if (gp.flags & kFuture) flags |= kEventFuture;
      if (gp.flags & kModal) flags |= kEventHypothetical;
      g = clause.Governor(static_cast<uint32_t>(g));
    }
    return flags;
  };

  // The first prepositional object of verb v's clause that names an actor and
  // is no place ("in Kabul"), or -1.
  auto FirstPrepositionalActor = [&](uint32_t v) -> int {
    const uint32_t end = clause.ClauseEnd(v);
    for (uint32_t p : clause.phrases()) {
      const Phrase& phrase = doc.phrases[p];
      if (phrase.first <= doc.phrases[v].first || phrase.first >= end || phrase.kind != PhraseKind::kNoun) continue;
      if ((phrase.flags & kTimePhrase) || !clause.IsPrepositionalObject(p)) continue;
      if (Contains(w_.place_preps, doc.tokens[phrase.first - 1].lower)) continue;
      if (actor_of(static_cast<int>(p)).present()) return static_cast<int>(p);
    }
    return -1;
  };

  // Verb patterns.
  const bool skip_nested_verbs = options_.petrarch_options && !options_.petrarch_options->code_nested_verbs;
  uint32_t coded_phrase_end = 0;  // PETRARCH: the verb phrase of the last matched verb
  for (uint32_t v : clause.phrases()) {
    const Phrase& vp = doc.phrases[v];
    if (vp.kind != PhraseKind::kVerb) continue;
    if (petrarch && is_removed(vp.head)) continue;
    if (skip_nested_verbs && vp.first < coded_phrase_end) continue;
    const Token& head = doc.tokens[vp.head];
    // PETRARCH keys its verbs by the word as written ("left" is LEFT [032:033],
    // not LEAVE [012]); a form it does not list falls back to the lemma.
    const bool by_form = petrarch && !verbs_->FormPatterns(head.lower).empty();
    const auto& candidates = by_form ? verbs_->FormPatterns(head.lower) : verbs_->VerbPatterns(head.lemma);
    if (candidates.empty()) continue;
    // A gerund after a preposition is a nominalisation ("accused of attacking"), not an event.
    if ((vp.flags & kGerund) && vp.first > sentence.first_token && doc.tokens[vp.first - 1].tag == PosTag::IN)
      continue;
    bool passive = vp.flags & kPassive;
    uint32_t end = clause.ClauseEnd(v);
    // A complement's own clause continues past its governor's end.
    if (end <= vp.end) end = doc.sentences[sentence_index].end_token;
    const PatternContext context{doc, scratch.phrase_of_token, sentence.first_token, end, passive, &sentence_words};
    const std::span<const RequiredWords> required =
        by_form ? verbs_->FormPatternWords(head.lower) : verbs_->VerbPatternWords(head.lemma);
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (!MayMatch(context, required[k], vp.head)) continue;
      const uint32_t pi = candidates[k];
      const VerbPattern& pattern = verbs_->pattern(pi);
      PatternMatch m;
      if (!MatchPattern(context, pattern, vp.head, m)) continue;
      int subject = clause.Subject(v);
      sources.clear();
      targets.clear();
      if (subject >= 0) clause.LeftConjuncts(static_cast<uint32_t>(subject), sources);
      int object = m.target;
      if (object < 0 && !pattern.has_target) {
        // The direct object when it names an actor, else the first prepositional
        // object that does ("pledged $50 million in aid to Ukraine").
        object = clause.DirectObject(v);
        if (object < 0 || !actor_of(object).present()) {
          int best = -1;
          // PETRARCH takes the first actor of the verb's phrase whatever its
          // preposition ("left for Minas Tirith ... with Arnor"); a place is not one.
          if (petrarch) best = FirstPrepositionalActor(v);
          for (WordId prep : w_.default_target_preps) {
            int p = clause.PrepositionalObject(v, prep);
            if (p < 0 || (IsPlace(p) && IsCooperative(pattern.cameo)) || !actor_of(p).present()) continue;
            if (best < 0 || doc.phrases[static_cast<uint32_t>(p)].first < doc.phrases[static_cast<uint32_t>(best)].first)
              best = p;
          }
          if (best >= 0) object = best;
        }
      }
      if (object >= 0) clause.ObjectConjuncts(static_cast<uint32_t>(object), targets);
      // PETRARCH reads a passive verb as an active one unless a by-phrase names the doer.
      if (passive && !(petrarch && clause.PrepositionalObject(v, w_.by) < 0)) {
        // "Protesters were arrested by police": the by-phrase acts, the subject undergoes.
        std::vector<uint32_t> undergoers = sources;
        sources.clear();
        int agent = clause.PrepositionalObject(v, w_.by);
        if (m.target >= 0 && m.target == agent) {
          m.target = -1;
          targets.clear();
        }
        if (agent >= 0) clause.Conjuncts(static_cast<uint32_t>(agent), sources);
        if (m.target < 0) targets = undergoers;
      }
      if (m.source >= 0) {
        // "received aid from Japan": the named source acts on the subject.
        if (m.target < 0) targets = sources;
        clause.Conjuncts(static_cast<uint32_t>(m.source), sources);
      }
      // PETRARCH `%` ("- % * [030:030]", "- * WITH %"): the pattern needs a
      // compound actor there, before the verb its subject. Roles are found as
      // usual; a compound source with no target acts on itself (emit), as
      // PETRARCH's paired code does with a "---" target.
      if (petrarch && m.compound >= 0) {
        if (m.compound_before) {
          if (sources.size() < 2) continue;
        } else {
          std::vector<uint32_t> members;
          clause.Conjuncts(static_cast<uint32_t>(m.compound), members);
          if (members.size() < 2) continue;
        }
      }
      // "- NOTED + * [115]", "X noted that Y regretted": the pattern names the
      // subject as target; PETRARCH's source is then an actor before it.
      if (petrarch && m.target >= 0 && m.source < 0 &&
          std::find(sources.begin(), sources.end(), static_cast<uint32_t>(m.target)) != sources.end())
        sources.clear();
      for (uint32_t t = vp.head; t < m.last_token && t < doc.tokens.size(); ++t) scratch.token_consumed[t] = 1;
      // A complement of a verb that was itself coded ("urged Iran to stop") is part of that event.
      int governor = clause.Governor(v);
      if (governor >= 0 && (DescribesComplement(scratch.verb_matched[static_cast<uint32_t>(governor)]) ||
                            ((vp.flags & kInfinitive) && Disapproves(scratch.verb_matched[static_cast<uint32_t>(governor)])))) {
        scratch.verb_matched[v] = Scratch::kAbsorbed;
        break;
      }
      if (pattern.null_code) {
        scratch.verb_matched[v] = Scratch::kAbsorbed;
        // TABARI/PETRARCH "[---]": the phrase is known and means no event.
        if (trace) trace->lines.push_back("sentence " + std::to_string(sentence_index) + ": verb '" +
                                          std::string(doc.Surface(head)) + "' matched null pattern '" +
                                          pattern.text + "'");
        break;
      }
      bool intent = false;
      uint16_t flags = modality(v, intent);
      int code = pattern.cameo;
      // What an actor says it will (or will not) do is coded as the statement.
      // PETRARCH codes the verb's own pattern whatever its modality: so do we when
      // coding with its dictionaries and keeping unreal events (as it does); when
      // we judge modality, a stated intent is coded as such rather than dropped.
      bool stated = !(petrarch && options_.keep_unreal_events) && (intent || ((vp.flags & kFuture) && !(vp.flags & kModal)));
      if (stated && !(flags & (kEventHypothetical | kEventQuestion))) {
        int recoded = (flags & kEventNegated) ? RefusalCode(*cameo_, code) : StatedIntentCode(*cameo_, code);
        if (recoded >= 0) {
          code = recoded;
          flags = 0;
        }
      }
      // "urged Germany to send weapons", "demanded that Belarus release the journalist":
      // what is asked for refines the code, and its doer is the target when none was named.
      if (int complement = petrarch && options_.keep_unreal_events ? -1 : ComplementOf(v); complement >= 0) {
        const Phrase& cp = doc.phrases[static_cast<uint32_t>(complement)];
        // "Russia said Israel must end its attacks": a statement that something must
        // be done is a demand.
        if (cameo_->at(static_cast<size_t>(code)).root == "01" && HasObligation(cp)) {
          code = demand_code_;
          int doer = clause.Subject(static_cast<uint32_t>(complement));
          if (doer >= 0 && targets.empty()) clause.Conjuncts(static_cast<uint32_t>(doer), targets);
        }
        PatternContext complement_context{doc, scratch.phrase_of_token, cp.first, sentence.end_token,
                                          (cp.flags & kPassive) != 0, &sentence_words};
        const WordId complement_lemma = doc.tokens[cp.head].lemma;
        const std::vector<uint32_t>& complement_patterns = verbs_->VerbPatterns(complement_lemma);
        const std::span<const RequiredWords> complement_required = verbs_->VerbPatternWords(complement_lemma);
        for (size_t ck = 0; ck < complement_patterns.size(); ++ck) {
          if (!MayMatch(complement_context, complement_required[ck], cp.head)) continue;
          const uint32_t ci = complement_patterns[ck];
          PatternMatch cm;
          if (!MatchPattern(complement_context, verbs_->pattern(ci), cp.head, cm)) continue;
          int combined = CombineWithComplement(*cameo_, code, verbs_->pattern(ci).cameo);
          // "the army said it would use force against the protesters": the speaker
          // (a pronoun or no subject) states that it will use force, a threat aimed
          // at the force's target.
          if (combined < 0 && !(cp.flags & kNegated) && SaysWill(cp)) {
            int doer = clause.Subject(static_cast<uint32_t>(complement));
            bool speaker = doer < 0 || doc.tokens[doc.phrases[static_cast<uint32_t>(doer)].head].tag == PosTag::PRP;
            int threat = speaker ? StatedForceThreat(*cameo_, code, verbs_->pattern(ci).cameo) : -1;
            if (threat >= 0) {
              code = threat;
              if (targets.empty() && cm.target >= 0) clause.ObjectConjuncts(static_cast<uint32_t>(cm.target), targets);
              break;
            }
          }
          if (combined >= 0) {
            code = combined;
            if (targets.empty() || !actor_of(static_cast<int>(targets.front())).present()) {
              int doer = clause.Subject(static_cast<uint32_t>(complement));
              if (doer >= 0 && std::find(sources.begin(), sources.end(), static_cast<uint32_t>(doer)) == sources.end())
                clause.Conjuncts(static_cast<uint32_t>(doer), targets);
            }
          }
          break;
        }
      }
      // "Japan is considering sending aid to North Korea": a verb of deliberation
      // before the gerund makes the act an option under consideration (014),
      // aimed at the act's target.
      if (!petrarch && consider_code_ >= 0)
        for (uint32_t t = vp.first; t < vp.head; ++t)
          if (IsVerb(doc.tokens[t].tag) && Contains(w_.deliberation, doc.tokens[t].lemma)) {
            code = consider_code_;
            break;
          }
      // "Britain is deploying 300 troops to the UN peacekeeping mission in Mali":
      // troops sent to keep the peace provide peacekeeping (074), not a show of force.
      if (!petrarch && code == mobilize_code_ && peacekeeping_code_ >= 0)
        for (uint32_t t = vp.head + 1; t < end; ++t)
          if (Contains(w_.peacekeeping, doc.tokens[t].lemma) || Contains(w_.peacekeeping, doc.tokens[t].lower)) {
            code = peacekeeping_code_;
            break;
          }
      bool no_target = false;
      if (petrarch) {
        // PETRARCH looks for the target in the whole of the verb's phrase, before
        // the words its pattern matched as well (its find_target reads the whole LowerSeq).
        const uint32_t after = vp.end;
        UsePetrarchDefaults(vp.first, after);
        const int new_actor_length = options_.petrarch_options ? options_.petrarch_options->new_actor_length : 0;
        // PETRARCH's new_actor_length: a phrase naming no actor is written as its text.
        auto new_actor = [&](uint32_t p) {
          if (new_actor_length <= 0 || actor_of(static_cast<int>(p)).present() || doc.phrases[p].kind != PhraseKind::kNoun)
            return false;
          std::string text = PetrarchNewActorText(doc, doc.phrases[p], new_actor_length);
          if (text.empty()) return false;
          scratch.np_actor[p] = ActorRef{doc.words.Intern(text), doc.tokens[doc.phrases[p].first].begin,
                                         doc.tokens[doc.phrases[p].end - 1].end};
          return true;
        };
        if (options_.petrarch_actors)
          for (std::vector<uint32_t>* role : {&sources, &targets}) {
            PetrarchCompoundRole(doc, clause.phrases(), *role, scratch.np_actor, scratch.np_resolved,
                                 scratch.mention_of_token, *options_.petrarch_actors, scratch.day);
            for (uint32_t p : *role) new_actor(p);
          }
        const uint32_t phrase_end = PetrarchVerbPhraseEnd(doc, vp.end, sentence.end_token, scratch.phrase_of_token);
        coded_phrase_end = phrase_end;
        // Without an actor, PETRARCH's target is the first noun phrase of the
        // verb's phrase, coded "---"; a bare date ("said today") is none.
        if (!HasActor(targets)) {
          no_target = true;
          for (uint32_t t = after; t < phrase_end && no_target; ++t) {
            int np = scratch.phrase_of_token[t];
            if (np < 0 || is_removed(t) || doc.phrases[static_cast<uint32_t>(np)].first != t ||
                doc.phrases[static_cast<uint32_t>(np)].kind != PhraseKind::kNoun)
              continue;
            if ((doc.phrases[static_cast<uint32_t>(np)].flags & kTimePhrase) && doc.tokens[t - 1].tag != PosTag::IN) continue;
            no_target = false;
            if (new_actor(static_cast<uint32_t>(np))) targets.assign(1, static_cast<uint32_t>(np));
          }
        }
      }
      scratch.verb_matched[v] = code + 1;
      if (trace)
        trace->lines.push_back("sentence " + std::to_string(sentence_index) + ": verb '" +
                               std::string(doc.Surface(head)) + "' matched '" + pattern.text + "' -> " +
                               cameo_->at(static_cast<size_t>(code)).code + (sources.empty() ? " (no source phrase)" : ""));
      if (pattern.subordinate) flags |= kEventSubordinate;
      if (!no_target) emit(code, sources, targets, vp.head, pi, flags);
      break;
    }
  }

  // "Japan lifted the sanctions on North Korea", "UN sanctions were lifted": a
  // noun that a verb ends names no event of its own; the verb's pattern codes
  // the easing (081, 085, ...).
  auto EndedByVerb = [&](uint32_t n) {
    for (uint32_t v : clause.phrases()) {
      const Phrase& vp = doc.phrases[v];
      if (vp.kind != PhraseKind::kVerb || !Contains(w_.reversals, doc.tokens[vp.head].lemma)) continue;
      if (clause.DirectObject(v) == static_cast<int>(n)) return true;
      if ((vp.flags & kPassive) && clause.Subject(v) == static_cast<int>(n)) return true;
    }
    return false;
  };

  // Nominal patterns: "US sanctions on Chinese officials", "talks between Iran and the EU".
  for (uint32_t n : clause.phrases()) {
    const Phrase& np = doc.phrases[n];
    if (np.kind != PhraseKind::kNoun) continue;
    if (!petrarch && EndedByVerb(n)) continue;
    for (uint32_t t = np.first; t < np.end; ++t) {
      const Token& tok = doc.tokens[t];
      if (!IsNoun(tok.tag) || scratch.token_consumed[t]) continue;
      const auto& candidates = verbs_->NounPatterns(tok.lemma);
      const std::span<const RequiredWords> required = verbs_->NounPatternWords(tok.lemma);
      const PatternContext context{doc, scratch.phrase_of_token, np.first, sentence.end_token, false, &sentence_words};
      for (size_t k = 0; k < candidates.size(); ++k) {
        if (!MayMatch(context, required[k], t)) continue;
        const uint32_t pi = candidates[k];
        const VerbPattern& pattern = verbs_->pattern(pi);
        PatternMatch m;
        if (!MatchPattern(context, pattern, t, m)) continue;
        sources.clear();
        targets.clear();
        if (m.target >= 0) clause.ObjectConjuncts(static_cast<uint32_t>(m.target), targets);
        // The owner or modifier of the noun: an actor named inside the phrase before it.
        if (t > np.first) {
          Phrase owner = np;
          owner.end = t;
          ActorRef ref = ResolveNounPhraseActor(doc, owner, scratch.mention_of_token, w_.of, w_.agent_owned_heads);
          if (ref.present()) {
            // Keep it as the phrase's actor so emit() can read it.
            scratch.np_actor[n] = ref;
            scratch.np_resolved[n] = 1;
            sources.push_back(n);
          }
        }
        if (sources.empty() && targets.size() >= 2 && m.source < 0) {
          // "talks between Iran and the EU": the first party to the others.
          sources.push_back(targets.front());
          targets.erase(targets.begin());
        }
        if (sources.empty()) {
          // "Russia launched an attack on Ukraine": the subject of the verb whose object this is.
          for (uint32_t v : clause.phrases()) {
            const Phrase& vp = doc.phrases[v];
            if (vp.kind != PhraseKind::kVerb || vp.first > np.first) continue;
            if (clause.DirectObject(v) == static_cast<int>(n)) {
              int subject = clause.Subject(v);
              if (subject >= 0) clause.LeftConjuncts(static_cast<uint32_t>(subject), sources);
            }
          }
        }
        if (sources.empty()) {
          if (trace) trace->lines.push_back("sentence " + std::to_string(sentence_index) + ": noun '" +
                                            std::string(doc.Surface(tok)) + "' matched '" + pattern.text +
                                            "' but no source actor was found");
          break;
        }
        if (trace)
          trace->lines.push_back("sentence " + std::to_string(sentence_index) + ": noun '" +
                                 std::string(doc.Surface(tok)) + "' matched '" + pattern.text + "' -> " +
                                 cameo_->at(pattern.cameo).code);
        emit(pattern.cameo, sources, targets, t, pi, question ? kEventQuestion : 0);
        break;
      }
    }
  }

  // Plain statements (010) only when nothing more specific was found; unreal
  // events are dropped unless asked for.
  auto subordinate = [&](const Event& e) { return e.cameo == statement_code_ || (e.flags & kEventSubordinate); };
  bool has_specific = false;
  for (size_t k = first_event; k < doc.events.size(); ++k)
    if (!subordinate(doc.events[k]) && doc.events[k].flags == 0) has_specific = true;
  size_t out = first_event;
  for (size_t k = first_event; k < doc.events.size(); ++k) {
    Event e = doc.events[k];
    if (subordinate(e) && has_specific) continue;
    e.flags &= static_cast<uint16_t>(~kEventSubordinate);
    // PETRARCH's require_dyad: an event needs both sides.
    if (require_dyad && !e.target.present()) continue;
    bool unreal = (e.flags & (kEventNegated | kEventFuture | kEventHypothetical | kEventQuestion)) != 0;
    if (unreal && !options_.keep_unreal_events) {
      if (trace) trace->lines.push_back("sentence " + std::to_string(sentence_index) + ": dropped " +
                                        cameo_->at(e.cameo).code + " (negated, future, hypothetical or question)");
      continue;
    }
    doc.events[out++] = e;
  }
  doc.events.resize(out);
}

}  // namespace casus
