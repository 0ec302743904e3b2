#include "text/abbreviations.h"

#include <array>
#include <unordered_map>
#include <unordered_set>

#include "text/char_class.h"

namespace casus::text {
namespace {

enum Condition : uint8_t { kAnyCase, kCapitalOnly, kCapitalBeforeNumber };

const std::unordered_map<std::string_view, Condition>& Abbreviations() {
  static const auto* table = new std::unordered_map<std::string_view, Condition>{
      // titles and ranks
      {"mr", kCapitalOnly}, {"mrs", kCapitalOnly}, {"ms", kCapitalOnly}, {"messrs", kCapitalOnly},
      {"dr", kCapitalOnly}, {"prof", kCapitalOnly}, {"sen", kCapitalOnly}, {"sens", kCapitalOnly},
      {"rep", kCapitalOnly}, {"reps", kCapitalOnly}, {"gov", kCapitalOnly}, {"pres", kCapitalOnly},
      {"rev", kCapitalOnly}, {"hon", kCapitalOnly}, {"amb", kCapitalOnly}, {"gen", kCapitalOnly},
      {"lt", kCapitalOnly}, {"col", kCapitalOnly}, {"sgt", kCapitalOnly}, {"capt", kCapitalOnly},
      {"cpt", kCapitalOnly}, {"adm", kCapitalOnly}, {"maj", kCapitalOnly}, {"brig", kCapitalOnly},
      {"cmdr", kCapitalOnly}, {"cdr", kCapitalOnly}, {"cpl", kCapitalOnly}, {"pvt", kCapitalOnly},
      {"supt", kCapitalOnly}, {"insp", kCapitalOnly}, {"jr", kCapitalOnly}, {"sr", kCapitalOnly},
      {"st", kCapitalOnly}, {"mt", kCapitalOnly}, {"ft", kCapitalOnly}, {"ave", kCapitalOnly},
      {"blvd", kCapitalOnly},
      // months
      {"jan", kCapitalOnly}, {"feb", kCapitalOnly}, {"mar", kCapitalOnly}, {"apr", kCapitalOnly},
      {"jun", kCapitalOnly}, {"jul", kCapitalOnly}, {"aug", kCapitalOnly}, {"sep", kCapitalOnly},
      {"sept", kCapitalOnly}, {"oct", kCapitalOnly}, {"nov", kCapitalOnly}, {"dec", kCapitalOnly},
      // organisations
      {"inc", kCapitalOnly}, {"corp", kCapitalOnly}, {"co", kCapitalOnly}, {"ltd", kCapitalOnly},
      {"bros", kCapitalOnly}, {"dept", kCapitalOnly}, {"univ", kCapitalOnly}, {"assn", kCapitalOnly},
      // US states as news agencies abbreviate them
      {"ala", kCapitalOnly}, {"ariz", kCapitalOnly}, {"ark", kCapitalOnly}, {"calif", kCapitalOnly},
      {"colo", kCapitalOnly}, {"conn", kCapitalOnly}, {"del", kCapitalOnly}, {"fla", kCapitalOnly},
      {"ga", kCapitalOnly}, {"ill", kCapitalOnly}, {"ind", kCapitalOnly}, {"kan", kCapitalOnly},
      {"ky", kCapitalOnly}, {"la", kCapitalOnly}, {"md", kCapitalOnly}, {"mich", kCapitalOnly},
      {"minn", kCapitalOnly}, {"miss", kCapitalOnly}, {"mo", kCapitalOnly}, {"mont", kCapitalOnly},
      {"neb", kCapitalOnly}, {"nev", kCapitalOnly}, {"okla", kCapitalOnly}, {"ore", kCapitalOnly},
      {"pa", kCapitalOnly}, {"tenn", kCapitalOnly}, {"tex", kCapitalOnly}, {"va", kCapitalOnly},
      {"vt", kCapitalOnly}, {"wash", kCapitalOnly}, {"wis", kCapitalOnly}, {"wyo", kCapitalOnly},
      // numbering: "No. 10", but "said no." ends a sentence
      {"no", kCapitalBeforeNumber}, {"nos", kCapitalBeforeNumber}, {"vol", kCapitalBeforeNumber},
      {"art", kCapitalBeforeNumber}, {"fig", kCapitalBeforeNumber},
      // lower-case Latin and shorthand
      {"vs", kAnyCase}, {"approx", kAnyCase}, {"etc", kAnyCase}, {"cf", kAnyCase}, {"viz", kAnyCase},
      {"est", kAnyCase}};
  return *table;
}

// Lower-cases a short ASCII word into `buffer`; false when it is not one.
bool LowerShortWord(std::string_view word, std::array<char, 12>& buffer, std::string_view& lower) {
  if (word.empty() || word.size() > buffer.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (!IsAsciiLetter(word[i])) return false;
    buffer[i] = static_cast<char>(word[i] | 0x20);
  }
  lower = std::string_view(buffer.data(), word.size());
  return true;
}

}  // namespace

bool IsAbbreviation(std::string_view word, bool capitalized, bool number_follows) {
  std::array<char, 12> buffer;
  std::string_view lower;
  if (!LowerShortWord(word, buffer, lower)) return false;
  auto it = Abbreviations().find(lower);
  if (it == Abbreviations().end()) return false;
  switch (it->second) {
    case kAnyCase:
      return true;
    case kCapitalOnly:
      return capitalized;
    case kCapitalBeforeNumber:
      return capitalized && number_follows;
  }
  return false;
}

bool IsTypicalSentenceStarter(std::string_view word) {
  static const auto* starters = new std::unordered_set<std::string_view>{
      "the",   "a",       "an",     "he",      "she",   "it",
      "they",  "we",      "i",      "you",     "in",    "on",
      "at",    "but",     "and",    "as",      "after", "before",
      "when",  "while",   "this",   "that",    "these", "those",
      "there", "his",     "her",    "its",     "their", "our",
      "some",  "many",    "most",   "meanwhile", "however",
      "also",  "yet",     "so",     "if",      "although",
      "since", "during",  "for",    "from",    "with",  "by",
      "no",    "not",     "what",   "who",     "how",   "why",
      "where", "both",    "all",    "each",    "another",
      "officials", "police", "earlier", "later", "still",
      "one",   "two",     "three",  "several", "according"};
  std::array<char, 12> buffer;
  std::string_view lower;
  if (!LowerShortWord(word, buffer, lower)) return false;
  return starters->count(lower) > 0;
}

}  // namespace casus::text
