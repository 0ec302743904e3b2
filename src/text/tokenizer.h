// The tokenizer: splits Doc::text into Doc::tokens in one pass, news-aware
// ("U.S.", "Gen.", "el-Sisi" whole; "'s" and "n't" split off), skipping the
// boilerplate spans in Doc::skipped and the dateline it detects at the start.
#pragma once

#include "core/stage.h"

namespace casus {

class Tokenizer : public Stage {
 public:
  std::string_view name() const override { return "tokenizer"; }
  // Fills doc.tokens (begin, end, form, lower, flags) and doc.dateline.
  Status Process(Doc& doc) const override;
};

}  // namespace casus
