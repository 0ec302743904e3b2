#include "tag/tagger.h"

#include <algorithm>
#include <vector>

namespace casus {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// A headline ("RUSSIA WARNS UKRAINE") carries no case information: its words
// are looked up as if lower case. Most letters-bearing tokens all upper case.
bool LooksLikeHeadline(const Doc& doc, uint32_t first, uint32_t end) {
  uint32_t words = 0, caps = 0;
  for (uint32_t k = first; k < end; ++k) {
    std::string_view form = doc.words.Text(doc.tokens[k].form);
    WordShape shape = ShapeOf(form);
    if (!shape.has_letter) continue;
    ++words;
    if (shape.all_caps || (form.size() == 1 && IsAsciiUpper(form[0]))) ++caps;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

TagGuess FromEntry(const LexiconEntry& entry) { return {entry.best(), entry.tags}; }

}  // namespace

PosTag PunctuationTag(std::string_view form) {
  if (form == "." || form == "?" || form == "!" || form == "?!" || form == "!!") return PosTag::kPeriod;
  if (form == "\"" || form == "'" || form == "``" || form == "''" || form == "`") return PosTag::kQuote;
  if (form == "(" || form == "[" || form == "{") return PosTag::kOpenParen;
  if (form == ")" || form == "]" || form == "}") return PosTag::kCloseParen;
  if (form == "$") return PosTag::kDollar;
  if (form == "#") return PosTag::kHash;
  if (form == "%") return PosTag::NN;
  if (form == "&") return PosTag::CC;
  return PosTag::kPunct;
}

std::string Tagger::DefaultLexiconPath() { return std::string(CASUS_GENERATED_DATA_DIR) + "/lexicon.tsv"; }

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& lexicon_tsv, Vocabulary& vocab) {
  Result<TagLexicon> lexicon = TagLexicon::Load(lexicon_tsv, vocab);
  if (!lexicon.ok()) return lexicon.status();
  TagLexicon& lex = lexicon.value();
  // Clitics split off by the tokenizer, which en-lexicon lacks or mis-ranks.
  lex.Set(vocab.Intern("'re"), {PosTag::VBP});
  lex.Set(vocab.Intern("'m"), {PosTag::VBP});
  lex.Set(vocab.Intern("'ve"), {PosTag::VBP});
  lex.Set(vocab.Intern("'ll"), {PosTag::MD});
  lex.Set(vocab.Intern("'d"), {PosTag::MD, PosTag::VBD});
  lex.Set(vocab.Intern("n't"), {PosTag::RB});
  lex.Set(vocab.Intern("'s"), {PosTag::POS, PosTag::VBZ});
  // The pronoun "us" never starts upper case in news; "US" is the country.
  lex.Set(vocab.Intern("US"), {PosTag::NNP});
  // Nor does "who": "WHO" in capitals is the World Health Organization.
  lex.Set(vocab.Intern("WHO"), {PosTag::NNP});
  // "police" takes plural verbs ("police arrest"); the lexicon ranks it NN.
  lex.Set(vocab.Intern("police"), {PosTag::NNS, PosTag::NN, PosTag::VB, PosTag::VBP});
  KeyWords keys = KeyWords::Intern(vocab);
  return std::unique_ptr<Tagger>(new Tagger(std::move(lex), vocab, keys));
}

TagGuess Tagger::Candidates(const Doc& doc, const Token& token, bool starts_clause, bool headline) const {
  std::string_view form = doc.words.Text(token.form);
  WordShape shape = ShapeOf(form);
  if (!shape.has_letter && !shape.has_digit) {
    PosTag tag = PunctuationTag(form);
    if (tag == PosTag::kQuote && form == "'") return {tag, Tags(PosTag::kQuote, PosTag::POS)};
    return {tag, Bit(tag)};
  }
  const LexiconEntry& exact = lexicon_.Find(token.form);
  const LexiconEntry& lower = lexicon_.Find(token.lower);
  if (shape.capitalized && !shape.all_caps && (starts_clause || headline)) {
    // "Police arrested ...": the capital comes from the position, not the word.
    if (exact.known() && exact.only_proper()) return FromEntry(exact);
    if (lower.known()) return FromEntry(lower);
    if (exact.known()) return FromEntry(exact);
  } else if (shape.all_caps && headline) {
    if (exact.known() && exact.only_proper()) return FromEntry(exact);
    if (lower.known()) return FromEntry(lower);
    if (exact.known()) return FromEntry(exact);
  } else if (shape.capitalized) {
    if (exact.known()) return FromEntry(exact);
    // A capitalized common word inside a sentence is part of a name or title:
    // "Foreign Ministry", "Islamic State".
    if (lower.known() && !shape.has_digit) {
      TagSet tags = lower.tags | kProperTags;
      return {PosTag::NNP, tags};
    }
  } else {
    if (exact.known()) return FromEntry(exact);
    if (lower.known()) return FromEntry(lower);
  }
  std::string_view lower_text = doc.words.Text(token.lower);
  return guesser_.Guess(form, lower_text, shape);
}

void Tagger::TagSentence(Doc& doc, uint32_t first, uint32_t end, TagSet* options) const {
  if (first >= end) return;
  bool headline = LooksLikeHeadline(doc, first, end);
  bool starts_clause = true;
  PosTag previous = PosTag::kNone;
  for (uint32_t k = first; k < end; ++k) {
    Token& token = doc.tokens[k];
    bool positional_capital = starts_clause || token.Has(kSentenceStart) || token.Has(kAfterQuote);
    TagGuess guess = Candidates(doc, token, positional_capital, headline);
    token.tag = guess.best;
    options[k - first] = guess.tags;
    // After an opening quote, parenthesis or colon a capital is positional too.
    PosTag t = guess.best;
    bool opening_quote = t == PosTag::kQuote && (starts_clause || previous == PosTag::kPunct);
    starts_clause = t == PosTag::kOpenParen || opening_quote ||
                    (t == PosTag::kPunct && doc.words.Text(token.form) == ":");
    previous = t;
  }
  ApplyContextRules(keys_, doc.tokens.data() + first, options, end - first);
}

Status Tagger::Process(Doc& doc) const {
  uint32_t longest = 0;
  for (const Sentence& s : doc.sentences) {
    if (s.end_token > doc.tokens.size() || s.first_token > s.end_token)
      return Status::Internal("sentence token range outside the document's tokens");
    longest = std::max(longest, s.end_token - s.first_token);
  }
  // One scratch buffer per document, not per token or sentence.
  std::vector<TagSet> options(longest);
  for (const Sentence& s : doc.sentences) TagSentence(doc, s.first_token, s.end_token, options.data());
  return Status::Ok();
}

}  // namespace casus
