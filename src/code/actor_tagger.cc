#include "code/actor_tagger.h"

#include <cctype>
#include <string>

#include "code/owner_compound.h"
#include "core/text_util.h"

namespace casus {
namespace {

// Words a gapped phrase may skip between two of its parts: few, so that
// "Ithilen ... television" stays one noun phrase.
constexpr uint32_t kMaxGapWords = 3;

// A best match that is a null-coded actor: its words are no actor.
constexpr int kNullEntry = -2;

// A comma, semicolon or conjunction ends the noun phrase a gap may run through.
bool EndsPhrase(std::string_view s) {
  if (s == "," || s == ";") return true;
  std::string lower = AsciiLower(s);
  return lower == "and" || lower == "but" || lower == "or" || lower == "nor";
}

}  // namespace

// The end (sentence word index) of gapped phrase `g` starting at words[i], or 0.
uint32_t ActorTagger::MatchGapped(const Doc& doc, std::span<const uint32_t> token_of,
                                  const ActorDictionary::GappedPhrase& g, std::span<const WordId> words, uint32_t i) {
  uint32_t at = i + 1;
  for (size_t k = 1; k < g.words.size(); ++k, ++at) {
    uint32_t skipped = 0;
    const bool gap = k < 32 && (g.gaps >> k & 1);
    while (at < words.size() && words[at] != g.words[k]) {
      std::string_view surface = doc.Surface(doc.tokens[token_of[at]]);
      if (!gap || EndsPhrase(surface)) return 0;
      if (!surface.empty() && std::isalnum(static_cast<unsigned char>(surface[0])) && ++skipped > kMaxGapWords)
        return 0;
      ++at;
    }
    if (at >= words.size()) return 0;
  }
  return at;
}

Status ActorTagger::Process(Doc& doc) const {
  doc.mentions.clear();
  int day = 0;
  if (!doc.date.empty()) ParseIsoDate(doc.date, day);
  // Matching runs on a scratch array of lower-cased ids so the trie sees a
  // contiguous span; kept per thread to avoid an allocation per document.
  thread_local std::vector<WordId> words;
  thread_local std::vector<uint32_t> token_of;  // words[i] is doc.tokens[token_of[i]]
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    words.clear();
    token_of.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      // TABARI reads an underscore in the text as joining two words
      // ("Dol_Amroth" is DOL_AMROTH).
      if (options_.any_case && doc.Surface(doc.tokens[t]) == "_") continue;
      // TABARI reads a hyphen in the text as a blank ("Al-Gore" is AL_GORE).
      std::string_view lower = doc.words.Text(doc.tokens[t].lower);
      if (options_.any_case && lower.size() > 2 && lower.find('-', 1) < lower.size() - 1) {
        for (std::string_view part : SplitFields(lower, '-'))
          if (!part.empty()) {
            words.push_back(doc.words.Intern(part));
            token_of.push_back(t);
          }
        continue;
      }
      words.push_back(doc.tokens[t].lower);
      token_of.push_back(t);
    }
    const auto n = static_cast<uint32_t>(words.size());
    // The longest actor or agent phrase at word `at` whose entry applies.
    auto longest_at = [&](uint32_t at, PhraseTrie::Match& best, int& best_entry, bool& best_former) {
      best = {};
      best_entry = -1;
      best_former = false;
      actors_->trie().ForEach(std::span<const WordId>(words.data() + at, n - at), [&](const PhraseTrie::Match& m) {
        int entry = actors_->Choose(m.payloads, day);
        bool former = false;
        if (entry < 0 && day != 0 && options_.any_case) {
          // TABARI: a phrase none of whose date restrictions holds the day,
          // with no undated code, is null-coded (manual 6.5.2).
          best = m;
          best_entry = kNullEntry;
          return;
        }
        if (entry < 0 && day != 0) {
          // A leader out of office on the article's date is one of the country's elites (ELI).
          entry = actors_->Nearest(m.payloads, day);
          former = entry >= 0;
        }
        // Actors are names: "us" and "turkey" in lower case are not countries.
        // Nor is a pronoun ("Who", "It") a name, whatever its case.
        // "the Shire": a name may begin with an article, which is not capitalised.
        uint32_t name_at = token_of[at];
        if (m.length > 1 && doc.tokens[name_at].tag == PosTag::DT) name_at = token_of[at + 1];
        const Token& first = doc.tokens[name_at];
        if (entry >= 0 && !actors_->entry(static_cast<uint32_t>(entry)).agent &&
            ((!options_.any_case && !first.Has(kCapitalized)) || first.tag == PosTag::WP || first.tag == PosTag::WDT || first.tag == PosTag::PRP))
          entry = -1;
        if (entry >= 0) {
          best = m;
          best_entry = entry;
          best_former = former;
        }
      });
    };
    uint32_t i = 0;
    while (i < n) {
      PhraseTrie::Match best;
      int best_entry = -1;
      bool best_former = false;
      longest_at(i, best, best_entry, best_former);
      // TABARI phrases whose words may have others between them ("ITHILEN
      // TELEVISION": "Ithilen state-run television"); more words matched wins.
      uint32_t best_end = i + best.length;
      if (actors_->has_gapped()) {
        for (const ActorDictionary::GappedPhrase& g : actors_->GappedStartingWith(words[i])) {
          if (g.words.size() <= best.length) continue;
          uint32_t end = MatchGapped(doc, token_of, g, words, i);
          if (end == 0) continue;
          int entry = actors_->Choose(g.payloads, day);
          const Token& first = doc.tokens[token_of[i]];
          if (entry < 0 && day != 0) entry = kNullEntry;  // as above
          if (entry == -1 || (entry >= 0 && !actors_->entry(static_cast<uint32_t>(entry)).agent &&
                              (first.tag == PosTag::WP || first.tag == PosTag::WDT || first.tag == PosTag::PRP)))
            continue;
          best.length = static_cast<uint32_t>(g.words.size());
          best_end = end;
          best_entry = entry;
          best_former = false;
        }
      }
      if (best_entry == kNullEntry) {
        i = best_end;
        continue;
      }
      // "the US State Department": a name after the article that reaches
      // further than the one with it ("the US") is the one meant.
      if (best_entry >= 0 && best.length > 1 && doc.tokens[token_of[i]].tag == PosTag::DT) {
        PhraseTrie::Match next;
        int next_entry = -1;
        bool next_former = false;
        longest_at(i + 1, next, next_entry, next_former);
        if (next_entry >= 0 && 1 + next.length > best.length) {
          ++i;
          continue;
        }
      }
      if (best_entry < 0) {
        // "Japanese-drafted": the name before the hyphen, when it alone is an actor.
        const Token& token = doc.tokens[token_of[i]];
        std::string_view name = options_.owner_compounds ? OwnerCompoundName(doc.Surface(token)) : std::string_view();
        if (!name.empty() && token.Has(kCapitalized)) {
          WordId id = doc.words.Find(AsciiLower(name));
          PhraseTrie::Match whole;
          if (id != kNoWord && doc.words.IsShared(id)) whole = actors_->trie().Longest(std::span<const WordId>(&id, 1));
          int entry = whole.length == 1 ? actors_->Choose(whole.payloads, day) : -1;
          if (entry >= 0 && !actors_->entry(static_cast<uint32_t>(entry)).agent) {
            Mention m;
            m.first = token_of[i];
            m.end = m.first + 1;
            m.sentence = s;
            m.code = actors_->entry(static_cast<uint32_t>(entry)).code;
            m.entry = static_cast<uint32_t>(entry);
            doc.mentions.push_back(m);
          }
        }
        ++i;
        continue;
      }
      const ActorEntry& e = actors_->entry(static_cast<uint32_t>(best_entry));
      // Two names in one hyphenated word ("Israel-Syria"): the first.
      bool overlaps = !doc.mentions.empty() && doc.mentions.back().sentence == s && doc.mentions.back().end > token_of[i];
      if (doc.words.Text(e.code) == "---" || overlaps) {  // a TABARI null actor: its words are no actor
        i = best_end;
        continue;
      }
      Mention m;
      m.kind = e.agent ? MentionKind::kAgent : MentionKind::kActor;
      m.first = token_of[i];
      m.end = token_of[best_end - 1] + 1;
      m.sentence = s;
      m.code = e.code;
      if (best_former) {
        std::string_view code = doc.words.Text(e.code);
        if (code.size() >= 3 && code.substr(0, 3) != "IGO" && code.substr(0, 3) != "NGO")
          m.code = doc.words.Intern(std::string(code.substr(0, 3)) + "ELI");
      }
      m.entry = static_cast<uint32_t>(best_entry);
      doc.mentions.push_back(m);
      i = best_end;
    }
  }
  return Status::Ok();
}

}  // namespace casus
