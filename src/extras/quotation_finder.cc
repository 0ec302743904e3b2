#include "extras/quotation_finder.h"

#include <algorithm>

#include "code/noun_phrase_actor.h"
#include "core/text_util.h"
#include "parse/clause_structure.h"

namespace casus {

namespace {

// A quotation opened by token `open` whose words are tokens (open, inner_end);
// `close` is the closing mark, or kNone for a quote that runs on into the next
// paragraph's quote without a closing mark of its own.
struct QuoteTokens {
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t open = 0, inner_end = 0, close = kNone;
};

// A quote longer than this many sentences without its closing mark is a stray mark.
constexpr uint32_t kMaxQuoteSentences = 12;
// Quotes of fewer words are scare quotes or titles ("a “volcano”") unless attributed.
constexpr uint32_t kMinUnattributedWords = 4;

bool IsWordToken(const Token& t) { return !t.Has(kPunctuation); }

}  // namespace

struct QuotationFinder::Mark {
  enum Kind : uint8_t { kOpen, kClose, kEither };
  uint32_t token = 0;
  Kind kind = kEither;
};

struct QuotationFinder::Attribution {
  int speaker = -1;    // noun phrase that names the speaker
  int described = -1;  // appositive or "for"/"at" phrase that may carry the code ("a spokesman for the ministry")
  WordId verb = kNoWord;
};

QuotationFinder::QuotationFinder(Vocabulary& vocab)
    : reporting_verbs_(vocab, {"say", "tell", "add", "warn", "insist", "claim", "state", "declare", "explain",
                               "write", "note", "argue", "ask", "reply", "respond", "announce", "comment",
                               "conclude", "stress", "urge", "admit", "acknowledge", "confirm", "deny", "suggest",
                               "recall", "complain", "predict", "tweet", "shout", "whisper", "continue",
                               "observe", "remark", "emphasise", "emphasize", "say", "caution", "assert",
                               "maintain", "concede", "recount", "joke", "plead", "vow", "promise", "threaten",
                               "demand", "announce", "answer", "counter", "retort", "yell", "scream", "cry"}),
      person_pronouns_(vocab, {"he", "she"}),
      comma_(vocab.Intern(",")),
      according_(vocab.Intern("according")),
      to_(vocab.Intern("to")),
      of_(vocab.Intern("of")),
      for_(vocab.Intern("for")),
      at_(vocab.Intern("at")),
      with_(vocab.Intern("with")),
      according_to_(vocab.Intern("according to")) {
  and_ = vocab.Intern("and");
  or_ = vocab.Intern("or");
  that_ = vocab.Intern("that");
  by_ = vocab.Intern("by");
  continue_ = vocab.Intern("continue");
}

// Quotation marks: curly marks say which side they are; a straight mark is an
// opener after a space and before a word, a closer after a word, else it alternates.
void QuotationFinder::FindMarks(const Doc& doc, std::vector<Mark>& marks) const {
  marks.clear();
  const std::string& text = doc.text;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.tag != PosTag::kQuote) continue;
    std::string_view s = doc.Surface(t);
    if (s == "\u201C") {
      marks.push_back({i, Mark::kOpen});
    } else if (s == "\u201D") {
      marks.push_back({i, Mark::kClose});
    } else if (s == "\"") {
      auto space_or_edge = [&](size_t at, bool before) {
        if (before ? at == 0 : at >= text.size()) return true;
        char c = text[before ? at - 1 : at];
        return IsAsciiSpace(c) || (before ? (c == '(' || c == '[') : (c == '.' || c == ',' || c == ';' || c == ':' ||
                                                                        c == '?' || c == '!' || c == ')'));
      };
      bool space_before = space_or_edge(t.begin, true), space_after = space_or_edge(t.end, false);
      Mark::Kind kind = space_before && !space_after ? Mark::kOpen
                        : space_after && !space_before ? Mark::kClose
                                                       : Mark::kEither;
      marks.push_back({i, kind});
    }
  }
}

WordId QuotationFinder::VerbLemma(const Doc& doc, uint32_t vg) const {
  const Token& head = doc.tokens[doc.phrases[vg].head];
  return head.lemma != kNoWord ? head.lemma : head.lower;
}

// The reporting verb group at token t (adverbs before it skipped), or -1.
int QuotationFinder::ReportingVerbAt(const Doc& doc, const TokenMaps& maps, uint32_t t) const {
  while (t < doc.tokens.size() && IsAdverb(doc.tokens[t].tag) && maps.phrase_of_token[t] < 0) ++t;
  if (t >= doc.tokens.size()) return -1;
  int p = maps.phrase_of_token[t];
  if (p < 0 || doc.phrases[static_cast<uint32_t>(p)].kind != PhraseKind::kVerb) return -1;
  const Phrase& vg = doc.phrases[static_cast<uint32_t>(p)];
  // A lone "said" the tagger read as a participle ("A spokesman for X said in a
  // statement ...") is the reporting verb; a real passive is not.
  bool passive = (vg.flags & kPassive) && !((vg.flags & kParticiple) && vg.end == vg.first + 1);
  if (vg.first != t || passive || (vg.flags & kNegated)) return -1;
  return reporting_verbs_.Contains(VerbLemma(doc, static_cast<uint32_t>(p))) ? p : -1;
}

// Past the speaker noun phrase `np`: a "for"/"at"/"with" phrase ("a spokesman
// for the ministry") and an appositive (", Russia's foreign minister,") ending
// in a comma or the sentence end. Sets `described` to the phrase that may carry
// the speaker's code. Returns the first token after them.
uint32_t QuotationFinder::SkipAppositive(const Doc& doc, const TokenMaps& maps, uint32_t np, uint32_t end,
                                         int& described) const {
  described = -1;
  uint32_t j = doc.phrases[np].end;
  auto prep_tail = [&](uint32_t at, int& phrase) -> uint32_t {
    if (at + 1 < end) {
      WordId w = doc.tokens[at].lower;
      if (w == for_ || w == at_ || w == with_ || w == of_) {
        int p = maps.PhraseStartingAt(doc, at + 1, PhraseKind::kNoun);
        if (p >= 0) {
          phrase = p;
          return doc.phrases[static_cast<uint32_t>(p)].end;
        }
      }
    }
    return at;
  };
  // "the chairman of the joint chiefs of staff": up to three phrases; the first names the body.
  for (int hop = 0, tail = -1; hop < 3; ++hop) {
    uint32_t next = prep_tail(j, tail);
    if (next == j) break;
    if (described < 0) described = tail;
    j = next;
  }
  if (j + 1 < end && doc.tokens[j].lower == comma_) {
    int appositive = maps.PhraseStartingAt(doc, j + 1, PhraseKind::kNoun);
    if (appositive >= 0 && !(doc.phrases[static_cast<uint32_t>(appositive)].flags & kPronoun)) {
      int tail = -1;
      uint32_t k = prep_tail(doc.phrases[static_cast<uint32_t>(appositive)].end, tail);
      bool closed = k >= end || doc.tokens[k].lower == comma_ || doc.tokens[k].tag == PosTag::kPeriod;
      if (closed) {
        if (described < 0) described = appositive;
        if (tail >= 0 && described == appositive) described = tail;  // "the head of the agency": the agency
        j = k < end && doc.tokens[k].lower == comma_ ? k + 1 : k;
      }
    }
  }
  return j;
}

// "Lavrov said", "Sergei Lavrov, Russia's foreign minister, told reporters",
// "a spokesman for the ministry said" starting at token t.
bool QuotationFinder::SpeakerThenVerb(const Doc& doc, const TokenMaps& maps, uint32_t t, uint32_t end,
                                      Attribution& out) const {
  int np = maps.PhraseStartingAt(doc, t, PhraseKind::kNoun);
  if (np < 0) return false;
  int described = -1;
  uint32_t j = SkipAppositive(doc, maps, static_cast<uint32_t>(np), end, described);
  if (j >= end) return false;
  int v = ReportingVerbAt(doc, maps, j);
  if (v < 0) return false;
  out = {np, described, VerbLemma(doc, static_cast<uint32_t>(v))};
  return true;
}

// The attribution right after the closing mark: ", Lavrov said", ", said
// Lavrov", ", according to X". A quote ending in "?" or "!" may end the
// sentence for the splitter ("“Stop!” he shouted."): then the next sentence's start.
bool QuotationFinder::AttributionAfter(const Doc& doc, const TokenMaps& maps, uint32_t close,
                                       Attribution& out) const {
  uint32_t s = maps.sentence_of_token[close];
  uint32_t t = close + 1, end = doc.sentences[s].end_token;
  if (t >= end) {
    if (close == 0 || s + 1 >= doc.sentences.size()) return false;
    std::string_view last = doc.Surface(doc.tokens[close - 1]);
    if (last != "?" && last != "!") return false;
    t = doc.sentences[s + 1].first_token;
    end = doc.sentences[s + 1].end_token;
  }
  while (t < end && doc.tokens[t].lower == comma_) ++t;
  if (t >= end) return false;
  if (doc.tokens[t].lower == according_ && t + 2 < end && doc.tokens[t + 1].lower == to_) {
    int np = maps.PhraseStartingAt(doc, t + 2, PhraseKind::kNoun);
    if (np < 0) return false;
    out.speaker = np;
    SkipAppositive(doc, maps, static_cast<uint32_t>(np), end, out.described);
    out.verb = according_to_;
    return true;
  }
  if (int v = ReportingVerbAt(doc, maps, t); v >= 0) {  // "said Sergei Lavrov, Russia's foreign minister"
    int np = maps.PhraseStartingAt(doc, doc.phrases[static_cast<uint32_t>(v)].end, PhraseKind::kNoun);
    if (np < 0) return false;
    out.speaker = np;
    SkipAppositive(doc, maps, static_cast<uint32_t>(np), end, out.described);
    out.verb = VerbLemma(doc, static_cast<uint32_t>(v));
    return true;
  }
  return SpeakerThenVerb(doc, maps, t, end, out);
}

// The attribution before the opening mark, in its sentence but after `floor`
// (the previous quotation's closing mark): "According to X, “...”", or the
// nearest reporting verb and its subject ("Lavrov told reporters: “...”",
// "Lavrov said the talks were “constructive”", "“...,” he said, “...”").
bool QuotationFinder::AttributionBefore(const Doc& doc, const TokenMaps& maps, uint32_t open, uint32_t floor,
                                        Attribution& out) const {
  uint32_t s = maps.sentence_of_token[open];
  const Sentence& sentence = doc.sentences[s];
  uint32_t start = std::max(sentence.first_token, floor);
  for (uint32_t t = start; t + 2 < open; ++t) {
    if (doc.tokens[t].lower != according_ || doc.tokens[t + 1].lower != to_) continue;
    int np = maps.PhraseStartingAt(doc, t + 2, PhraseKind::kNoun);
    if (np < 0) continue;
    out.speaker = np;
    SkipAppositive(doc, maps, static_cast<uint32_t>(np), open, out.described);
    out.verb = according_to_;
    return true;
  }
  int verb = -1;
  for (uint32_t t = open; t-- > start;) {
    int p = maps.phrase_of_token[t];
    if (p >= 0 && doc.phrases[static_cast<uint32_t>(p)].kind == PhraseKind::kVerb &&
        doc.phrases[static_cast<uint32_t>(p)].first >= start &&
        ReportingVerbAt(doc, maps, doc.phrases[static_cast<uint32_t>(p)].first) == p &&
        VerbLemma(doc, static_cast<uint32_t>(p)) != continue_) {  // "continue to battle" reports nothing
      verb = p;
      break;
    }
  }
  if (verb < 0) return false;
  const Phrase& vg = doc.phrases[static_cast<uint32_t>(verb)];
  ClauseStructure clause(doc, s, maps.phrase_of_token, ClauseWords{and_, or_, that_, by_});
  int subject = clause.Subject(static_cast<uint32_t>(verb));
  if (subject >= 0 && doc.phrases[static_cast<uint32_t>(subject)].first >= start &&
      doc.phrases[static_cast<uint32_t>(subject)].end <= vg.first) {
    out.speaker = subject;
    SkipAppositive(doc, maps, static_cast<uint32_t>(subject), vg.first, out.described);
    // "Rex Tillerson, then US secretary of state, said": the subject found is the
    // appositive; the name before it speaks, and the appositive describes it.
    const Phrase& found = doc.phrases[static_cast<uint32_t>(subject)];
    bool comma_after = false;
    for (uint32_t t = found.end; t < vg.first; ++t) comma_after = comma_after || doc.tokens[t].lower == comma_;
    uint32_t j = found.first;
    while (j > start && IsAdverb(doc.tokens[j - 1].tag) && maps.phrase_of_token[j - 1] < 0) --j;
    if (comma_after && j >= start + 2 && doc.tokens[j - 1].lower == comma_) {
      int name = maps.phrase_of_token[j - 2];
      if (name >= 0) {
        const Phrase& named = doc.phrases[static_cast<uint32_t>(name)];
        if (named.kind == PhraseKind::kNoun && named.end == j - 1 && named.first >= start &&
            IsProperNoun(doc.tokens[named.head].tag) && !(named.flags & kPronoun)) {
          out.speaker = name;
          out.described = subject;
        }
      }
    }
  } else if (int np = maps.PhraseStartingAt(doc, vg.end, PhraseKind::kNoun);
             np >= 0 && doc.phrases[static_cast<uint32_t>(np)].end <= open) {  // ", said Lavrov: “...”"
    out.speaker = np;
    SkipAppositive(doc, maps, static_cast<uint32_t>(np), open, out.described);
  } else {
    // No subject the clause structure accepts: the noun phrase right before the
    // verb, or the one its "for"/"of" phrase hangs on ("A spokesman for X said").
    int before = vg.first > start ? maps.phrase_of_token[vg.first - 1] : -1;
    if (before < 0 || doc.phrases[static_cast<uint32_t>(before)].kind != PhraseKind::kNoun ||
        doc.phrases[static_cast<uint32_t>(before)].first < start)
      return false;
    out.speaker = before;
    uint32_t first = doc.phrases[static_cast<uint32_t>(before)].first;
    if (first >= start + 2) {
      WordId prep = doc.tokens[first - 1].lower;
      int head = maps.phrase_of_token[first - 2];
      if ((prep == for_ || prep == of_ || prep == at_) && head >= 0 &&
          doc.phrases[static_cast<uint32_t>(head)].kind == PhraseKind::kNoun &&
          doc.phrases[static_cast<uint32_t>(head)].first >= start) {
        out.speaker = head;
        out.described = before;
      }
    }
  }
  out.verb = VerbLemma(doc, static_cast<uint32_t>(verb));
  return true;
}

namespace {

// A code that may stand for "he" or "she": a singular noun phrase with a
// country and a role ("RUSGOV"), a role alone ("GOV"), a named person; not a
// bare country, an IGO or a plural ("refugees").
bool SpeakerLike(const Doc& doc, const TokenMaps& maps, const Phrase& np, const ActorRef& ref) {
  if (!ref.present()) return false;
  PosTag head = doc.tokens[np.head].tag;
  if (head == PosTag::NNS || head == PosTag::NNPS) return false;  // "he" is one person
  std::string_view code = doc.words.Text(ref.code);
  if (code.size() > 3 && code.substr(0, 3) != "IGO" && code.substr(0, 3) != "NGO") return true;
  int m = maps.mention_of_token[np.head];
  return m >= 0 && doc.mentions[static_cast<uint32_t>(m)].kind == MentionKind::kAgent;
}

}  // namespace

// The speaker's actor: the noun phrase's own code, else its appositive's; "he"
// or "she" takes the nearest earlier person-like noun phrase outside quotes, in
// this sentence or the two before, and keeps its own words as the text.
ActorRef QuotationFinder::SpeakerActor(Doc& doc, const TokenMaps& maps, const Attribution& a,
                                       const std::vector<uint8_t>& quoted) const {
  const Phrase np = doc.phrases[static_cast<uint32_t>(a.speaker)];
  ActorRef ref;
  ref.begin = doc.tokens[np.first].begin;
  ref.end = doc.tokens[np.end - 1].end;
  if (np.flags & kPronoun) {
    if (!person_pronouns_.Contains(doc.tokens[np.first].lower)) return ref;
    // Clear only when every candidate has the same code ("Putin met Erdogan. ... he said" is not).
    for (uint32_t p = static_cast<uint32_t>(a.speaker); p-- > 0;) {
      const Phrase candidate = doc.phrases[p];
      if (candidate.sentence + 2 < np.sentence) break;
      if (candidate.kind != PhraseKind::kNoun || (candidate.flags & kPronoun) || quoted[candidate.first]) continue;
      ActorRef found = ResolveNounPhraseActor(doc, candidate, maps.mention_of_token, of_);
      if (!SpeakerLike(doc, maps, candidate, found)) continue;
      if (ref.code != kNoWord && ref.code != found.code) {
        ref.code = kNoWord;
        break;
      }
      ref.code = found.code;
    }
    return ref;
  }
  ActorRef own = ResolveNounPhraseActor(doc, np, maps.mention_of_token, of_);
  if (own.present()) {
    ref.code = own.code;
    ref.begin = std::min(ref.begin, own.begin);
    ref.end = std::max(ref.end, own.end);
  }
  if (a.described < 0) return ref;
  // "a spokesman for the United Nations": a bare role takes the body it speaks for.
  std::string_view own_code = own.present() ? doc.words.Text(own.code) : std::string_view();
  int m = maps.mention_of_token[np.head];
  bool bare_role = !own.present() || (own_code.size() == 3 && m >= 0 &&
                                      doc.mentions[static_cast<uint32_t>(m)].kind == MentionKind::kAgent);
  if (!bare_role) return ref;
  ActorRef body = ResolveNounPhraseActor(doc, doc.phrases[static_cast<uint32_t>(a.described)], maps.mention_of_token, of_);
  if (!body.present()) return ref;
  std::string code(doc.words.Text(body.code));
  if (code.size() == 3 && own.present() && code != own_code) code += own_code;  // "a spokesman for Russia": RUSGOV
  ref.code = doc.words.Intern(code);
  return ref;
}

void QuotationFinder::Find(Doc& doc, const TokenMaps& maps) const {
  doc.quotations.clear();
  thread_local std::vector<Mark> marks;
  thread_local std::vector<QuoteTokens> quotes;
  thread_local std::vector<uint8_t> quoted;
  FindMarks(doc, marks);
  quotes.clear();

  // Pair the marks. An opener while a quote is open starts a new paragraph of
  // the same speech (news style leaves the earlier paragraph unclosed): the
  // open quote ends with the sentence before the new opener.
  const uint32_t kClosed = QuoteTokens::kNone;
  uint32_t open = kClosed;
  for (const Mark& mark : marks) {
    bool opens = mark.kind == Mark::kOpen || (mark.kind == Mark::kEither && open == kClosed);
    if (open != kClosed &&
        maps.sentence_of_token[mark.token] > maps.sentence_of_token[open] + kMaxQuoteSentences)
      open = kClosed;  // a stray mark long ago
    if (opens) {
      if (open != kClosed) {
        uint32_t s = maps.sentence_of_token[mark.token];
        uint32_t inner_end = doc.sentences[s].first_token;
        if (s > maps.sentence_of_token[open] && inner_end > open + 1) quotes.push_back({open, inner_end, kClosed});
      }
      open = mark.token;
    } else if (open != kClosed) {
      if (mark.token > open + 1) quotes.push_back({open, mark.token, mark.token});
      open = kClosed;
    }
  }

  quoted.assign(doc.tokens.size(), 0);
  for (const QuoteTokens& q : quotes)
    for (uint32_t t = q.open; t < q.inner_end; ++t) quoted[t] = 1;

  thread_local std::vector<uint8_t> unclosed;  // per quotation: a paragraph the next quote goes on from
  unclosed.clear();
  uint32_t floor = 0;                 // attributions before a quote start after the previous quote
  int32_t previous = -1;              // last quotation with a speaker
  uint32_t previous_reach = 0;        // sentence where that quotation and its attribution end
  for (const QuoteTokens& q : quotes) {
    Attribution a;
    bool attributed = (q.close != kClosed && AttributionAfter(doc, maps, q.close, a)) ||
                      AttributionBefore(doc, maps, q.open, floor, a);
    uint32_t words = 0, capitalized = 0;
    for (uint32_t t = q.open + 1; t < q.inner_end; ++t) {
      words += IsWordToken(doc.tokens[t]) ? 1 : 0;
      capitalized += IsWordToken(doc.tokens[t]) && doc.tokens[t].Has(kCapitalized) ? 1 : 0;
    }
    floor = q.close != kClosed ? q.close + 1 : q.inner_end;
    if (!attributed && words < kMinUnattributedWords) continue;
    // “Women’s Defense Forces”, “Operation Olive Branch”: a name, not a quotation.
    if (!attributed && words < 8 && capitalized + 1 >= words) continue;

    Quotation quotation;
    quotation.sentence = maps.sentence_of_token[q.open];
    uint32_t begin = doc.tokens[q.open].end;
    uint32_t end = q.close != kClosed ? doc.tokens[q.close].begin : doc.tokens[q.inner_end - 1].end;
    std::string_view inner = doc.Surface(begin, end);
    while (!inner.empty() && (IsAsciiSpace(inner.front()))) inner.remove_prefix(1), ++begin;
    while (!inner.empty() && (IsAsciiSpace(inner.back()) || inner.back() == ',')) inner.remove_suffix(1), --end;
    quotation.quote = {begin, end};
    uint32_t reach = maps.sentence_of_token[q.inner_end - 1];
    if (attributed) {
      quotation.speaker = SpeakerActor(doc, maps, a, quoted);
      quotation.verb = a.verb;
      const Phrase& speaker = doc.phrases[static_cast<uint32_t>(a.speaker)];
      reach = std::max(reach, speaker.sentence);
    } else if (previous >= 0 && quotation.sentence <= previous_reach + 1) {
      // The quote goes straight on after the previous one ("“...,” he said. “...”"): the same speaker.
      quotation.speaker = doc.quotations[static_cast<uint32_t>(previous)].speaker;
      quotation.verb = doc.quotations[static_cast<uint32_t>(previous)].verb;
    }
    doc.quotations.push_back(quotation);
    unclosed.push_back(q.close == kClosed);
    if (quotation.speaker.begin != quotation.speaker.end) {
      previous = static_cast<int32_t>(doc.quotations.size() - 1);
      previous_reach = reach;
    }
  }
  // "“First paragraph ... “Second paragraph,” Lavrov said.": the attribution
  // at the end of a speech names the speaker of its earlier paragraphs.
  for (size_t i = doc.quotations.size(); i-- > 1;) {
    Quotation& earlier = doc.quotations[i - 1];
    if (unclosed[i - 1] && earlier.speaker.begin == earlier.speaker.end) {
      earlier.speaker = doc.quotations[i].speaker;
      earlier.verb = doc.quotations[i].verb;
    }
  }
}

}  // namespace casus
