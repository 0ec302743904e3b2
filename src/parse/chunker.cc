#include "parse/chunker.h"

#include <algorithm>

namespace casus {

Chunker::Chunker(Vocabulary& vocab)
    : be_(vocab.Intern("be")), get_(vocab.Intern("get")), have_(vocab.Intern("have")), do_(vocab.Intern("do")),
      not_(vocab.Intern("not")), nt_(vocab.Intern("n't")), never_(vocab.Intern("never")),
      to_(vocab.Intern("to")), going_(vocab.Intern("going")), of_(vocab.Intern("of")),
      and_(vocab.Intern("and")), will_(vocab.Intern("will")), shall_(vocab.Intern("shall")),
      ll_(vocab.Intern("'ll")), would_(vocab.Intern("would")), could_(vocab.Intern("could")),
      may_(vocab.Intern("may")), might_(vocab.Intern("might")), should_(vocab.Intern("should")),
      must_(vocab.Intern("must")), can_(vocab.Intern("can")) {
  for (auto w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                 "tomorrow", "tonight"})
    day_words_.push_back(vocab.Intern(w));
  for (auto w : {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                 "nov.", "dec."})
    month_words_.push_back(vocab.Intern(w));
  for (auto w : {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades"})
    time_units_.push_back(vocab.Intern(w));
  last_ = vocab.Intern("last");
  than_ = vocab.Intern("than");
  next_ = vocab.Intern("next");
  this_ = vocab.Intern("this");
  past_ = vocab.Intern("past");
  ago_ = vocab.Intern("ago");
}

uint32_t Chunker::TimeExpressionEnd(const Doc& doc, uint32_t i, uint32_t end) const {
  if (IsDayWord(doc.tokens[i])) return i + 1;
  auto month_at = [&](uint32_t k) {
    return k < end && doc.tokens[k].Has(kCapitalized) &&
           std::find(month_words_.begin(), month_words_.end(), doc.tokens[k].lower) != month_words_.end();
  };
  auto number_at = [&](uint32_t k) { return k < end && doc.tokens[k].Has(kNumber); };
  uint32_t k = i;
  if (number_at(k) && month_at(k + 1)) ++k;  // "17 July"
  if (!month_at(k)) return i;
  ++k;
  bool dated = k > i + 1;
  if (number_at(k)) ++k, dated = true;                         // "July 17", "July 2017"
  if (k + 1 < end && doc.Surface(doc.tokens[k]) == "," && number_at(k + 1)) k += 2;  // "Dec. 11, 2009"
  else if (number_at(k)) ++k;                                   // "17 July 2017"
  // A month alone ("May", "March") is a date only where a number dates it.
  return dated ? k : i;
}

bool Chunker::StartsTimePhrase(const Doc& doc, uint32_t i, uint32_t end) const {
  auto unit_at = [&](uint32_t k) {
    return k < end && std::find(time_units_.begin(), time_units_.end(), doc.tokens[k].lower) != time_units_.end();
  };
  WordId w = doc.tokens[i].lower;
  if ((w == last_ || w == next_ || w == this_ || w == past_) && unit_at(i + 1)) return true;
  return doc.tokens[i].tag == PosTag::CD && unit_at(i + 1) && i + 2 < end && doc.tokens[i + 2].lower == ago_;
}

bool Chunker::IsDayWord(const Token& t) const {
  for (WordId w : day_words_)
    if (t.lower == w) return true;
  return false;
}

Status Chunker::Process(Doc& doc) const {
  doc.phrases.clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) ChunkSentence(doc, s);
  return Status::Ok();
}

namespace {
bool StartsNoun(PosTag t) {
  return IsNoun(t) || IsAdjective(t) || t == PosTag::DT || t == PosTag::PDT || t == PosTag::PRPS ||
         t == PosTag::CD;
}
bool ContinuesNoun(PosTag t) { return IsNoun(t) || IsAdjective(t) || t == PosTag::CD || t == PosTag::POS; }
}  // namespace

// A verb group: [MD] [adverbs] (have|be|get)* main-verb, or "to" + verb.
uint32_t Chunker::VerbGroupEnd(const Doc& doc, uint32_t i, uint32_t end) const {
  uint32_t j = i;
  uint32_t last_verb = UINT32_MAX;
  while (j < end) {
    const Token& t = doc.tokens[j];
    // "will abandon improved relations", "seek renewed talks": a participle
    // after a base-form main verb modifies its object.
    auto auxiliary = [&](const Token& v) { return v.lemma == be_ || v.lemma == have_ || v.lemma == get_ || v.lemma == do_; };
    if ((t.tag == PosTag::VBN || t.tag == PosTag::VBD) && !auxiliary(t) && last_verb != UINT32_MAX &&
        doc.tokens[last_verb].tag == PosTag::VB && !auxiliary(doc.tokens[last_verb]))
      break;
    if (IsVerb(t.tag) || t.tag == PosTag::MD) {
      last_verb = j;
      ++j;
    } else if ((IsAdverb(t.tag) || t.lower == nt_ || t.lower == not_) && j + 1 < end &&
               (IsVerb(doc.tokens[j + 1].tag) ||
                (IsAdverb(doc.tokens[j + 1].tag) && j + 2 < end && IsVerb(doc.tokens[j + 2].tag))) &&
               last_verb != UINT32_MAX) {
      ++j;  // "has not yet attacked", "will strongly oppose"
    } else if (t.tag == PosTag::TO && last_verb != UINT32_MAX && j + 1 < end && doc.tokens[j + 1].tag == PosTag::VB &&
               doc.tokens[last_verb].lower == going_) {
      ++j;  // "is going to attack"
    } else {
      break;
    }
  }
  return last_verb == UINT32_MAX ? i : last_verb + 1;
}

uint32_t Chunker::NounPhraseEnd(const Doc& doc, uint32_t i, uint32_t end) const {
  uint32_t j = i;
  uint32_t last_good = i;
  bool seen_start = false;
  while (j < end) {
    const Token& t = doc.tokens[j];
    PosTag tag = t.tag;
    bool ok = false;
    if (seen_start && (TimeExpressionEnd(doc, j, end) > j || StartsTimePhrase(doc, j, end))) {
      // "The United States military yesterday gave": the phrase ends before the date.
      if (IsAdjective(doc.tokens[j - 1].tag) || IsNoun(doc.tokens[j - 1].tag)) last_good = j;
      break;
    }
    if (!seen_start) {
      ok = StartsNoun(tag);
    } else if (ContinuesNoun(tag)) {
      ok = true;
    } else if ((tag == PosTag::VBN || tag == PosTag::VBG) && j + 1 < end && IsNoun(doc.tokens[j + 1].tag) &&
               !IsNoun(doc.tokens[j - 1].tag)) {
      ok = true;  // "the armed forces", "the ruling party"
    } else if (t.lower == than_ && doc.tokens[j - 1].tag == PosTag::JJR && j + 1 < end && doc.tokens[j + 1].tag == PosTag::CD) {
      ok = true;  // "more than 16,000 Syrians"
    } else if (tag == PosTag::DT && doc.tokens[j - 1].tag == PosTag::POS) {
      ok = true;
    } else if (t.lower == of_ && j + 1 < end && doc.tokens[j - 1].Has(kCapitalized) &&
               doc.tokens[j + 1].Has(kCapitalized) && IsProperNoun(doc.tokens[j + 1].tag)) {
      ok = true;  // "Bank of England", "Ministry of Defence"
    }
    if (!ok) break;
    seen_start = true;
    ++j;
    if (IsNoun(tag) || tag == PosTag::CD || tag == PosTag::POS) last_good = j;
    else if (IsAdjective(tag) && j < end && !StartsNoun(doc.tokens[j].tag)) last_good = j;  // "the wounded"
  }
  return last_good;
}

void Chunker::ChunkSentence(Doc& doc, uint32_t sentence) const {
  size_t first_phrase = doc.phrases.size();
  ChunkTokens(doc, sentence);
  auto make_main_verb = [&](Phrase& ph) {
    ph.flags = static_cast<uint16_t>(ph.flags & ~(kParticiple | kPassive));
    doc.tokens[ph.head].tag = PosTag::VBD;
  };
  // A sentence needs a main verb. The first verb group, when it looks like a
  // participle right after its subject and takes an object or an infinitive
  // ("Minister Sacconi expressed pessimism", "North Korea threatened to
  // shell"), is the main verb; "troops backed by Russia" keeps its "by".
  for (size_t p = first_phrase; p < doc.phrases.size(); ++p) {
    Phrase& ph = doc.phrases[p];
    if (ph.kind != PhraseKind::kVerb) continue;
    if (!(ph.flags & kParticiple) || doc.tokens[ph.head].tag != PosTag::VBN) break;
    if (p == first_phrase || p + 1 >= doc.phrases.size()) break;
    const Phrase& before = doc.phrases[p - 1];
    const Phrase& after = doc.phrases[p + 1];
    bool subject_before = before.kind == PhraseKind::kNoun && before.end == ph.first && !(before.flags & kTimePhrase);
    bool object_after = after.first == ph.end && ((after.kind == PhraseKind::kNoun && !(after.flags & kTimePhrase)) ||
                                                 (after.kind == PhraseKind::kVerb && (after.flags & kInfinitive)));
    if (subject_before && object_after) make_main_verb(ph);
    break;
  }
  // When every verb group still looks like a participle ("Piccoli, Vice
  // President of ..., condemned the attacks"), the first past-tense-looking one
  // that has an object after it is the main verb.
  for (size_t p = first_phrase; p < doc.phrases.size(); ++p) {
    const Phrase& ph = doc.phrases[p];
    if (ph.kind == PhraseKind::kVerb && !(ph.flags & (kParticiple | kInfinitive | kGerund))) return;
  }
  for (size_t p = first_phrase; p + 1 < doc.phrases.size(); ++p) {
    Phrase& ph = doc.phrases[p];
    if (ph.kind != PhraseKind::kVerb || !(ph.flags & kParticiple) || doc.tokens[ph.head].tag != PosTag::VBN) continue;
    if (p == first_phrase || doc.phrases[p + 1].kind != PhraseKind::kNoun) continue;
    if (doc.phrases[p + 1].first != ph.end) continue;
    make_main_verb(ph);
    return;
  }
}

void Chunker::ChunkTokens(Doc& doc, uint32_t sentence) const {
  const Sentence& s = doc.sentences[sentence];
  uint32_t i = s.first_token;
  while (i < s.end_token) {
    const Token& t = doc.tokens[i];
    if (t.tag == PosTag::PRP || t.tag == PosTag::EX ||
        ((t.tag == PosTag::WP || t.tag == PosTag::WDT) && i + 1 < s.end_token && (IsVerb(doc.tokens[i + 1].tag) || doc.tokens[i + 1].tag == PosTag::MD))) {
      doc.phrases.push_back({PhraseKind::kNoun, i, i + 1, i, sentence, kPronoun});
      ++i;
      continue;
    }
    bool infinitive = t.tag == PosTag::TO && i + 1 < s.end_token && doc.tokens[i + 1].tag == PosTag::VB;
    if (IsVerb(t.tag) || t.tag == PosTag::MD || infinitive) {
      uint32_t start = infinitive ? i + 1 : i;
      uint32_t end = VerbGroupEnd(doc, start, s.end_token);
      if (end > start) {
        Phrase p{PhraseKind::kVerb, i, end, end - 1, sentence, 0};
        uint16_t flags = infinitive ? kInfinitive : 0;
        bool saw_be = false;
        for (uint32_t k = start; k < end; ++k) {
          const Token& v = doc.tokens[k];
          if (v.lower == not_ || v.lower == nt_ || v.lower == never_) flags |= kNegated;
          if (v.lower == will_ || v.lower == shall_ || v.lower == ll_) flags |= kFuture;
          if (v.lower == going_ && k + 1 < end && doc.tokens[k + 1].lower == to_) flags |= kFuture;
          if (v.lower == would_ || v.lower == could_ || v.lower == may_ || v.lower == might_ ||
              v.lower == should_ || v.lower == must_ || v.lower == can_)
            flags |= kModal;
          if (k + 1 < end && (v.lemma == be_ || v.lemma == get_)) saw_be = true;
        }
        const Token& head = doc.tokens[end - 1];
        if (head.tag == PosTag::VBN && saw_be) flags |= kPassive;
        if (head.tag == PosTag::VBG && end - start == 1) flags |= kGerund;
        if (end - start == 1 && (head.tag == PosTag::VBG || head.tag == PosTag::VBN) && i > s.first_token &&
            (doc.tokens[i - 1].tag == PosTag::kPunct || IsNoun(doc.tokens[i - 1].tag)))
          flags |= kParticiple;  // ", killing six people"; "troops backed by Russia"
        if ((flags & kParticiple) && head.tag == PosTag::VBN) flags |= kPassive;
        p.flags = flags;
        doc.phrases.push_back(p);
        i = end;
        continue;
      }
    }
    if (uint32_t date_end = TimeExpressionEnd(doc, i, s.end_token); date_end > i) {
      doc.phrases.push_back({PhraseKind::kNoun, i, date_end, date_end - 1, sentence, kTimePhrase});
      i = date_end;
      continue;
    }
    if (StartsNoun(t.tag)) {
      uint32_t end = NounPhraseEnd(doc, i, s.end_token);
      if (end > i) {
        uint32_t head = end - 1;
        while (head > i && (doc.tokens[head].tag == PosTag::POS || !IsNoun(doc.tokens[head].tag))) --head;
        doc.phrases.push_back({PhraseKind::kNoun, i, end, head, sentence, 0});
        i = end;
        continue;
      }
    }
    ++i;
  }
}

}  // namespace casus
