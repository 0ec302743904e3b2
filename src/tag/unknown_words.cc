#include "tag/unknown_words.h"

namespace casus {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() + 1 && s.substr(s.size() - suffix.size()) == suffix;
}

TagGuess Only(PosTag t) { return {t, Bit(t)}; }
TagGuess Either(PosTag best, TagSet others) { return {best, Bit(best) | others}; }

}  // namespace

WordShape ShapeOf(std::string_view word) {
  WordShape shape;
  int letters = 0, uppers = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    // Bytes >= 0x80 belong to non-ASCII letters ("Erdoğan"): count them as lower case.
    bool lower = IsLower(c) || static_cast<unsigned char>(c) >= 0x80;
    if (IsUpper(c)) {
      ++letters;
      ++uppers;
      if (letters == 1) shape.capitalized = true;
    } else if (lower) {
      ++letters;
    } else if (IsDigit(c)) {
      shape.has_digit = true;
    } else if (c == '-' && i > 0 && i + 1 < word.size()) {
      shape.hyphenated = true;
    }
  }
  shape.has_letter = letters > 0;
  shape.all_caps = letters >= 2 && uppers == letters;
  return shape;
}

TagGuess UnknownWordGuesser::Guess(std::string_view word, std::string_view lower, const WordShape& shape) const {
  if (!shape.has_letter) return shape.has_digit ? Only(PosTag::CD) : Only(PosTag::SYM);
  if (shape.has_digit) {
    // "1990s", "F-16s", "G20": numbers with letters are mostly names or counts.
    if (shape.hyphenated) return GuessHyphenated(word, lower, shape);
    return Either(PosTag::CD, Tags(PosTag::NNP, PosTag::NN, PosTag::NNS));
  }
  if (shape.hyphenated) return GuessHyphenated(word, lower, shape);
  if (shape.capitalized) {
    // Names of people, places, groups; "Houthis", "Taliban". A plural proper
    // noun is rare enough that NNP is the better default.
    return Either(PosTag::NNP, Tags(PosTag::NNPS, PosTag::NN, PosTag::JJ));
  }
  return GuessFromSuffix(lower);
}

// "pro-government", "re-elected", "Israeli-Palestinian", "cease-fire": the last
// part carries the word's class; a participle there makes an adjective.
TagGuess UnknownWordGuesser::GuessHyphenated(std::string_view word, std::string_view lower,
                                             const WordShape& shape) const {
  size_t dash = lower.rfind('-');
  std::string_view last = lower.substr(dash + 1);
  std::string_view first = lower.substr(0, lower.find('-'));
  // "al-Shabab", "el-Sisi", "bin-Laden": Arabic name particles.
  if ((first == "al" || first == "el" || first == "bin" || first == "ibn" || first == "abu" || first == "ben") &&
      IsUpper(word[dash + 1]))
    return Either(PosTag::NNP, 0);
  if (EndsWith(last, "ed") || EndsWith(last, "ing")) {
    // "re-elected" / "U.S.-led": verb prefixes keep the verb reading.
    if (first == "re" || first == "co" || first == "pre" || first == "over" || first == "out") {
      return EndsWith(last, "ing") ? Either(PosTag::VBG, Tags(PosTag::NN, PosTag::JJ))
                                   : Either(PosTag::VBN, Tags(PosTag::VBD, PosTag::JJ));
    }
    return Either(PosTag::JJ, Tags(PosTag::VBN, PosTag::VBG));
  }
  const LexiconEntry& tail = lexicon_.Find(vocab_.Find(last));
  if (shape.capitalized && IsUpper(word[dash + 1])) {
    // "Abu-Dhabi", "Al-Qaeda"; but nationality pairs are adjectives.
    const LexiconEntry& cased_tail = lexicon_.Find(vocab_.Find(word.substr(dash + 1)));
    if (Contains(cased_tail.tags, PosTag::JJ) && !cased_tail.only_proper()) return Either(PosTag::JJ, kProperTags);
    return Either(PosTag::NNP, Tags(PosTag::JJ));
  }
  if (tail.known()) {
    if (tail.best() == PosTag::NNS) return Either(PosTag::NNS, Tags(PosTag::VBZ));
    if (tail.best() == PosTag::NN && !IsDigit(first.empty() ? 'x' : first[0])) {
      // "cease-fire", "death-toll" are nouns; "two-day", "long-term" adjectives.
      const LexiconEntry& head = lexicon_.Find(vocab_.Find(first));
      if (head.known() && (Contains(head.tags, PosTag::JJ) || Contains(head.tags, PosTag::CD)))
        return Either(PosTag::JJ, Tags(PosTag::NN));
      return Either(PosTag::NN, Tags(PosTag::JJ));
    }
    if (tail.best() == PosTag::VB || tail.best() == PosTag::VBP) return Either(PosTag::NN, Tags(PosTag::VB, PosTag::JJ));
  }
  return Either(PosTag::JJ, Tags(PosTag::NN));
}

TagGuess UnknownWordGuesser::GuessFromSuffix(std::string_view w) {
  if (EndsWith(w, "ing")) return Either(PosTag::VBG, Tags(PosTag::NN, PosTag::JJ));
  if (EndsWith(w, "ed")) return Either(PosTag::VBN, Tags(PosTag::VBD, PosTag::JJ));
  if (EndsWith(w, "ly")) return Either(PosTag::RB, Tags(PosTag::JJ));
  if (EndsWith(w, "tion") || EndsWith(w, "sion") || EndsWith(w, "ment") || EndsWith(w, "ness") ||
      EndsWith(w, "ity") || EndsWith(w, "ism") || EndsWith(w, "ist") || EndsWith(w, "ship") ||
      EndsWith(w, "hood") || EndsWith(w, "ance") || EndsWith(w, "ence"))
    return Either(PosTag::NN, 0);
  if (EndsWith(w, "ists") || EndsWith(w, "tions") || EndsWith(w, "ments") || EndsWith(w, "ers") ||
      EndsWith(w, "ors"))
    return Either(PosTag::NNS, Tags(PosTag::VBZ));
  if (EndsWith(w, "ous") || EndsWith(w, "ive") || EndsWith(w, "ful") || EndsWith(w, "less") ||
      EndsWith(w, "able") || EndsWith(w, "ible") || EndsWith(w, "ic") || EndsWith(w, "al") ||
      EndsWith(w, "ian") || EndsWith(w, "ese") || EndsWith(w, "ish"))
    return Either(PosTag::JJ, Tags(PosTag::NN));
  if (EndsWith(w, "est")) return Either(PosTag::JJS, Tags(PosTag::NN));
  if (EndsWith(w, "ize") || EndsWith(w, "ise") || EndsWith(w, "ate") || EndsWith(w, "fy"))
    return Either(PosTag::VB, Tags(PosTag::VBP, PosTag::NN));
  if (EndsWith(w, "izes") || EndsWith(w, "ises") || EndsWith(w, "ates") || EndsWith(w, "fies"))
    return Either(PosTag::VBZ, Tags(PosTag::NNS));
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) return Either(PosTag::NN, Tags(PosTag::JJ));
  if (EndsWith(w, "s")) return Either(PosTag::NNS, Tags(PosTag::VBZ));
  return Either(PosTag::NN, Tags(PosTag::JJ, PosTag::VB, PosTag::VBP));
}

}  // namespace casus
