#include "tag/lexicon.h"

#include <fstream>
#include <string_view>

namespace casus {

const LexiconEntry TagLexicon::kUnknown{};

namespace {

PosTag ParseLexiconTag(std::string_view name) {
  if (name == "NP") return PosTag::NNP;
  if (name == "NPS") return PosTag::NNPS;
  return PosTagFromName(name);
}

}  // namespace

Result<TagLexicon> TagLexicon::Load(const std::string& path, Vocabulary& vocab) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open tagger lexicon '" + path + "'");
  TagLexicon lexicon;
  std::string line;
  uint64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      return Status::Invalid(path + ":" + std::to_string(line_number) + ": expected 'word<TAB>TAGS'");
    }
    std::string_view word(line.data(), tab);
    std::string_view rest(line.data() + tab + 1, line.size() - tab - 1);
    LexiconEntry entry;
    size_t rank = 0;
    while (!rest.empty()) {
      size_t bar = rest.find('|');
      std::string_view name = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      PosTag tag = ParseLexiconTag(name);
      if (tag == PosTag::kNone || Contains(entry.tags, tag)) continue;
      entry.tags |= Bit(tag);
      if (rank < entry.ranked.size()) entry.ranked[rank++] = tag;
    }
    if (!entry.known()) continue;
    // en-lexicon often lists only one of the base and present forms ("shell
    // NN|JJ|VB"); they are spelled alike, so either implies the other.
    if (entry.tags & Tags(PosTag::VB, PosTag::VBP)) entry.tags |= Tags(PosTag::VB, PosTag::VBP);
    WordId id = vocab.Intern(word);
    if (id >= lexicon.entries_.size()) lexicon.entries_.resize(id + 1);
    if (!lexicon.entries_[id].known()) ++lexicon.known_;
    lexicon.entries_[id] = entry;
  }
  if (lexicon.known_ == 0) return Status::Invalid("tagger lexicon '" + path + "' has no entries");
  return lexicon;
}

void TagLexicon::Set(WordId id, std::initializer_list<PosTag> ranked) {
  if (id >= entries_.size()) entries_.resize(id + 1);
  LexiconEntry entry;
  size_t rank = 0;
  for (PosTag tag : ranked) {
    entry.tags |= Bit(tag);
    if (rank < entry.ranked.size()) entry.ranked[rank++] = tag;
  }
  if (!entries_[id].known()) ++known_;
  entries_[id] = entry;
}

}  // namespace casus
