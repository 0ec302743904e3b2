#include "tag/context_rules.h"

namespace casus {

KeyWords KeyWords::Intern(Vocabulary& v) {
  KeyWords k;
  k.be = v.Intern("be"), k.am = v.Intern("am"), k.is = v.Intern("is"), k.are = v.Intern("are");
  k.was = v.Intern("was"), k.were = v.Intern("were"), k.been = v.Intern("been"), k.being = v.Intern("being");
  k.have = v.Intern("have"), k.has = v.Intern("has"), k.had = v.Intern("had"), k.having = v.Intern("having");
  k.apostrophe_ve = v.Intern("'ve"), k.apostrophe_s = v.Intern("'s"), k.apostrophe_re = v.Intern("'re");
  k.apostrophe_m = v.Intern("'m"), k.apostrophe_d = v.Intern("'d"), k.apostrophe_ll = v.Intern("'ll");
  k.do_ = v.Intern("do"), k.does = v.Intern("does"), k.did = v.Intern("did");
  k.get = v.Intern("get"), k.gets = v.Intern("gets"), k.got = v.Intern("got"), k.gotten = v.Intern("gotten");
  k.that = v.Intern("that"), k.to = v.Intern("to"), k.by = v.Intern("by"), k.of = v.Intern("of");
  k.as = v.Intern("as"), k.such = v.Intern("such"), k.there = v.Intern("there"), k.not_ = v.Intern("not"), k.nt = v.Intern("n't");
  k.us_upper = v.Intern("US"), k.us_dotted = v.Intern("U.S.");
  k.willing = v.Intern("willing");
  k.very = v.Intern("very"), k.too = v.Intern("too"), k.extremely = v.Intern("extremely");
  k.increasingly = v.Intern("increasingly");
  k.i = v.Intern("i"), k.you = v.Intern("you"), k.we = v.Intern("we"), k.they = v.Intern("they");
  k.he = v.Intern("he"), k.she = v.Intern("she"), k.it = v.Intern("it"), k.who = v.Intern("who");
  return k;
}

namespace {

using P = PosTag;

constexpr TagSet kPremodifiers = Tags(P::DT, P::PRPS, P::POS, P::JJ, P::JJR, P::JJS, P::CD, P::PDT, P::WPS);
// Tags that begin an object or complement, so the word before them is a verb.
constexpr TagSet kObjectStarts =
    Tags(P::DT, P::PRPS, P::PRP, P::NNP, P::NNPS, P::CD, P::JJ, P::JJS, P::NNS, P::PDT, P::kDollar);
constexpr TagSet kClauseBreaks = Tags(P::kPunct, P::kPeriod, P::kQuote, P::kOpenParen, P::kCloseParen, P::CC,
                                      P::IN, P::WDT, P::WP, P::WRB);
constexpr TagSet kSubjects = Tags(P::NN, P::NNS, P::NNP, P::NNPS, P::PRP, P::WDT, P::WP);

bool In(PosTag t, TagSet set) { return Contains(set, t); }

class SentenceRules {
 public:
  SentenceRules(const KeyWords& keys, Token* tokens, const TagSet* options, uint32_t n)
      : keys_(keys), tok_(tokens), options_(options), n_(n) {}

  void Run() {
    for (uint32_t k = 0; k < n_; ++k) {
      Correct(k);
      PosTag t = tok_[k].tag;
      if (In(t, Tags(P::VBD, P::VBZ, P::VBP, P::MD))) clause_has_finite_verb_ = true;
      if (In(t, kFiniteVerbTags)) last_finite_ = t;
      if (In(t, kClauseBreaks)) clause_has_finite_verb_ = false;
    }
  }

 private:
  PosTag Tag(int64_t k) const { return k >= 0 && k < n_ ? tok_[k].tag : P::kNone; }
  WordId Lower(int64_t k) const { return k >= 0 && k < n_ ? tok_[k].lower : kNoWord; }
  bool IsNegation(uint32_t k) const { return tok_[k].lower == keys_.not_ || tok_[k].lower == keys_.nt; }
  // The nearest token left of k that is not an adverb ("has also warned",
  // "did not attack"), or -1.
  int64_t PreviousWord(uint32_t k) const {
    int64_t j = static_cast<int64_t>(k) - 1;
    while (j >= 0 && (IsAdverb(tok_[j].tag) || IsNegation(static_cast<uint32_t>(j)))) --j;
    return j;
  }
  bool IsAuxiliaryVerb(int64_t j) const { return j >= 0 && IsVerb(tok_[j].tag); }
  bool IsAuxiliaryWord(WordId w) const { return keys_.IsBe(w) || keys_.IsHave(w) || keys_.IsDo(w); }

  void Set(uint32_t k, PosTag t) { tok_[k].tag = t; }
  // Whether a finite verb (by its lexicon tag) comes before the clause ends.
  bool FiniteVerbAhead(uint32_t from) const {
    for (int64_t k = from; k < n_; ++k) {
      PosTag t = tok_[k].tag;
      if (In(t, Tags(P::kPunct, P::kPeriod, P::CC, P::WDT, P::WP))) return false;
      // "said on Tuesday that Sweden must stop": a verb after "that" is the next clause's.
      if (Lower(k) == keys_.that) return false;
      if (In(t, Tags(P::VBD, P::VBZ, P::VBP, P::MD))) return true;
    }
    return false;
  }
  void Correct(uint32_t k);
  bool WordSpecific(uint32_t k);
  void AfterAuxiliary(uint32_t k, int64_t j);
  void NounPosition(uint32_t k);
  void SubjectVerb(uint32_t k, int64_t j);
  void Participle(uint32_t k, int64_t j);

  const KeyWords& keys_;
  Token* tok_;
  const TagSet* options_;
  int64_t n_;
  bool clause_has_finite_verb_ = false;
  PosTag last_finite_ = PosTag::kNone;  // the sentence's latest finite verb tag
};

void SentenceRules::Correct(uint32_t k) {
  if (WordSpecific(k)) return;
  int64_t j = PreviousWord(k);
  AfterAuxiliary(k, j);
  NounPosition(k);
  SubjectVerb(k, j);
  Participle(k, j);
  // Coordination copies the tag across "and"/"or": "arrested and charged".
  TagSet can = options_[k];
  PosTag cur = tok_[k].tag;
  if (k >= 1 && Tag(k - 1) == P::CC && last_finite_ != P::kNone && In(cur, Tags(P::NN, P::NNS)) &&
      In(Tag(k + 1), Tags(P::DT, P::PRPS)) && Contains(can, last_finite_)) {
    Set(k, last_finite_);  // "condemn the attack and demand an inquiry"
  }
  if (k >= 2 && Tag(k - 1) == P::CC && IsVerb(Tag(k - 2)) && IsVerb(tok_[k].tag) && Contains(can, Tag(k - 2)))
    Set(k, Tag(k - 2));
}

// Words whose tag depends on their neighbours more than on their class.
bool SentenceRules::WordSpecific(uint32_t k) {
  Token& t = tok_[k];
  if (t.lower == keys_.apostrophe_s) {
    // "he's going", "it's a": a verb after pronouns; elsewhere the possessive.
    PosTag p = Tag(k - 1);
    bool verb = p == P::PRP || p == P::EX || p == P::WP || p == P::WDT || Lower(k - 1) == keys_.that ||
                Lower(k - 1) == keys_.there || In(Tag(k + 1), Tags(P::VBG, P::VBN, P::RB));
    Set(k, verb ? P::VBZ : P::POS);
    return true;
  }
  if (k > 0 && keys_.IsDegreeAdverb(Lower(k - 1)) && In(t.tag, Tags(P::VB, P::VBP, P::VBZ, P::NN)) &&
      (options_[k] & (Bit(P::JJ) | Bit(P::RB))) != 0) {
    // "marched very close to the border", "too late": a degree adverb
    // modifies an adjective or adverb, not a verb or noun.
    Set(k, Contains(options_[k], P::JJ) ? P::JJ : P::RB);
    return true;
  }
  if (t.lower == keys_.willing) {
    Set(k, P::JJ);  // "is willing to": an adjective, not a form of "will"
    return true;
  }
  if (t.lower == keys_.that) {
    PosTag p = Tag(k - 1), next = Tag(k + 1);
    bool verb_next = k + 1 < n_ && (options_[k + 1] & (kFiniteVerbTags | Bit(P::MD))) != 0 &&
                     (IsVerb(next) || next == P::MD);
    if (IsNoun(p) && (verb_next || IsAdverb(next))) {
      Set(k, P::WDT);  // "forces that attacked", "a deal that would"
    } else if (next == P::kNone || In(next, Tags(P::kPeriod, P::kPunct, P::VBZ, P::VBD, P::MD))) {
      Set(k, P::DT);  // "denied that.", "that was"
    } else if (In(next, Tags(P::NN, P::NNS)) && !In(Tag(k + 2), Tags(P::MD, P::VBD, P::VBZ, P::VBP))) {
      Set(k, P::DT);  // "that country", not "that officials said"
    } else {
      Set(k, P::IN);
    }
    return true;
  }
  if (t.lower == keys_.as && Lower(k + 2) == keys_.as && In(Tag(k + 1), Tags(P::JJ, P::RB))) {
    Set(k, P::RB);  // "as many as", "as well as"
    return true;
  }
  if (t.lower == keys_.such && Tag(k + 1) == P::DT) {
    Set(k, P::PDT);  // "such a step"
    return true;
  }
  if (t.form == keys_.us_upper || t.form == keys_.us_dotted) {
    Set(k, P::NNP);
    return true;
  }
  return false;
}

// "will attack", "to meet", "has warned", "was arrested", "is meeting".
void SentenceRules::AfterAuxiliary(uint32_t k, int64_t j) {
  if (j < 0) return;
  TagSet can = options_[k];
  PosTag cur = tok_[k].tag;
  PosTag prev = tok_[j].tag;
  WordId aux = tok_[j].lower;
  bool to = prev == P::TO && j + 1 == k;
  bool content = In(cur, Tags(P::NN, P::JJ, P::VB, P::VBP, P::VBD, P::VBN));
  if ((prev == P::MD || to || (keys_.IsDo(aux) && IsVerb(prev))) && content && Contains(can, P::VB)) {
    // "alternatives to oil ,": a noun that ends the phrase stays a noun.
    bool phrase_ends = to && cur == P::NN && Tag(k + 1) == P::kPunct;
    if (cur != P::VB && !phrase_ends) Set(k, P::VB);
    return;
  }
  if (!IsAuxiliaryVerb(j)) return;
  if (j + 1 == k && cur == P::JJ && Contains(can, P::RB) && k + 1 < n_ &&
      (options_[k + 1] & (Bit(P::VBN) | Bit(P::VBG))) != 0 && In(Tag(k + 1), Tags(P::VBN, P::VBD, P::VBG))) {
    Set(k, P::RB);  // "have long rejected", "is already fighting"
    return;
  }
  if (keys_.IsHave(aux) && In(cur, Tags(P::VBD, P::VB, P::VBP, P::JJ)) && Contains(can, P::VBN)) {
    Set(k, P::VBN);
  } else if ((keys_.IsBe(aux) || keys_.IsGet(aux)) && (cur == P::VBD || (cur == P::NN && j + 1 == k)) &&
             Contains(can, P::VBN)) {
    Set(k, P::VBN);  // passive: "was struck", "were kidnapped", "was shot dead"
  } else if (keys_.IsBe(aux) && In(cur, Tags(P::NN, P::JJ)) && Contains(can, P::VBG) && j + 1 == k) {
    Set(k, P::VBG);  // "is meeting"
  } else if (keys_.IsBe(aux) && cur == P::JJ && Contains(can, P::VBN) && Lower(k + 1) == keys_.by) {
    Set(k, P::VBN);  // "was wounded by"
  }
}

// "the attack", "new sanctions", "two attacks", "its demand": nouns after
// determiners, possessives, adjectives and numbers.
void SentenceRules::NounPosition(uint32_t k) {
  if (k == 0 || IsAuxiliaryWord(tok_[k].lower)) return;
  TagSet can = options_[k];
  PosTag cur = tok_[k].tag;
  PosTag prev = Tag(k - 1), next = Tag(k + 1);
  // "the French military in", "the UN chief made": an adjective that heads its phrase.
  if (cur == P::JJ && Contains(can, P::NN) && (In(prev, kPremodifiers) || IsNoun(prev)) && prev != P::CD &&
      In(next, Tags(P::IN, P::kPunct, P::kPeriod, P::VBD, P::VBZ, P::MD, P::kNone))) {
    Set(k, P::NN);
    return;
  }
  // "asset freezes and bans on travel"
  if (prev == P::CC && k >= 2 && In(Tag(k - 2), Tags(P::NNS, P::NN)) && In(cur, Tags(P::VBZ, P::VBP, P::VB)) &&
      Contains(can, Tag(k - 2)) && !In(next, kObjectStarts & ~Tags(P::NNP, P::NNS))) {
    Set(k, Tag(k - 2));
    return;
  }
  // "Egyptian and Saudi troops staged joint military exercises near ...": after the
  // clause's verb, a plural that ends an adjective-noun-noun phrase is no second verb.
  if (cur == P::VBZ && Contains(can, P::NNS) && clause_has_finite_verb_ && prev == P::NN && Tag(k - 2) == P::JJ &&
      In(next, Tags(P::IN, P::kPunct, P::kPeriod, P::CC))) {
    Set(k, P::NNS);
    return;
  }
  // "expressed hopes that", "voiced concerns over": a plural noun, not a
  // second finite verb, right after a past-tense verb.
  if (cur == P::VBZ && Contains(can, P::NNS) && prev == P::VBD) {
    Set(k, P::NNS);
    return;
  }
  if (!In(prev, kPremodifiers)) return;
  if (In(cur, Tags(P::VB, P::VBP)) && Contains(can, P::NN)) {
    Set(k, P::NN);
  } else if (cur == P::VBZ && Contains(can, P::NNS)) {
    Set(k, P::NNS);
  } else if (In(cur, Tags(P::VBD, P::VBN)) && Tag(k - 1) != P::CD && Contains(can, P::JJ) &&
             In(Tag(k + 1), Tags(P::NN, P::NNS, P::NNP, P::NNPS, P::JJ))) {
    Set(k, P::JJ);  // "the wounded soldiers"
  } else if (cur == P::VBG && Tag(k - 1) == P::DT && Contains(can, P::NN) &&
             (Tag(k + 1) == P::IN || In(Tag(k + 1), kClauseBreaks))) {
    Set(k, P::NN);  // "the shelling of", "the fighting."
  }
}

// "Police arrest protesters", "Russia shells Kyiv", "they attack": a word
// that can be a noun or a verb, after a subject and before an object, is the verb.
void SentenceRules::SubjectVerb(uint32_t k, int64_t j) {
  if (j < 0 || clause_has_finite_verb_) return;
  TagSet can = options_[k];
  PosTag cur = tok_[k].tag;
  if (!In(cur, Tags(P::NN, P::NNS, P::VB)) || (can & kFiniteVerbTags) == 0) return;
  PosTag subject = tok_[j].tag;
  bool pronoun = subject == P::PRP && keys_.IsSubjectPronoun(tok_[j].lower);
  if (!pronoun && !In(subject, kSubjects & ~Bit(P::PRP))) return;
  // A singular noun takes "attacks"/"attacked", not "attack": "a surprise visit
  // to" is a compound noun, not "surprise" doing the visiting.
  if (subject == P::NN && cur == P::NN && !Contains(can, P::VBD)) return;
  PosTag next = Tag(k + 1);
  bool plural_subject = pronoun || In(subject, Tags(P::NNS, P::NNPS));
  bool object_follows = In(next, kObjectStarts) || (next == P::TO && plural_subject) || next == P::RP ||
                        (In(next, Tags(P::RB)) && plural_subject) || (next == P::IN && (cur == P::VB || pronoun));
  if (!pronoun && !object_follows) return;
  if (pronoun && cur == P::NN && !object_follows && next != P::IN) return;
  if (cur == P::VB && !Contains(can, P::VBP) && Contains(can, P::VB)) {
    Set(k, P::VBP);
  } else if (cur == P::NNS && Contains(can, P::VBZ)) {
    Set(k, P::VBZ);
  } else if (Contains(can, P::VBD)) {
    Set(k, P::VBD);
  } else if (Contains(can, P::VBP) || Contains(can, P::VB)) {
    Set(k, P::VBP);
  } else if (Contains(can, P::VBZ)) {
    Set(k, P::VBZ);
  }
}

// Past tense or participle: "Gunmen kidnapped two", but "a man kidnapped by",
// "has kidnapped"; base form or present: "they meet", "to meet".
void SentenceRules::Participle(uint32_t k, int64_t j) {
  TagSet can = options_[k];
  PosTag cur = tok_[k].tag;
  if (j < 0) return;
  PosTag prev = tok_[j].tag;
  PosTag next = Tag(k + 1);
  bool after_aux = IsAuxiliaryVerb(j) && (keys_.IsBe(tok_[j].lower) || keys_.IsHave(tok_[j].lower) ||
                                          keys_.IsGet(tok_[j].lower));
  bool pronoun = prev == P::PRP && keys_.IsSubjectPronoun(tok_[j].lower);
  // "Russian troops occupied the town": a past form the lexicon ranks as an
  // adjective is the verb when a subject precedes, an object follows and the
  // clause has no verb yet.
  if (cur == P::JJ && Contains(can, P::VBD) && j + 1 == k && !clause_has_finite_verb_ &&
      In(prev, Tags(P::NNS, P::NNPS, P::NNP)) && In(next, Tags(P::DT, P::PRPS, P::NNP, P::CD))) {
    Set(k, P::VBD);
    return;
  }
  // "Fornost and Gondor welcome a resumption": the same for a present form
  // after a plural subject (a plural noun, or names joined by a conjunction).
  if (cur == P::JJ && Contains(can, P::VBP) && j + 1 == k && !clause_has_finite_verb_ &&
      (In(prev, Tags(P::NNS, P::NNPS)) || (prev == P::NNP && Tag(j - 1) == P::CC && Tag(j - 2) == P::NNP)) &&
      In(next, Tags(P::DT, P::PRPS, P::CD))) {
    Set(k, P::VBP);
    return;
  }
  if (In(cur, Tags(P::VBN, P::VBD)) && Contains(can, P::VBD) && Contains(can, P::VBN) && !after_aux) {
    bool subject = In(prev, kSubjects & ~Tags(P::WP, P::WDT));
    PosTag tag = cur;
    if (pronoun || prev == P::WDT || prev == P::WP) {
      tag = P::VBD;  // "she hoped", "which attacked"
    } else if (subject) {
      // "Gunmen kidnapped dozens" but "two men sought in", "a report released Tuesday
      // ... alleged", "officials accused of": a participle unless an object follows
      // and the clause has no verb yet.
      // The lexicon's ranking decides the rest: "said on Saturday" (mostly
      // past tense) against "believed to be" (mostly participle).
      // "burned down its embassy": look past a particle for the object.
      uint32_t after = In(next, Tags(P::RP, P::RB)) ? k + 2 : k + 1;
      // "Eriador expressed hopes that": a plural noun the lexicon ranks as a verb.
      bool object = In(Tag(after), kObjectStarts) || Lower(after) == keys_.that ||
                    (after == k + 1 && Tag(after) == P::VBZ && Contains(options_[after], P::NNS));
      bool by = Lower(k + 1) == keys_.by;
      // Passive participles rarely take a direct object, so an object decides
      // even after an earlier verb: "officials said the ministry summoned the envoy".
      bool strong_object = object && (Tag(after) != P::NNP || !clause_has_finite_verb_);
      if (by) {
        tag = P::VBN;
      } else if (strong_object) {
        tag = P::VBD;
      } else if (clause_has_finite_verb_) {
        tag = P::VBN;
      } else {
        // "two men sought in ... were": a participle when the clause's verb is still to come.
        tag = FiniteVerbAhead(k + 1) ? P::VBN : P::VBD;
      }
    } else if (prev == P::CC && j + 1 == k && In(next, kObjectStarts)) {
      tag = P::VBD;  // "condemned the attack and promised aid"
    } else if (In(prev, Tags(P::IN, P::DT, P::PRPS, P::JJ, P::VB, P::VBG, P::VBN, P::TO, P::POS))) {
      tag = P::VBN;  // "meet with exiled dissidents": no subject, no past tense
    }
    Set(k, tag);
  } else if (cur == P::VB && !clause_has_finite_verb_ && Contains(can | Tags(P::VBP), P::VBP)) {
    bool subject = pronoun || In(prev, Tags(P::NNS, P::NNPS, P::WDT, P::WP));
    if (subject) Set(k, P::VBP);
  } else if (cur == P::VBP && j + 1 == k && (prev == P::TO || prev == P::MD)) {
    Set(k, P::VB);
  } else if (cur == P::NN && Contains(can, P::VBG) && In(next, Tags(P::DT, P::PRPS, P::PRP, P::CD)) &&
             prev != P::DT) {
    Set(k, P::VBG);  // ", offering further support", "contributed to planning the massacres"
  }
}

}  // namespace

void ApplyContextRules(const KeyWords& keys, Token* tokens, const TagSet* options, uint32_t n) {
  SentenceRules(keys, tokens, options, n).Run();
}

}  // namespace casus
