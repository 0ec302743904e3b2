#include "tag/wordnet_morphology.h"

#include <fstream>

namespace casus {
namespace {

struct Detachment {
  std::string_view suffix;
  std::string_view replacement;
};

// WordNet's detachment rules (morph(7WN)), in the order they are tried.
constexpr Detachment kNounRules[] = {{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
                                     {"men", "man"}, {"ies", "y"}, {"s", ""}};
constexpr Detachment kVerbRules[] = {{"ies", "y"}, {"s", ""},  {"es", "e"}, {"es", ""},
                                     {"ed", "e"},  {"ed", ""}, {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsConsonant(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

}  // namespace

Result<WordNetMorphology> WordNetMorphology::Load(const std::string& dir, Vocabulary& vocab) {
  WordNetMorphology morphology(vocab);
  const char* names[] = {"noun", "verb", "adj"};
  for (size_t c = 0; c < static_cast<size_t>(LemmaClass::kCount); ++c) {
    auto cls = static_cast<LemmaClass>(c);
    CASUS_RETURN_IF_ERROR(morphology.ReadIndex(dir + "/index." + names[c], cls, vocab));
    CASUS_RETURN_IF_ERROR(morphology.ReadExceptions(dir + "/" + names[c] + ".exc", cls, vocab));
  }
  return morphology;
}

Status WordNetMorphology::ReadIndex(const std::string& path, LemmaClass c, Vocabulary& vocab) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open WordNet index '" + path + "'");
  std::string line;
  size_t lemmas = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header lines start with spaces
    size_t space = line.find(' ');
    std::string_view lemma(line.data(), space == std::string::npos ? line.size() : space);
    if (lemma.find('_') != std::string_view::npos) continue;  // collocations never match one token
    WordId id = vocab.Intern(lemma);
    if (id >= index_bits_.size()) index_bits_.resize(id + 1);
    index_bits_[id] |= static_cast<uint8_t>(1u << static_cast<unsigned>(c));
    ++lemmas;
  }
  if (lemmas == 0) return Status::Invalid("WordNet index '" + path + "' has no lemmas");
  return Status::Ok();
}

Status WordNetMorphology::ReadExceptions(const std::string& path, LemmaClass c, Vocabulary& vocab) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open WordNet exception list '" + path + "'");
  std::string line;
  auto& map = exceptions_[static_cast<size_t>(c)];
  while (std::getline(in, line)) {
    size_t space = line.find(' ');
    if (space == std::string::npos || space == 0) continue;
    size_t end = line.find(' ', space + 1);
    std::string_view inflected(line.data(), space);
    std::string_view base = std::string_view(line).substr(space + 1, end == std::string::npos ? end : end - space - 1);
    if (base.empty() || inflected.find('_') != std::string_view::npos || base.find('_') != std::string_view::npos)
      continue;
    // The first base listed wins ("better good well").
    map.emplace(vocab.Intern(inflected), vocab.Intern(base));
  }
  return Status::Ok();
}

WordId WordNetMorphology::Exception(WordId id, LemmaClass c) const {
  const auto& map = exceptions_[static_cast<size_t>(c)];
  auto it = map.find(id);
  return it == map.end() ? kNoWord : it->second;
}

WordId WordNetMorphology::Accept(std::string& scratch, LemmaClass c) const {
  WordId id = vocab_->Find(scratch);
  return InIndex(id, c) ? id : kNoWord;
}

WordId WordNetMorphology::BaseForm(std::string_view word, WordId id, LemmaClass c, std::string& scratch) const {
  if (id != kNoWord) {
    if (WordId base = Exception(id, c); base != kNoWord) return base;
  }
  const Detachment* rules = kNounRules;
  size_t count = std::size(kNounRules);
  if (c == LemmaClass::kVerb) rules = kVerbRules, count = std::size(kVerbRules);
  if (c == LemmaClass::kAdjective) rules = kAdjectiveRules, count = std::size(kAdjectiveRules);
  for (size_t r = 0; r < count; ++r) {
    if (!EndsWith(word, rules[r].suffix)) continue;
    std::string_view stem = word.substr(0, word.size() - rules[r].suffix.size());
    scratch.assign(stem);
    scratch.append(rules[r].replacement);
    if (WordId base = Accept(scratch, c); base != kNoWord && base != id) return base;
    // "kidnapped", "shelling" -> "kidnap", "shell": undouble a final consonant.
    bool doubled = rules[r].replacement.empty() && stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
                   IsConsonant(stem.back()) && c != LemmaClass::kNoun;
    if (doubled) {
      scratch.assign(stem.substr(0, stem.size() - 1));
      if (WordId base = Accept(scratch, c); base != kNoWord) return base;
    }
  }
  return kNoWord;
}

}  // namespace casus
