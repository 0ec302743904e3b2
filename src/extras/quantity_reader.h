// Reads a number phrase from tokens: digits ("40", "1,200", "1.2 million"),
// number words ("six", "twenty-five", "two dozen", "half a million", "a
// dozen"), vague amounts ("dozens", "hundreds of thousands", "several
// hundred") and the hedges before them ("at least", "more than", "an
// estimated"). Conventions for vague amounts are in docs/extras.md.
#pragma once

#include <cstdint>
#include <vector>

#include "casus/doc.h"
#include "casus/vocabulary.h"
#include "extras/word_set.h"

namespace casus {

struct Quantity {
  uint32_t first = 0;         // first token, hedge included ("at")
  uint32_t number_first = 0;  // first token of the number itself ("six")
  uint32_t end = 0;           // token after the number
  double value = 0;
  bool vague = false;         // "dozens", "hundreds", "several hundred"
};

class QuantityReader {
 public:
  explicit QuantityReader(Vocabulary& vocab);
  // Reads a quantity starting at token t, before token `end`; false when there is none.
  bool Read(const Doc& doc, uint32_t t, uint32_t end, Quantity& out) const;

 private:
  uint32_t SkipHedge(const Doc& doc, uint32_t t, uint32_t end) const;
  bool WordValue(const Doc& doc, WordId w, double& value) const;  // "six", "twenty-five"

  WordMap<double> units_;         // one .. ninety
  WordMap<double> scales_;        // hundred, thousand, million, billion
  WordMap<double> vague_plurals_; // dozens, scores, hundreds, thousands, millions (convention values)
  WordMap<double> plural_units_;  // thousands, millions, billions as the unit of "tens of thousands"
  std::vector<std::vector<WordId>> hedges_;
  WordId a_, an_, half_, dozen_, and_, of_, several_, few_;
};

}  // namespace casus
