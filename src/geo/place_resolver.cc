#include "geo/place_resolver.h"

#include <algorithm>
#include <initializer_list>

#include "text/token_form.h"

namespace casus {
namespace {

// Two readings of a name are told apart by prominence only when one is at least
// this many times the other: "Paris" (2.1 million) is France's, "Reading" (England
// 318,000, Pennsylvania 88,000) needs a qualifier or a country in the text.
constexpr double kDominance = 10;
// A country named in the document picks its reading of a name unless that reading
// is this many times less prominent than the first one: "Reading" is Pennsylvania's
// in an article about the United States, "Moscow" stays Russia's (Moscow, Idaho has
// 25,000 people) and "Geneva" Switzerland's.
constexpr double kContextReach = 5;
// Words between a place preposition and the name: "in the northern Syrian city of".
constexpr uint32_t kMaxCueDistance = 6;

void AddWords(Vocabulary& vocab, std::unordered_set<WordId>& set, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) set.insert(vocab.Intern(w));
}

bool Contains(const std::vector<WordId>& v, WordId id) { return std::find(v.begin(), v.end(), id) != v.end(); }

void AddUnique(std::vector<WordId>& v, WordId id) {
  if (id != kNoWord && !Contains(v, id)) v.push_back(id);
}

bool WrittenAsName(const Token& t) { return t.Has(kCapitalized) || t.Has(kAllCaps); }

// The index of the token that starts at or after byte `begin`.
uint32_t TokenAt(const Doc& doc, uint32_t begin) {
  auto token = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), begin,
                                [](const Token& t, uint32_t byte) { return t.begin < byte; });
  return static_cast<uint32_t>(token - doc.tokens.begin());
}

}  // namespace

// Per-thread buffers, reused from document to document.
struct PlaceResolver::Scratch {
  std::vector<WordId> words;            // lower-case ids of the document's tokens
  std::vector<uint8_t> in_mention;      // token covered by an actor mention ("Afghan")
  std::vector<int32_t> first_actor_at;  // per token: the first actor mention covering it, or -1
  std::vector<WordId> doc_countries, sentence_countries;
  std::vector<WordId> mention_countries;  // per mention: its country as context, or kNoWord
  std::vector<uint32_t> candidates;
  std::vector<PlaceKind> place_kinds;      // per doc.places entry
  std::vector<uint8_t> place_quoted;       // per doc.places entry: named inside a quotation
  std::vector<uint8_t> quoted;             // per token: inside double quotation marks
  std::vector<uint32_t> sentence_places;   // per sentence: first index into doc.places
  std::vector<uint8_t> sentence_unresolved;// per sentence: a place phrase stayed ambiguous
  std::vector<int32_t> phrase_of_token;    // for clause structure, built when a statement event needs it
  bool phrase_of_token_built = false;
  text::TokenFormBuilder forms;          // dateline words
};

PlaceResolver::PlaceResolver(const Gazetteer* gazetteer, const CameoTable* cameo, Vocabulary& vocab)
    : gazetteer_(gazetteer), cameo_(cameo) {
  clause_words_ = ClauseWords{vocab.Intern("and"), vocab.Intern("or"), vocab.Intern("that"), vocab.Intern("by")};
  AddWords(vocab, complementizers_, {"that", "whether", "if", "how", "why", "what", "when"});
  AddWords(vocab, prepositions_, {"in", "near", "outside", "at", "around", "across", "throughout", "inside",
                                  "within", "into", "nearby"});
  // "the outskirts of Damascus", "north of Baghdad", "the city of Aleppo".
  AddWords(vocab, location_nouns_, {"city", "town", "village", "province", "region", "state", "governorate",
                                    "district", "area", "outskirts", "suburb", "suburbs", "centre", "center",
                                    "heart", "streets", "port", "county", "island", "enclave", "stronghold",
                                    "north", "south", "east", "west", "north-east", "north-west", "south-east",
                                    "south-west", "northeast", "northwest", "southeast", "southwest"});
  AddWords(vocab, region_types_, {"province", "region", "state", "governorate", "oblast", "prefecture", "territory"});
  AddWords(vocab, city_types_, {"city"});
  AddWords(vocab, directions_, {"northern", "southern", "eastern", "western", "central", "north-eastern",
                                "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
                                "southeastern", "southwestern", "north", "south", "east", "west", "far",
                                "neighbouring", "neighboring", "rebel-held", "government-held", "occupied"});
  AddWords(vocab, determiners_, {"the", "a", "an", "its", "their", "his", "her", "this", "that"});
  // Lower-case words inside names: "Rio de Janeiro", "Bosnia and Herzegovina".
  AddWords(vocab, name_joiners_, {"de", "do", "da", "dos", "das", "of", "the", "al", "el", "la", "le", "les", "du",
                                  "des", "del", "y", "upon", "on", "sur", "am", "an", "and", "-", "es", "ez", "az",
                                  "ad", "ar", "as", "ash"});
  for (WordId w : region_types_) name_joiners_.insert(w);
  for (WordId w : city_types_) name_joiners_.insert(w);
  of_ = vocab.Intern("of");
  possessive_ = vocab.Intern("'s");
  comma_ = vocab.Intern(",");
  capital_ = vocab.Intern("capital");
  double_quote_ = vocab.Intern("\"");
}

PhraseTrie::Match PlaceResolver::LongestName(const Doc& doc, const Scratch& scratch, uint32_t first,
                                             uint32_t end) const {
  PhraseTrie::Match best;
  if (!WrittenAsName(doc.tokens[first])) return best;
  gazetteer_->trie().ForEach(std::span<const WordId>(scratch.words.data() + first, end - first),
                             [&](const PhraseTrie::Match& m) {
                               const Token& last = doc.tokens[first + m.length - 1];
                               if (WrittenAsName(last) || name_joiners_.count(last.lower)) {
                                 for (uint32_t k = first + 1; k < first + m.length; ++k) {
                                   const Token& t = doc.tokens[k];
                                   if (!WrittenAsName(t) && !name_joiners_.count(t.lower)) return;
                                 }
                                 best = m;
                               }
                             });
  return best;
}

// A mention that is itself a town's or region's name ("Tripoli" as Libya's
// government) is no evidence for which town the name means.
bool PlaceResolver::NamesAPlace(const Scratch& scratch, const Mention& m) const {
  PhraseTrie::Match match = gazetteer_->trie().Longest(
      std::span<const WordId>(scratch.words.data() + m.first, m.end - m.first));
  if (match.length != m.end - m.first) return false;
  for (uint32_t i : match.payloads)
    if (gazetteer_->entry(i).kind != PlaceKind::kCountry) return true;
  return false;
}

// "Obama" (a town in Japan) in "the Obama administration": the name is an actor's
// whose country has no place of that name.
bool PlaceResolver::NamesSomeoneElse(const Doc& doc, const Scratch& scratch, uint32_t first, uint32_t end) const {
  // Mentions before the first actor covering `first` cannot cover it: starting
  // there keeps a document of many mentions linear.
  const int32_t start = scratch.first_actor_at[first];
  if (start < 0) return false;
  for (size_t i = static_cast<size_t>(start); i < doc.mentions.size(); ++i) {
    const Mention& mention = doc.mentions[i];
    if (mention.kind != MentionKind::kActor || mention.first > first || mention.end < end) continue;
    WordId country = gazetteer_->CountryOfActor(doc.words.Text(mention.code));
    if (country == kNoWord) return false;
    PhraseTrie::Match match = gazetteer_->trie().Longest(std::span<const WordId>(scratch.words.data() + first, end - first));
    return std::none_of(match.payloads.begin(), match.payloads.end(),
                        [&](uint32_t c) { return gazetteer_->entry(c).country == country; });
  }
  return false;
}

PlaceResolver::Cue PlaceResolver::FindCue(const Doc& doc, const Scratch& scratch, uint32_t sentence_first,
                                          uint32_t first) const {
  uint32_t skipped = 0;
  for (uint32_t k = first; k > sentence_first && skipped <= kMaxCueDistance; --k, ++skipped) {
    const Token& t = doc.tokens[k - 1];
    if (prepositions_.count(t.lower)) return skipped == 0 ? Cue::kAdjacentPreposition : Cue::kPreposition;
    if (t.lower == of_ && k - 1 > sentence_first && location_nouns_.count(doc.tokens[k - 2].lower))
      return Cue::kLocationNoun;
    bool skippable = determiners_.count(t.lower) || directions_.count(t.lower) || IsAdjective(t.tag) ||
                     scratch.in_mention[k - 1] || t.lower == capital_ || t.lower == possessive_ ||
                     (t.lower == comma_ && k - 1 > sentence_first && doc.tokens[k - 2].lower == capital_);
    if (!skippable) return Cue::kNone;
  }
  return Cue::kNone;
}

int32_t PlaceResolver::Choose(std::vector<uint32_t>& c, const std::vector<WordId>& sentence_countries,
                              const std::vector<WordId>& doc_countries) const {
  if (c.empty()) return -1;
  auto entry = [&](uint32_t i) -> const GazetteerEntry& { return gazetteer_->entry(i); };
  // The usual reading ("Washington": the capital) when our additions name one.
  uint32_t preferred = 0, preferred_entry = 0;
  for (uint32_t i : c)
    if (entry(i).preferred) ++preferred, preferred_entry = i;
  if (preferred == 1) return static_cast<int32_t>(preferred_entry);
  // Within one country, the most specific reading: "Kharkiv" is the city, not its
  // oblast, unless a type word chose the region; a country keeps its own name
  // ("Djibouti", "Kuwait").
  std::vector<uint32_t> kept;
  for (uint32_t i : c) {
    bool beaten = false;
    for (uint32_t j : c) {
      if (i == j || entry(i).country != entry(j).country) continue;
      const PlaceKind a = entry(i).kind, b = entry(j).kind;
      if (a == PlaceKind::kCountry) continue;
      if (b == PlaceKind::kCountry || b > a) beaten = true;
    }
    if (!beaten) kept.push_back(i);
  }
  c.swap(kept);
  if (c.size() == 1) return static_cast<int32_t>(c[0]);
  double top = 0;
  for (uint32_t i : c) top = std::max(top, entry(i).prominence);
  for (const std::vector<WordId>* countries : {&sentence_countries, &doc_countries}) {
    kept.clear();
    for (uint32_t i : c)
      if (Contains(*countries, entry(i).country) && entry(i).prominence * kContextReach >= top) kept.push_back(i);
    if (!kept.empty() && kept.size() < c.size()) {
      c.swap(kept);
      break;
    }
  }
  if (c.size() == 1) return static_cast<int32_t>(c[0]);
  std::sort(c.begin(), c.end(), [&](uint32_t a, uint32_t b) { return entry(a).prominence > entry(b).prominence; });
  if (entry(c[0]).prominence >= kDominance * entry(c[1]).prominence) return static_cast<int32_t>(c[0]);
  return -1;
}

void PlaceResolver::AddPlace(Doc& doc, Scratch& scratch, uint32_t entry_index, Span text, bool quoted) const {
  const GazetteerEntry& e = gazetteer_->entry(entry_index);
  Place p;
  p.text = text;
  p.name = e.name;
  p.admin1 = e.admin1;
  p.country = e.country;
  p.lat = e.lat;
  p.lon = e.lon;
  doc.places.push_back(p);
  scratch.place_kinds.push_back(e.kind);
  scratch.place_quoted.push_back(quoted ? 1 : 0);
}

// "KABUL, Afghanistan (Reuters) -": the place is the first segment, a second segment
// that names a country or region qualifies it.
int32_t PlaceResolver::ResolveDateline(Doc& doc, Scratch& scratch) const {
  std::string_view line = doc.Surface(doc.dateline.begin, doc.dateline.end);
  size_t stop = line.find_first_of(",(");
  std::string_view segments[2] = {line.substr(0, stop), {}};
  if (stop != std::string_view::npos && line[stop] == ',') {
    std::string_view rest = line.substr(stop + 1);
    segments[1] = rest.substr(0, rest.find_first_of(",("));
  }
  // Lower-case ids of each segment's words, then the phrase they spell exactly.
  auto lookup = [&](std::string_view segment, std::vector<uint32_t>& out) {
    std::vector<WordId> ids;
    Token token;
    size_t pos = 0;
    while (pos < segment.size()) {
      size_t next = segment.find(' ', pos);
      if (next == std::string_view::npos) next = segment.size();
      std::string_view word = segment.substr(pos, next - pos);
      while (!word.empty() && (word.back() == '-' || word.back() == ':')) word.remove_suffix(1);
      if (!word.empty()) {
        scratch.forms.Build(word, {}, 0, doc, token);
        ids.push_back(token.lower);
      }
      pos = next + 1;
    }
    out.clear();
    if (ids.empty()) return;
    gazetteer_->trie().ForEach(ids, [&](const PhraseTrie::Match& m) {
      if (m.length == ids.size()) out.assign(m.payloads.begin(), m.payloads.end());
    });
  };
  lookup(segments[0], scratch.candidates);
  if (scratch.candidates.empty()) return -1;
  std::vector<uint32_t> qualifiers;
  if (!segments[1].empty()) lookup(segments[1], qualifiers);
  std::vector<WordId> qualifier_countries;
  for (uint32_t q : qualifiers) AddUnique(qualifier_countries, gazetteer_->entry(q).country);
  int32_t chosen = Choose(scratch.candidates, qualifier_countries, scratch.doc_countries);
  if (chosen < 0) return -1;
  AddPlace(doc, scratch, static_cast<uint32_t>(chosen), doc.dateline, false);
  return static_cast<int32_t>(doc.places.size() - 1);
}

Status PlaceResolver::Process(Doc& doc) const {
  doc.places.clear();
  for (Event& e : doc.events) e.place = -1;
  if (gazetteer_->empty()) return Status::Ok();
  thread_local Scratch scratch;
  scratch.place_kinds.clear();
  scratch.place_quoted.clear();
  scratch.phrase_of_token_built = false;
  const auto n_tokens = static_cast<uint32_t>(doc.tokens.size());
  scratch.words.resize(n_tokens);
  for (uint32_t t = 0; t < n_tokens; ++t) scratch.words[t] = doc.tokens[t].lower;
  scratch.in_mention.assign(n_tokens, 0);
  scratch.first_actor_at.assign(n_tokens, -1);
  MarkQuotations(doc, scratch);
  scratch.doc_countries.clear();
  scratch.mention_countries.resize(doc.mentions.size());
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    for (uint32_t t = m.first; t < m.end; ++t) {
      scratch.in_mention[t] = 1;
      if (m.kind == MentionKind::kActor && scratch.first_actor_at[t] < 0) scratch.first_actor_at[t] = static_cast<int32_t>(i);
    }
    scratch.mention_countries[i] = NamesAPlace(scratch, m) ? kNoWord : gazetteer_->CountryOfActor(doc.words.Text(m.code));
    AddUnique(scratch.doc_countries, scratch.mention_countries[i]);
  }
  int32_t dateline_place = doc.dateline.empty() ? -1 : ResolveDateline(doc, scratch);
  if (dateline_place >= 0) AddUnique(scratch.doc_countries, doc.places[dateline_place].country);

  const auto n_sentences = static_cast<uint32_t>(doc.sentences.size());
  scratch.sentence_places.assign(n_sentences + 1, 0);
  scratch.sentence_unresolved.assign(n_sentences, 0);
  size_t mention = 0;
  for (uint32_t s = 0; s < n_sentences; ++s) {
    scratch.sentence_places[s] = static_cast<uint32_t>(doc.places.size());
    scratch.sentence_countries.clear();
    while (mention < doc.mentions.size() && doc.mentions[mention].sentence < s) ++mention;
    for (size_t m = mention; m < doc.mentions.size() && doc.mentions[m].sentence == s; ++m)
      AddUnique(scratch.sentence_countries, scratch.mention_countries[m]);
    FindSentencePlaces(doc, scratch, s);
  }
  scratch.sentence_places[n_sentences] = static_cast<uint32_t>(doc.places.size());
  PlaceEvents(doc, scratch, dateline_place);
  return Status::Ok();
}

void PlaceResolver::FindSentencePlaces(Doc& doc, Scratch& scratch, uint32_t s) const {
  const Sentence& sentence = doc.sentences[s];
  // The previous name found, for "Syria's Hama province".
  uint32_t previous_first = 0, previous_end = 0;
  int32_t previous_place = -1;
  std::span<const uint32_t> previous_payloads;
  uint32_t i = sentence.first_token;
  while (i < sentence.end_token) {
    PhraseTrie::Match m = LongestName(doc, scratch, i, sentence.end_token);
    if (m.length == 0) {
      ++i;
      continue;
    }
    const uint32_t first = i;
    uint32_t end = first + m.length;
    uint32_t next = end;  // where scanning goes on
    scratch.candidates.assign(m.payloads.begin(), m.payloads.end());
    auto keep_if = [&](auto&& pred) {
      std::vector<uint32_t> kept;
      for (uint32_t c : scratch.candidates)
        if (pred(gazetteer_->entry(c))) kept.push_back(c);
      if (!kept.empty()) scratch.candidates.swap(kept);
      return !kept.empty();
    };
    // "Hama province", "Kharkiv city".
    bool typed = false;
    if (end < sentence.end_token) {
      WordId after = doc.tokens[end].lower;
      if (region_types_.count(after))
        typed = keep_if([](const GazetteerEntry& e) { return e.kind == PlaceKind::kAdmin1 || e.kind == PlaceKind::kRegion; });
      else if (city_types_.count(after))
        typed = keep_if([](const GazetteerEntry& e) { return e.kind == PlaceKind::kCity; });
      if (typed) next = ++end;
    }
    // "Paris, Texas", "Aleppo, Syria"; not "Mexico, Mexico would".
    bool qualified = false;
    const bool names_country = std::any_of(m.payloads.begin(), m.payloads.end(), [&](uint32_t c) {
      return gazetteer_->entry(c).kind == PlaceKind::kCountry;
    });
    if (!names_country && end + 1 < sentence.end_token && doc.tokens[end].lower == comma_) {
      PhraseTrie::Match q = LongestName(doc, scratch, end + 1, sentence.end_token);
      for (uint32_t qi : q.payloads) {
        const GazetteerEntry& qe = gazetteer_->entry(qi);
        if (qe.kind != PlaceKind::kCountry && qe.kind != PlaceKind::kAdmin1) continue;
        qualified = keep_if([&](const GazetteerEntry& e) {
          return e.kind > qe.kind && e.country == qe.country && (qe.kind == PlaceKind::kCountry || e.admin1 == qe.name);
        });
        if (qualified) break;
      }
      if (qualified) next = end = end + 1 + q.length;
    }
    // "Syria's Hama province": the country before "'s" qualifies the name.
    uint32_t begin = first;
    bool possessed = false;
    if (first >= sentence.first_token + 2 && doc.tokens[first - 1].lower == possessive_ &&
        previous_end == first - 1) {
      for (uint32_t pi : previous_payloads) {
        const GazetteerEntry& pe = gazetteer_->entry(pi);
        if (pe.kind != PlaceKind::kCountry) continue;
        possessed = keep_if([&](const GazetteerEntry& e) { return e.kind != PlaceKind::kCountry && e.country == pe.country; });
        if (possessed) break;
      }
      if (possessed) begin = previous_first;
    }
    // "Chatham House", "Manchester United", "the Washington Post": a longer name.
    const bool longer_name = !typed && !qualified && first + m.length < sentence.end_token &&
                             WrittenAsName(doc.tokens[first + m.length]);
    const Cue cue = longer_name || NamesSomeoneElse(doc, scratch, first, first + m.length)
                        ? Cue::kNone
                        : FindCue(doc, scratch, sentence.first_token, begin);
    const bool common = gazetteer_->entry(m.payloads[0]).common;
    // Names that are also words ("Reading", "Nice") need a preposition right before
    // them, "city of", or a qualifier; other names any place cue, a type word or a
    // possessive country.
    bool place_phrase = common ? (cue == Cue::kAdjacentPreposition || cue == Cue::kLocationNoun || qualified)
                               : (cue != Cue::kNone || typed || qualified || (possessed && !longer_name));
    if (!place_phrase) {
      previous_first = first;
      previous_end = first + m.length;
      previous_payloads = m.payloads;
      previous_place = -1;
      i = first + m.length;
      continue;
    }
    int32_t chosen = Choose(scratch.candidates, scratch.sentence_countries, scratch.doc_countries);
    if (chosen < 0) {
      scratch.sentence_unresolved[s] = 1;
    } else {
      // "in southern Helmand province": the direction is part of the place's words.
      if (begin > sentence.first_token && directions_.count(doc.tokens[begin - 1].lower) &&
          !doc.tokens[begin - 1].Has(kSentenceStart))
        --begin;
      if (possessed && previous_place >= 0 && previous_place + 1 == static_cast<int32_t>(doc.places.size())) {
        doc.places.pop_back();  // "in Syria's Hama province" is one place, Hama
        scratch.place_kinds.pop_back();
        scratch.place_quoted.pop_back();
      }
      AddPlace(doc, scratch, static_cast<uint32_t>(chosen), Span{doc.tokens[begin].begin, doc.tokens[end - 1].end},
               scratch.quoted[first]);
      AddUnique(scratch.doc_countries, doc.places.back().country);
    }
    previous_first = first;
    previous_end = first + m.length;
    previous_payloads = m.payloads;
    previous_place = chosen < 0 ? -1 : static_cast<int32_t>(doc.places.size() - 1);
    i = next;
  }
}

// Tokens inside double quotation marks. A quotation left open ends with its
// paragraph, as news copy leaves a paragraph's closing mark out when the quote goes on.
void PlaceResolver::MarkQuotations(const Doc& doc, Scratch& scratch) const {
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  scratch.quoted.assign(n, 0);
  bool open = false;
  for (uint32_t t = 0; t < n; ++t) {
    const Token& token = doc.tokens[t];
    if (t > 0 && doc.Surface(doc.tokens[t - 1].end, token.begin).find('\n') != std::string_view::npos) open = false;
    if (token.form == double_quote_) {
      open = !open;
      continue;
    }
    scratch.quoted[t] = open ? 1 : 0;
  }
}

// A statement (CAMEO roots 01-05: say, appeal, intend, consult, cooperate) is
// made where its own clause says; a place in the clause it reports ("said the
// attack in Kabul killed ...", "said that ...") or in a later clause is where the
// reported thing happened. The reported clause starts at a complementizer after
// the verb or at the subject of the next finite verb, whichever comes first.
uint32_t PlaceResolver::StatementClauseEnd(const Doc& doc, Scratch& scratch, const Event& e,
                                           uint32_t trigger_token) const {
  const Sentence& sentence = doc.sentences[e.sentence];
  const std::string& root = cameo_->at(e.cameo).root;
  if (root.size() != 2 || root[0] != '0' || root[1] < '1' || root[1] > '5') return sentence.end_token;
  if (!scratch.phrase_of_token_built) {
    scratch.phrase_of_token.assign(doc.tokens.size(), -1);
    for (uint32_t p = 0; p < doc.phrases.size(); ++p)
      for (uint32_t t = doc.phrases[p].first; t < doc.phrases[p].end; ++t)
        scratch.phrase_of_token[t] = static_cast<int32_t>(p);
    scratch.phrase_of_token_built = true;
  }
  if (trigger_token >= scratch.phrase_of_token.size()) return sentence.end_token;
  const int verb = scratch.phrase_of_token[trigger_token];
  if (verb < 0 || doc.phrases[static_cast<uint32_t>(verb)].kind != PhraseKind::kVerb) return sentence.end_token;
  const Phrase& vg = doc.phrases[static_cast<uint32_t>(verb)];
  ClauseStructure clause(doc, e.sentence, scratch.phrase_of_token, clause_words_);
  uint32_t reported = clause.ClauseEnd(static_cast<uint32_t>(verb));
  if (reported < sentence.end_token) {
    int next = scratch.phrase_of_token[reported];
    int subject = next >= 0 ? clause.Subject(static_cast<uint32_t>(next)) : -1;
    if (subject >= 0 && doc.phrases[static_cast<uint32_t>(subject)].first >= vg.end)
      reported = doc.phrases[static_cast<uint32_t>(subject)].first;
  }
  for (uint32_t t = vg.end; t < reported; ++t) {
    if (complementizers_.count(doc.tokens[t].lower) && scratch.phrase_of_token[t] < 0) return t;
  }
  return reported;
}

// Each event: its sentence's most specific place, nearest the trigger; else the
// dateline's, unless the sentence names a place we could not resolve. A place inside
// a quotation is where the quoted events happened, not where the words were said:
// it places only events whose trigger is inside the quotation too; a place outside
// a statement's own clause does not place the statement (StatementClauseEnd).
void PlaceResolver::PlaceEvents(Doc& doc, Scratch& scratch, int32_t dateline_place) const {
  for (Event& e : doc.events) {
    const uint32_t trigger_token = TokenAt(doc, e.trigger.begin);
    auto trigger = doc.tokens.begin() + trigger_token;
    const uint8_t trigger_quoted = trigger == doc.tokens.end() ? 0 : scratch.quoted[trigger_token];
    const uint32_t from = scratch.sentence_places[e.sentence], to = scratch.sentence_places[e.sentence + 1];
    const uint32_t clause_end =
        from < to && trigger != doc.tokens.end() ? StatementClauseEnd(doc, scratch, e, trigger_token) : UINT32_MAX;
    int32_t best = -1;
    int best_rank = -1;
    uint32_t best_distance = 0;
    for (uint32_t p = from; p < to; ++p) {
      const Place& place = doc.places[p];
      if (scratch.place_quoted[p] != trigger_quoted) continue;
      if (clause_end != UINT32_MAX && TokenAt(doc, place.text.begin) >= clause_end) continue;
      int rank = static_cast<int>(scratch.place_kinds[p]);
      uint32_t distance = place.text.begin > e.trigger.begin ? place.text.begin - e.trigger.begin
                                                             : e.trigger.begin - place.text.begin;
      if (rank > best_rank || (rank == best_rank && distance < best_distance)) {
        best = static_cast<int32_t>(p), best_rank = rank, best_distance = distance;
      }
    }
    if (best < 0 && !scratch.sentence_unresolved[e.sentence]) best = dateline_place;
    e.place = best;
  }
}

}  // namespace casus
