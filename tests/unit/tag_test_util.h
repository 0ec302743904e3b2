// Test helpers for the tagger and lemmatizer: a tiny whitespace/punctuation
// splitter standing in for the Tokenizer, and one loaded Tagger+Lemmatizer
// shared by every test (loading the lexicon takes a moment).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/doc.h"
#include "casus/vocabulary.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"

namespace casus::tag_test {

struct Models {
  Vocabulary vocab;
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::string error;  // why loading failed, empty when it did not
};

inline Models& SharedModels() {
  static Models* models = [] {
    auto* m = new Models;
    auto tagger = Tagger::Load(Tagger::DefaultLexiconPath(), m->vocab);
    if (!tagger.ok()) {
      m->error = tagger.status().message();
      return m;
    }
    m->tagger = std::move(tagger).value();
    auto lemmatizer = Lemmatizer::Load(Lemmatizer::DefaultWordNetDir(), m->vocab);
    if (!lemmatizer.ok()) {
      m->error = lemmatizer.status().message();
      return m;
    }
    m->lemmatizer = std::move(lemmatizer).value();
    return m;
  }();
  return *models;
}

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '.' || c == ',' || c == '\'' || c == '&';
}

// "Russia's army didn't attack." -> Russia 's army did n't attack .
inline std::vector<std::string> SplitWords(std::string_view sentence) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < sentence.size()) {
    char c = sentence[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (!IsWordChar(c) || c == ',' || c == '.' || c == '\'') {
      words.emplace_back(1, c);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < sentence.size() && IsWordChar(sentence[j])) ++j;
    std::string_view w = sentence.substr(i, j - i);
    // Trailing sentence punctuation, but keep "U.S." and "1,000" whole.
    std::vector<std::string> tail;
    while (!w.empty() && (w.back() == ',' || (w.back() == '.' && w.find('.') == w.size() - 1) ||
                          (w.back() == '\'' && w.size() > 1 && w[w.size() - 2] != 's'))) {
      tail.emplace(tail.begin(), 1, w.back());
      w.remove_suffix(1);
    }
    if (w.size() > 3 && w.substr(w.size() - 3) == "n't") {
      words.emplace_back(w.substr(0, w.size() - 3));
      words.emplace_back("n't");
    } else if (w.size() > 2 && w.substr(w.size() - 2) == "'s") {
      words.emplace_back(w.substr(0, w.size() - 2));
      words.emplace_back("'s");
    } else if (!w.empty()) {
      words.emplace_back(w);
    }
    for (auto& t : tail) words.push_back(t);
    i = j;
  }
  return words;
}

// Fills `doc` with the sentences, each a list of token forms, as a tokenizer would.
inline void BuildDoc(Doc& doc, const std::vector<std::vector<std::string>>& sentences) {
  std::string text;
  for (const auto& s : sentences)
    for (const auto& w : s) text += w + " ";
  doc.Reset("test", text, "");
  uint32_t offset = 0;
  for (const auto& s : sentences) {
    Sentence sentence;
    sentence.begin = offset;
    sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
    for (size_t k = 0; k < s.size(); ++k) {
      const std::string& w = s[k];
      Token t;
      t.begin = offset;
      t.end = offset + static_cast<uint32_t>(w.size());
      offset = t.end + 1;
      t.form = doc.words.Intern(w);
      t.lower = doc.words.Intern(Lower(w));
      bool letter = false, digit = false, upper_first = false, all_upper = true;
      int letters = 0;
      for (char c : w) {
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if (up || low) {
          if (letters == 0) upper_first = up;
          ++letters;
          letter = true;
          if (low) all_upper = false;
        }
        if (c >= '0' && c <= '9') digit = true;
      }
      if (upper_first) t.flags |= kCapitalized;
      if (letters >= 2 && all_upper) t.flags |= kAllCaps;
      if (digit && !letter) t.flags |= kNumber;
      if (!digit && !letter) t.flags |= kPunctuation;
      if (w.find('-') != std::string::npos && w.size() > 1) t.flags |= kHyphenated;
      if (k == 0) t.flags |= kSentenceStart;
      doc.tokens.push_back(t);
    }
    sentence.end = offset;
    sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sentence);
  }
}

}  // namespace casus::tag_test
