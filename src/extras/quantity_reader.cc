#include "extras/quantity_reader.h"

#include <cmath>
#include <string>

namespace casus {

namespace {

// "40", "1,200", "1.2": digits with thousands commas and one decimal point.
bool DigitValue(std::string_view s, double& value) {
  if (s.empty() || s.front() < '0' || s.front() > '9') return false;
  std::string plain;
  bool point = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') plain += c;
    else if (c == ',' && !point) continue;
    else if (c == '.' && !point) point = true, plain += c;
    else return false;
  }
  if (plain.back() == '.') return false;
  value = std::stod(plain);
  return true;
}

}  // namespace

QuantityReader::QuantityReader(Vocabulary& vocab) {
  const char* units[] = {"one",     "two",      "three",    "four",    "five",    "six",       "seven",
                         "eight",   "nine",     "ten",      "eleven",  "twelve",  "thirteen",  "fourteen",
                         "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 19; ++i) units_.Add(vocab.Intern(units[i]), i + 1);
  const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) units_.Add(vocab.Intern(tens[i]), (i + 2) * 10);
  scales_.Add(vocab.Intern("hundred"), 100);
  scales_.Add(vocab.Intern("thousand"), 1e3);
  scales_.Add(vocab.Intern("million"), 1e6);
  scales_.Add(vocab.Intern("billion"), 1e9);
  // Vague plurals count as twice their unit: "dozens" 24, "hundreds" 200.
  vague_plurals_.Add(vocab.Intern("dozens"), 24);
  vague_plurals_.Add(vocab.Intern("scores"), 40);
  vague_plurals_.Add(vocab.Intern("tens"), 20);
  vague_plurals_.Add(vocab.Intern("hundreds"), 200);
  vague_plurals_.Add(vocab.Intern("thousands"), 2e3);
  vague_plurals_.Add(vocab.Intern("millions"), 2e6);
  plural_units_.Add(vocab.Intern("thousands"), 1e3);
  plural_units_.Add(vocab.Intern("millions"), 1e6);
  plural_units_.Add(vocab.Intern("billions"), 1e9);
  for (const char* hedge : {"at least", "at most", "more than", "fewer than", "less than", "up to", "as many as",
                            "as few as", "close to", "upwards of", "an estimated", "estimated", "nearly", "almost",
                            "about", "around", "some", "roughly", "approximately", "over", "just over",
                            "just under", "well over", "under", "only", "another", "a further", "a total of",
                            "an additional"}) {
    std::vector<WordId> words;
    std::string_view rest = hedge;
    while (!rest.empty()) {
      size_t space = rest.find(' ');
      words.push_back(vocab.Intern(rest.substr(0, space)));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    hedges_.push_back(std::move(words));
  }
  a_ = vocab.Intern("a");
  an_ = vocab.Intern("an");
  half_ = vocab.Intern("half");
  dozen_ = vocab.Intern("dozen");
  and_ = vocab.Intern("and");
  of_ = vocab.Intern("of");
  several_ = vocab.Intern("several");
  few_ = vocab.Intern("few");
}

uint32_t QuantityReader::SkipHedge(const Doc& doc, uint32_t t, uint32_t end) const {
  // Longest hedge first, then again ("just over", "an estimated").
  for (bool again = true; again;) {
    again = false;
    size_t best = 0;
    for (const auto& hedge : hedges_) {
      if (hedge.size() <= best || t + hedge.size() > end) continue;
      bool match = true;
      for (size_t i = 0; i < hedge.size() && match; ++i) match = doc.tokens[t + i].lower == hedge[i];
      if (match) best = hedge.size();
    }
    if (best > 0) {
      t += static_cast<uint32_t>(best);
      again = true;
    }
  }
  return t;
}

bool QuantityReader::WordValue(const Doc& doc, WordId w, double& value) const {
  if (const double* v = units_.Find(w)) {
    value = *v;
    return true;
  }
  std::string_view s = doc.words.Text(w);  // "twenty-five"
  size_t dash = s.find('-');
  if (dash == std::string_view::npos) return false;
  const double* tens = units_.Find(doc.words.Find(s.substr(0, dash)));
  const double* ones = units_.Find(doc.words.Find(s.substr(dash + 1)));
  if (!tens || !ones || *tens < 20 || *ones > 9) return false;
  value = *tens + *ones;
  return true;
}

bool QuantityReader::Read(const Doc& doc, uint32_t t, uint32_t end, Quantity& out) const {
  uint32_t i = SkipHedge(doc, t, end);
  uint32_t number_first = i;
  double total = 0, current = 0, v = 0;
  bool any = false, vague = false;
  while (i < end) {
    WordId w = doc.tokens[i].lower;
    WordId next = i + 1 < end ? doc.tokens[i + 1].lower : kNoWord;
    if (DigitValue(doc.words.Text(w), v) || WordValue(doc, w, v)) {
      if (any) {  // only "twenty five", "two hundred fifty", "a million 200 thousand" go on
        bool tens_then_unit = current >= 20 && current < 100 && std::fmod(current, 10) == 0 && v < 10;
        bool after_hundred = current >= 100 && std::fmod(current, 100) == 0 && v < 100;
        bool after_scale = current == 0 && total > 0 && v < 1000;
        if (!tens_then_unit && !after_hundred && !after_scale) break;
      }
      current += v;
      any = true;
      ++i;
    } else if ((w == a_ || w == an_) && !any && (scales_.Find(next) || next == dozen_)) {
      current = 1;  // "a million", "a dozen"
      ++i;
    } else if ((w == a_) && !any && next == few_) {
      current = 3;  // "a few hundred"
      vague = any = true;
      i += 2;
    } else if (w == half_ && !any) {
      current = 0.5;  // "half a million"
      any = true;
      ++i;
      if (i < end && (doc.tokens[i].lower == a_ || doc.tokens[i].lower == an_)) ++i;
    } else if (w == several_ && !any) {
      current = 3;  // "several hundred"; alone, "several people" is three
      vague = any = true;
      ++i;
    } else if (const double* scale = scales_.Find(w)) {
      if (!any && current == 0) break;  // "hundred" alone is no number
      if (*scale == 100) current = (current != 0 ? current : 1) * 100;
      else total += (current != 0 ? current : 1) * *scale, current = 0;
      any = true;
      ++i;
    } else if (w == dozen_) {
      current = (current != 0 ? current : 1) * 12;
      any = true;
      ++i;
    } else if (const double* vague_value = vague_plurals_.Find(w); vague_value && !any && current == 0) {
      // "dozens", "hundreds of thousands" (200 x 1,000), "tens of millions".
      current = *vague_value;
      vague = any = true;
      ++i;
      if (i + 1 < end && doc.tokens[i].lower == of_)
        if (const double* unit = plural_units_.Find(doc.tokens[i + 1].lower); unit && *unit > current) {
          current *= *unit;
          i += 2;
        }
      if (current == 20) return false;  // "tens" alone is no amount
      break;
    } else if (w == and_ && any && current >= 100 && i + 1 < end && units_.Find(next)) {
      ++i;  // "one hundred and fifty"
    } else {
      break;
    }
  }
  if (!any || total + current < 1) return false;  // "half the city" is no count of people
  out.first = t;
  out.number_first = number_first;
  out.end = i;
  out.value = total + current;
  out.vague = vague;
  return true;
}

}  // namespace casus
