// The Doc: one document flowing through the pipeline. It owns the immutable
// original text and flat arrays of small structs that index into it. Every
// span is [begin, end) in UTF-8 bytes of `text`, so that
// text.substr(begin, end - begin) is exactly the surface the span names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "casus/pos_tag.h"
#include "casus/vocabulary.h"

namespace casus {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
};

// Token flags, set by the tokenizer and tagger.
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,   // first letter upper case
  kAllCaps = 1 << 1,       // every letter upper case, at least two letters
  kNumber = 1 << 2,        // digits, possibly with , . separators
  kPunctuation = 1 << 3,   // no letter or digit
  kSentenceStart = 1 << 4, // first token of its sentence
  kAfterQuote = 1 << 5,    // follows an opening quotation mark
  kHyphenated = 1 << 6,
};

struct Token {
  uint32_t begin = 0, end = 0;  // bytes in Doc::text
  WordId form = kNoWord;        // normalized surface: NFC, straight quotes, '-' for dashes
  WordId lower = kNoWord;       // lower-cased normalized surface, what dictionaries match
  WordId lemma = kNoWord;       // base form (lower case)
  PosTag tag = PosTag::kNone;
  uint16_t flags = 0;
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  uint32_t begin = 0, end = 0;              // bytes
  uint32_t first_token = 0, end_token = 0;  // [first_token, end_token) in Doc::tokens
};

enum class PhraseKind : uint8_t { kNoun, kVerb, kPrepositional };

// A chunk: a noun phrase or verb group. Tokens [first, end), head token index.
struct Phrase {
  PhraseKind kind = PhraseKind::kNoun;
  uint32_t first = 0, end = 0, head = 0;
  uint32_t sentence = 0;
  uint16_t flags = 0;  // PhraseFlag
};

enum PhraseFlag : uint16_t {
  kPassive = 1 << 0,   // verb group: "was attacked"
  kNegated = 1 << 1,   // verb group: "did not attack", "never attacked"
  kModal = 1 << 2,     // verb group with would/could/may/might/should
  kFuture = 1 << 3,    // will / going to / plans to / threatens to
  kInfinitive = 1 << 4,// "to attack"
  kGerund = 1 << 5,
  kParticiple = 1 << 6,// participle clause, ", killing ..."
  kPronoun = 1 << 7,   // noun phrase that is a pronoun
  kTimePhrase = 1 << 8,// noun phrase that is a date or day: "Monday", "17 July 2017"; never an actor
};

}  // namespace casus

namespace casus {

enum class MentionKind : uint8_t { kActor, kAgent };

// A dictionary hit on tokens [first, end) of one sentence: an actor (country,
// organisation, person, group) or an agent word (a role: GOV, MIL, ...).
struct Mention {
  MentionKind kind = MentionKind::kActor;
  uint32_t first = 0, end = 0;  // tokens
  uint32_t sentence = 0;
  WordId code = kNoWord;        // "CHN", "IGOUNO", "GOV", "CHNGOV" (Doc::words)
  uint32_t entry = 0;           // dictionary entry index, for explanations
};

// One side of an event: the actor code and the phrase it was read from.
struct ActorRef {
  WordId code = kNoWord;  // kNoWord: no actor on this side
  uint32_t begin = 0, end = 0;  // bytes of the phrase in Doc::text
  bool present() const { return code != kNoWord; }
};

enum EventFlag : uint16_t {
  kEventNegated = 1 << 0,
  kEventFuture = 1 << 1,
  kEventHypothetical = 1 << 2,
  kEventHistorical = 1 << 3,
  kEventQuestion = 1 << 4,
  // Internal, never written: a subordinate event (TABARI "[023?]", our plain
  // statements) that is dropped when its sentence yields another event.
  kEventSubordinate = 1 << 15,
};

struct Event {
  uint32_t sentence = 0;
  uint16_t cameo = 0;      // index into CameoTable
  uint16_t flags = 0;      // EventFlag
  ActorRef source, target;
  Span trigger;            // bytes of the verb or noun that triggered the event
  uint32_t pattern = 0;    // index of the verb pattern that matched, for explanations
  int32_t day = 0;         // days since 1970-01-01 when known, else 0 (the document date)
  int32_t place = -1;      // index into Doc::places: where it happened, or -1 (unknown)
};

// ---------------------------------------------------------------------------
// Extras (written with `casus code --extras`): filled by later stages when
// PipelineOptions asks for them; the event coder never depends on them.

// A direct quotation and who said it.
struct Quotation {
  uint32_t sentence = 0;   // sentence where the quotation begins
  Span quote;              // the quoted words, without the quotation marks
  ActorRef speaker;        // code kNoWord when the speaker has no actor code; begin==end when unknown
  WordId verb = kNoWord;   // lemma of the reporting verb ("say", "tell"), in Doc::words
};

enum class CountKind : uint8_t { kKill, kWound, kArrest, kDetain, kKidnap, kDisplace, kProtest, kOther };

// A reported number of people: "at least six people were killed".
struct ReportedCount {
  uint32_t sentence = 0;
  Span text;               // "at least six people"
  int64_t number = 0;      // 6
  CountKind kind = CountKind::kOther;
  ActorRef actor;          // who is counted, when an actor code is clear
  int32_t event = -1;      // index into Doc::events it belongs to, or -1
};

// A resolved place: a gazetteer entry named in the text (or by the dateline).
struct Place {
  Span text;               // the words that name it ("Kharkiv", "southern Helmand province")
  WordId name = kNoWord;   // gazetteer name, in Doc::words
  WordId admin1 = kNoWord; // first-level region name, or kNoWord
  WordId country = kNoWord;// ISO 3166 alpha-3 ("MEX")
  double lat = 0, lon = 0;
};

// A document. Readers fill id/date/text; stages fill the arrays. Reused per
// worker: Reset keeps the arrays' capacity so steady-state coding allocates little.
struct Doc {
  explicit Doc(const Vocabulary* shared) : words(shared) {}

  void Reset(std::string new_id, std::string new_text, std::string new_date) {
    id = std::move(new_id);
    text = std::move(new_text);
    date = std::move(new_date);
    skipped.clear();
    dateline = {};
    sentences.clear();
    tokens.clear();
    phrases.clear();
    mentions.clear();
    events.clear();
    quotations.clear();
    counts.clear();
    places.clear();
    words.Clear();
  }

  std::string_view Surface(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view Surface(const Token& t) const { return Surface(t.begin, t.end); }

  std::string id;
  std::string text;  // the original bytes; never modified after Reset
  std::string date;  // YYYY-MM-DD, or empty when unknown

  std::vector<Span> skipped;  // boilerplate spans (captions, bylines, ...) not coded
  Span dateline;              // "BEIJING (Reuters) -": a place for the article, not coded
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Phrase> phrases;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<Quotation> quotations;
  std::vector<ReportedCount> counts;
  std::vector<Place> places;
  LocalVocabulary words;
};

}  // namespace casus
