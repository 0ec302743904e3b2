#include "code/actor_tagger.h"

#include <string>

#include "code/owner_compound.h"
#include "core/text_util.h"

namespace casus {

Status ActorTagger::Process(Doc& doc) const {
  doc.mentions.clear();
  int day = 0;
  if (!doc.date.empty()) ParseIsoDate(doc.date, day);
  // Matching runs on a scratch array of lower-cased ids so the trie sees a
  // contiguous span; kept per thread to avoid an allocation per document.
  thread_local std::vector<WordId> words;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    words.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) words.push_back(doc.tokens[t].lower);
    const auto n = static_cast<uint32_t>(words.size());
    // The longest actor or agent phrase at word `at` whose entry applies.
    auto longest_at = [&](uint32_t at, PhraseTrie::Match& best, int& best_entry, bool& best_former) {
      best = {};
      best_entry = -1;
      best_former = false;
      actors_->trie().ForEach(std::span<const WordId>(words.data() + at, n - at), [&](const PhraseTrie::Match& m) {
        int entry = actors_->Choose(m.payloads, day);
        bool former = false;
        if (entry < 0 && day != 0) {
          // A leader out of office on the article's date is one of the country's elites (ELI).
          entry = actors_->Nearest(m.payloads, day);
          former = entry >= 0;
        }
        // Actors are names: "us" and "turkey" in lower case are not countries.
        // Nor is a pronoun ("Who", "It") a name, whatever its case.
        // "the Shire": a name may begin with an article, which is not capitalised.
        uint32_t name_at = sentence.first_token + at;
        if (m.length > 1 && doc.tokens[name_at].tag == PosTag::DT) ++name_at;
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
      // "the US State Department": a name after the article that reaches
      // further than the one with it ("the US") is the one meant.
      if (best_entry >= 0 && best.length > 1 && doc.tokens[sentence.first_token + i].tag == PosTag::DT) {
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
        const Token& token = doc.tokens[sentence.first_token + i];
        std::string_view name = options_.owner_compounds ? OwnerCompoundName(doc.Surface(token)) : std::string_view();
        if (!name.empty() && token.Has(kCapitalized)) {
          WordId id = doc.words.Find(AsciiLower(name));
          PhraseTrie::Match whole;
          if (id != kNoWord && doc.words.IsShared(id)) whole = actors_->trie().Longest(std::span<const WordId>(&id, 1));
          int entry = whole.length == 1 ? actors_->Choose(whole.payloads, day) : -1;
          if (entry >= 0 && !actors_->entry(static_cast<uint32_t>(entry)).agent) {
            Mention m;
            m.first = sentence.first_token + i;
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
      Mention m;
      m.kind = e.agent ? MentionKind::kAgent : MentionKind::kActor;
      m.first = sentence.first_token + i;
      m.end = m.first + best.length;
      m.sentence = s;
      m.code = e.code;
      if (best_former) {
        std::string_view code = doc.words.Text(e.code);
        if (code.size() >= 3 && code.substr(0, 3) != "IGO" && code.substr(0, 3) != "NGO")
          m.code = doc.words.Intern(std::string(code.substr(0, 3)) + "ELI");
      }
      m.entry = static_cast<uint32_t>(best_entry);
      doc.mentions.push_back(m);
      i += best.length;
    }
  }
  return Status::Ok();
}

}  // namespace casus
