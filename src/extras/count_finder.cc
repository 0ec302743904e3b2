#include "extras/count_finder.h"

#include <cmath>
#include <cstdlib>

#include "code/noun_phrase_actor.h"

namespace casus {

namespace {

uint8_t Bit(CountKind kind) { return static_cast<uint8_t>(1u << static_cast<unsigned>(kind)); }

}  // namespace

struct CountFinder::Reading {
  Quantity quantity;
  int head = -1;          // the counted noun ("people"), or -1 ("killing 40")
  uint32_t text_end = 0;  // token after the count's words
  CountKind kind = CountKind::kOther;
};

CountFinder::CountFinder(Vocabulary& vocab, const CameoTable* cameo) : quantities_(vocab) {
  auto verbs = [&](CountKind kind, std::initializer_list<const char*> forms) {
    for (const char* f : forms) kind_verbs_.Add(vocab.Intern(f), kind);
  };
  verbs(CountKind::kKill, {"kill", "kills", "killed", "killing", "die", "dies", "died", "dying", "slain", "slay",
                           "massacred", "massacre", "murdered", "murder", "executed", "execute", "beheaded",
                           "perished", "perish", "drowned", "lynched"});
  verbs(CountKind::kWound, {"wound", "wounds", "wounded", "wounding", "injure", "injures", "injured", "injuring",
                            "hurt", "hurting", "maimed", "maiming"});
  verbs(CountKind::kArrest, {"arrest", "arrests", "arrested", "arresting", "apprehended", "apprehending"});
  verbs(CountKind::kDetain, {"detain", "detains", "detained", "detaining", "jailed", "jailing", "imprisoned",
                             "imprisoning", "interned"});
  verbs(CountKind::kKidnap, {"kidnap", "kidnaps", "kidnapped", "kidnapping", "kidnaped", "abduct", "abducts",
                             "abducted", "abducting"});
  verbs(CountKind::kDisplace, {"displace", "displaces", "displaced", "displacing", "flee", "flees", "fled",
                               "fleeing", "uprooted", "uprooting", "evacuated"});
  verbs(CountKind::kProtest, {"protest", "protested", "protesting", "march", "marched", "marching", "demonstrate",
                              "demonstrated", "demonstrating", "rally", "rallied", "rallying"});
  intransitive_verbs_ = WordSet(vocab, {"die", "dies", "died", "dying", "perished", "perish", "drowned", "flee",
                                        "flees", "fled", "fleeing", "protest", "protested", "protesting", "march",
                                        "marched", "marching", "demonstrate", "demonstrated", "demonstrating",
                                        "rally", "rallied", "rallying"});
  auto nouns = [&](CountKind kind, std::initializer_list<const char*> forms) {
    for (const char* f : forms) kind_nouns_.Add(vocab.Intern(f), kind);
  };
  nouns(CountKind::kProtest, {"protesters", "protestors", "demonstrators", "marchers", "protester", "protestor",
                              "demonstrator"});
  nouns(CountKind::kDisplace, {"refugees", "refugee", "evacuees", "displaced", "seekers"});
  nouns(CountKind::kKidnap, {"hostages", "hostage", "captives", "abductees"});
  nouns(CountKind::kDetain, {"detainees", "detainee", "prisoners", "prisoner", "inmates"});
  nouns(CountKind::kKill, {"dead", "deaths", "death", "bodies", "fatalities", "lives", "life"});
  nouns(CountKind::kWound, {"wounded", "injured"});
  people_nouns_ = WordSet(
      vocab, {"people", "person", "persons", "civilians", "civilian", "man", "men", "woman", "women", "child",
              "children", "kids", "boys", "girls", "babies", "baby", "infants", "soldiers", "soldier", "troops",
              "fighters", "militants", "rebels", "insurgents", "jihadists", "gunmen", "attackers", "police",
              "policemen", "officers", "guards", "personnel", "students", "pupils", "workers", "employees",
              "residents", "villagers", "migrants", "refugees", "seekers", "protesters", "protestors",
              "demonstrators", "marchers", "activists", "journalists", "reporters", "prisoners", "detainees",
              "inmates", "hostages", "captives", "suspects", "members", "supporters", "citizens", "nationals",
              "pilgrims", "worshippers", "passengers", "tourists", "patients", "doctors", "nurses", "farmers",
              "miners", "teachers", "opponents", "dissidents", "lawmakers", "officials", "politicians", "voters",
              "lives", "dead", "deaths", "casualties", "victims", "bodies", "fatalities", "wounded", "injured",
              "displaced", "evacuees", "sailors", "marines", "crew", "recruits", "youths", "teenagers", "adults",
              "individuals", "mourners", "worshipers", "peacekeepers", "servicemen", "militiamen", "abductees",
              "others", "survivors", "schoolgirls", "schoolboys", "schoolchildren", "girl", "boy", "combatants", "cadets", "staff", "priests", "monks", "nuns", "minors"});
  auxiliaries_ = WordSet(vocab, {"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "reportedly",
                                 "also", "allegedly", "later", "then", "all", "believed", "feared", "thought",
                                 "confirmed", "said", "to", "got", "get", "known", "reported", "estimated",
                                 "understood", "presumed"});
  asides_ = WordSet(vocab, {"including", "among", "mostly", "mainly", "many", "most", "some"});
  comma_ = vocab.Intern(",");
  objects_of_loss_ = WordSet(vocab, {"claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "lost",
                                     "losing", "lose", "taken", "took", "take", "taking"});
  year_prepositions_ = WordSet(vocab, {"in", "since", "until", "by", "from", "of", "before", "after", "to", "between",
                                       "during", "till", "through"});
  currency_ = WordSet(vocab, {"$", "£", "€", "¥", "us$", "usd", "rs"});
  percent_ = WordSet(vocab, {"%", "percent", "per", "pc"});
  hostage_takers_ = WordSet(vocab, {"taken", "held", "took", "take", "taking", "holding", "hold"});
  of_ = vocab.Intern("of");
  toll_ = vocab.Intern("toll");
  tolls_ = vocab.Intern("tolls");
  life_ = vocab.Intern("life");
  lives_ = vocab.Intern("lives");
  dead_ = vocab.Intern("dead");
  shot_ = vocab.Intern("shot");
  hostage_ = vocab.Intern("hostage");
  captive_ = vocab.Intern("captive");

  // Which counts an event's code can carry: deaths and wounds with assaults
  // and fights (18x-20x), arrests and detentions with 173, kidnappings with
  // 181, protesters with 14x, people displaced by violence with 18x-20x.
  kinds_of_code_.assign(cameo->size(), 0);
  for (size_t i = 0; i < cameo->size(); ++i) {
    const CameoCode& code = cameo->at(i);
    uint8_t bits = 0;
    if (code.root == "18" || code.root == "19" || code.root == "20")
      bits |= Bit(CountKind::kKill) | Bit(CountKind::kWound) | Bit(CountKind::kDisplace);
    if (code.code.rfind("173", 0) == 0) bits |= Bit(CountKind::kArrest) | Bit(CountKind::kDetain);
    if (code.code.rfind("181", 0) == 0) bits |= Bit(CountKind::kKidnap);
    if (code.root == "14") bits |= Bit(CountKind::kProtest);
    kinds_of_code_[i] = bits;
  }
}

const CountKind* CountFinder::VerbKind(const Token& token) const {
  if (const CountKind* kind = kind_verbs_.Find(token.lower)) return kind;
  return IsVerb(token.tag) ? kind_verbs_.Find(token.lemma) : nullptr;
}

// The noun the quantity counts: "six [Afghan soldiers]", "hundreds of
// [protesters]", "[40] dead". Returns its token or -1; head_end is the token after it.
int CountFinder::HeadNoun(const Doc& doc, const Quantity& q, uint32_t end, uint32_t& head_end) const {
  uint32_t i = q.end;
  if (q.vague && i + 1 < end && doc.tokens[i].lower == of_) {
    ++i;
    while (i < end && (doc.tokens[i].tag == PosTag::DT || doc.tokens[i].tag == PosTag::PRPS)) ++i;
  }
  int head = -1;
  for (uint32_t j = i; j < end; ++j) {
    const Token& t = doc.tokens[j];
    bool adjective_head = kind_nouns_.Find(t.lower) != nullptr && !IsVerb(t.tag) && IsAdjective(t.tag);
    if (IsNoun(t.tag) || adjective_head) head = static_cast<int>(j);
    else if (!IsAdjective(t.tag) && !t.Has(kHyphenated)) break;
    // "40 dead", "25 wounded" (after "were", a verb): the adjective is the head.
  }
  if (head < 0 && i < end) {
    const Token& t = doc.tokens[i];
    bool next_is_noun = i + 1 < end && IsNoun(doc.tokens[i + 1].tag);
    if ((t.lower == dead_ || kind_nouns_.Find(t.lower)) && !next_is_noun && !IsVerb(t.tag)) head = static_cast<int>(i);
  }
  head_end = head >= 0 ? static_cast<uint32_t>(head) + 1 : q.end;
  return head;
}

bool CountFinder::IsPeople(const Doc& doc, const TokenMaps& maps, uint32_t head) const {
  const Token& t = doc.tokens[head];
  if (people_nouns_.Contains(t.lower)) return true;
  // "Palestinians", "Kurds": the plural name of a people. (Agent words are not
  // enough: "20 tanks" is MIL.)
  return t.tag == PosTag::NNPS && maps.mention_of_token[head] >= 0;
}

// The kind from the verb after the count: "were killed", "died", "fled",
// "six people killed in ...", "were taken hostage"; not when the count is the
// subject of an active verb with an object ("40 rebels killed three soldiers").
bool CountFinder::KindAfter(const Doc& doc, const TokenMaps& maps, uint32_t t, uint32_t end, CountKind& kind) const {
  // "59 civilians, including 15 children, died": the aside does not part them.
  if (t + 1 < end && doc.tokens[t].lower == comma_ && asides_.Contains(doc.tokens[t + 1].lower)) {
    uint32_t k = t + 2;
    while (k < end && k < t + 12 && doc.tokens[k].lower != comma_) ++k;
    if (k < end && doc.tokens[k].lower == comma_) t = k + 1;
  }
  bool auxiliary = false;
  uint32_t skipped = 0;
  while (t < end && skipped < 6 && (auxiliaries_.Contains(doc.tokens[t].lower) || IsAdverb(doc.tokens[t].tag))) {
    auxiliary = true;
    ++t, ++skipped;
  }
  if (t >= end) return false;
  const Token& verb = doc.tokens[t];
  if (hostage_takers_.Contains(verb.lower) && t + 1 < end &&
      (doc.tokens[t + 1].lower == hostage_ || doc.tokens[t + 1].lower == captive_)) {
    kind = CountKind::kKidnap;
    return true;
  }
  if (verb.lower == shot_ && t + 1 < end && doc.tokens[t + 1].lower == dead_) {
    kind = CountKind::kKill;
    return true;
  }
  const CountKind* found = VerbKind(verb);
  if (!found) return false;
  if (!auxiliary && !intransitive_verbs_.Contains(verb.lower) && t + 1 < end) {
    // An object right after the verb: the count did it.
    int p = maps.phrase_of_token[t + 1];
    if (p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kNoun &&
        doc.phrases[static_cast<uint32_t>(p)].first == t + 1)
      return false;
  }
  kind = *found;
  return true;
}

// The kind from the verb whose object the count is: "killing at least six",
// "arrested dozens of protesters", "displaced 1.2 million".
bool CountFinder::KindBefore(const Doc& doc, uint32_t t, uint32_t begin, CountKind& kind) const {
  if (t <= begin) return false;
  const Token& before = doc.tokens[t - 1];
  if (before.lower == shot_) return false;  // "shot 12" may be at, or dead, or wounded
  const CountKind* found = VerbKind(before);
  if (!found) return false;
  if (t - 1 > begin && auxiliaries_.Contains(doc.tokens[t - 2].lower) && *found != CountKind::kProtest &&
      before.tag == PosTag::VBN) {
    // "were killed 40 ..." is not English; "had killed 40" is active: the perfect is fine.
    WordId aux = doc.tokens[t - 2].lower;
    std::string_view a = doc.words.Text(aux);
    if (a != "have" && a != "has" && a != "had") return false;
  }
  kind = *found;
  return true;
}

int32_t CountFinder::EventFor(const Doc& doc, uint32_t sentence, CountKind kind, uint32_t at) const {
  int32_t best = -1;
  uint32_t best_distance = UINT32_MAX;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    if (e.sentence != sentence || !(kinds_of_code_[e.cameo] & Bit(kind))) continue;
    uint32_t distance = e.trigger.begin > at ? e.trigger.begin - at : at - e.trigger.begin;
    if (distance < best_distance) best_distance = distance, best = static_cast<int32_t>(i);
  }
  return best;
}

bool CountFinder::ReadCount(Doc& doc, const TokenMaps& maps, uint32_t t, uint32_t end, Reading& out) const {
  const Sentence& sentence = doc.sentences[maps.sentence_of_token[t]];
  Quantity& q = out.quantity;
  if (!quantities_.Read(doc, t, end, q)) return false;
  // Money and shares count no one.
  if (q.number_first > sentence.first_token && (currency_.Contains(doc.tokens[q.number_first - 1].lower) ||
                                                doc.tokens[q.number_first - 1].tag == PosTag::kDollar))
    return false;
  if (q.end < end && percent_.Contains(doc.tokens[q.end].lower)) return false;
  uint32_t head_end = q.end;
  out.head = HeadNoun(doc, q, end, head_end);
  bool people = out.head >= 0 && IsPeople(doc, maps, static_cast<uint32_t>(out.head));
  // A year ("in 2019") is no count even before a noun that could be people.
  std::string_view number_text = doc.words.Text(doc.tokens[q.number_first].lower);
  if (q.end == q.number_first + 1 && number_text.size() == 4 && number_text.find_first_not_of("0123456789") ==
      std::string_view::npos && std::abs(std::atoi(std::string(number_text).c_str()) - 2000) < 200 &&
      (q.first == sentence.first_token || year_prepositions_.Contains(doc.tokens[q.first - 1].lower) || !people))
    return false;

  CountKind kind = CountKind::kOther;
  bool known = KindAfter(doc, maps, head_end, end, kind) || KindBefore(doc, q.first, sentence.first_token, kind);
  // "five years", "40 tanks", "300 homes" count no one; a noun we do not know
  // as people counts when the verb says what happened to it ("abducted 20 schoolgirls").
  if (out.head >= 0 && !people && (!known || IsProperNoun(doc.tokens[static_cast<uint32_t>(out.head)].tag)))
    return false;
  if (!known && out.head >= 0) {
    if (const CountKind* noun_kind = kind_nouns_.Find(doc.tokens[static_cast<uint32_t>(out.head)].lower)) {
      WordId head_word = doc.tokens[static_cast<uint32_t>(out.head)].lower;
      // "lives" are deaths only when claimed, cost or lost ("saved 1,000 lives" are not).
      bool lives = head_word == lives_ || head_word == life_;
      if (!lives || (q.first > sentence.first_token && objects_of_loss_.Contains(doc.tokens[q.first - 1].lower))) {
        kind = *noun_kind;
        known = true;
      }
    }
  }
  if (!known) {  // "the death toll rose to 40"
    for (uint32_t k = q.first; k-- > sentence.first_token && k + 6 >= q.first;)
      if (doc.tokens[k].lower == toll_ || doc.tokens[k].lower == tolls_) {
        kind = CountKind::kKill;
        known = true;
        break;
      }
  }
  if (!known && !people) return false;  // a bare number with no kind counts nothing we know
  if (!known && q.value < 2) return false;  // "one diplomat said": a person, not a count
  out.kind = kind;
  out.text_end = head_end;
  return true;
}

void CountFinder::Find(Doc& doc, const TokenMaps& maps) const {
  doc.counts.clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (uint32_t t = sentence.first_token; t < sentence.end_token;) {
      Reading r;
      if (!ReadCount(doc, maps, t, sentence.end_token, r)) {
        ++t;
        continue;
      }
      ReportedCount count;
      count.sentence = s;
      count.text = {doc.tokens[r.quantity.first].begin, doc.tokens[r.text_end - 1].end};
      count.number = std::llround(r.quantity.value);
      count.kind = r.kind;
      if (r.head >= 0) {
        int p = maps.phrase_of_token[static_cast<uint32_t>(r.head)];
        if (p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kNoun)
          count.actor = ResolveNounPhraseActor(doc, doc.phrases[static_cast<uint32_t>(p)], maps.mention_of_token, of_);
      }
      count.event = r.kind == CountKind::kOther ? -1 : EventFor(doc, s, r.kind, count.text.begin);
      doc.counts.push_back(count);
      t = r.text_end;
    }
  }
}

}  // namespace casus
