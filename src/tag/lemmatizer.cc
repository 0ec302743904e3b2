#include "tag/lemmatizer.h"

namespace casus {
namespace {

bool HasUpperAscii(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& wordnet_dir, Vocabulary& vocab) {
  Result<WordNetMorphology> morphology = WordNetMorphology::Load(wordnet_dir, vocab);
  if (!morphology.ok()) return morphology.status();
  std::unique_ptr<Lemmatizer> lemmatizer(new Lemmatizer(std::move(morphology).value(), vocab));
  lemmatizer->Precompute(vocab);
  lemmatizer->AddClitics(vocab);
  return lemmatizer;
}

Lemmatizer::Column Lemmatizer::ColumnOf(PosTag tag) {
  switch (tag) {
    case PosTag::NNS:
    case PosTag::NNPS:
      return kNounPlural;
    case PosTag::VBD:
    case PosTag::VBG:
    case PosTag::VBN:
    case PosTag::VBZ:
      return kVerbInflected;
    case PosTag::VB:
    case PosTag::VBP:
      return kVerbBase;
    case PosTag::JJR:
    case PosTag::JJS:
      return kAdjectiveGraded;
    default:
      return kSelf;  // NN, NNP, JJ, adverbs, function words: the lower-case form
  }
}

WordId Lemmatizer::Compute(std::string_view word, WordId id, Column column, std::string& scratch) const {
  switch (column) {
    case kNounPlural:
      return morphology_.BaseForm(word, id, LemmaClass::kNoun, scratch);
    case kVerbInflected:
      return morphology_.BaseForm(word, id, LemmaClass::kVerb, scratch);
    case kVerbBase:
      // "are" -> "be"; no detachment, or "feed" would become "fee".
      return id == kNoWord ? kNoWord : morphology_.Exception(id, LemmaClass::kVerb);
    case kAdjectiveGraded:
      return morphology_.BaseForm(word, id, LemmaClass::kAdjective, scratch);
    default:
      return kNoWord;
  }
}

void Lemmatizer::Precompute(Vocabulary& vocab) {
  WordId size = vocab.size();
  lemmas_.assign(size, {});
  std::string scratch;
  for (WordId id = 1; id < size; ++id) {
    std::string_view word = vocab.Text(id);
    if (HasUpperAscii(word)) continue;  // tokens look lemmas up by their lower-case form
    for (int c = 0; c < kColumns; ++c) {
      WordId base = Compute(word, id, static_cast<Column>(c), scratch);
      lemmas_[id][c] = base == id ? kNoWord : base;
    }
  }
}

// Clitics the tokenizer splits off: "'re" is "be", "n't" is "not".
void Lemmatizer::AddClitics(Vocabulary& vocab) {
  struct Clitic {
    const char* form;
    const char* lemma;
  };
  static constexpr Clitic kClitics[] = {{"'re", "be"}, {"'m", "be"},  {"'s", "be"},   {"'ve", "have"},
                                        {"'d", "would"}, {"'ll", "will"}, {"n't", "not"}, {"wo", "will"},
                                        {"ca", "can"},   {"sha", "shall"}};
  for (const Clitic& c : kClitics) {
    WordId form = vocab.Intern(c.form);
    WordId lemma = vocab.Intern(c.lemma);
    if (form >= lemmas_.size()) lemmas_.resize(form + 1);
    for (int col = 0; col < kColumns; ++col) lemmas_[form][col] = lemma;
  }
}

namespace {
// "airstrikes" -> "airstrike" when WordNet lacks the word but the singular is
// known (a dictionary word): regular plurals only.
WordId KnownSingular(std::string_view plural, const LocalVocabulary& words) {
  if (plural.size() < 4 || plural.back() != 's' || plural.ends_with("ss") || plural.ends_with("us") ||
      plural.ends_with("is"))
    return kNoWord;
  std::string candidate;
  if (plural.ends_with("ies")) {
    candidate = std::string(plural.substr(0, plural.size() - 3)) + "y";
    if (WordId id = words.Find(candidate); id != kNoWord) return id;
  }
  for (size_t strip : {1, 2}) {
    if (strip == 2 && !plural.ends_with("es")) break;
    candidate.assign(plural.substr(0, plural.size() - strip));
    if (WordId id = words.Find(candidate); id != kNoWord) return id;
  }
  return kNoWord;
}
}  // namespace

WordId Lemmatizer::LemmaOf(WordId lower, PosTag tag, const LocalVocabulary& doc_words, std::string& scratch) const {
  WordId lemma = WordNetLemmaOf(lower, tag, doc_words, scratch);
  if (lemma == lower && lower != kNoWord && (tag == PosTag::NNS || tag == PosTag::NNPS)) {
    WordId singular = KnownSingular(doc_words.Text(lower), doc_words);
    if (singular != kNoWord) return singular;
  }
  return lemma;
}

WordId Lemmatizer::WordNetLemmaOf(WordId lower, PosTag tag, const LocalVocabulary& doc_words,
                                  std::string& scratch) const {
  if (lower == kNoWord) return kNoWord;
  Column column = ColumnOf(tag);
  if (lower < lemmas_.size()) {
    if (column == kSelf) {
      // Modal and adverb clitics: "'ll" MD -> "will", "n't" RB -> "not".
      WordId clitic = lemmas_[lower][kVerbBase];
      return clitic != kNoWord && (tag == PosTag::MD || IsAdverb(tag)) ? clitic : lower;
    }
    WordId base = lemmas_[lower][column];
    return base == kNoWord ? lower : base;
  }
  if (column == kSelf) return lower;
  // A word the shared vocabulary lacks: rules only, and only towards a WordNet
  // lemma (which is shared); otherwise the word is its own lemma.
  WordId base = Compute(doc_words.Text(lower), kNoWord, column, scratch);
  return base == kNoWord ? lower : base;
}

Status Lemmatizer::Process(Doc& doc) const {
  std::string scratch;  // one candidate buffer per document
  for (Token& token : doc.tokens) token.lemma = LemmaOf(token.lower, token.tag, doc.words, scratch);
  return Status::Ok();
}

}  // namespace casus
