// The extras stage, run after the event coder when PipelineOptions::extras is
// set: quotations with speakers and reported counts (docs/extras.md).
#pragma once

#include "casus/cameo.h"
#include "core/stage.h"
#include "extras/count_finder.h"
#include "extras/quotation_finder.h"

namespace casus {

class ExtrasStage : public Stage {
 public:
  ExtrasStage(Vocabulary& vocab, const CameoTable* cameo) : quotations_(vocab), counts_(vocab, cameo) {}
  std::string_view name() const override { return "extras"; }
  Status Process(Doc& doc) const override;

 private:
  QuotationFinder quotations_;
  CountFinder counts_;
};

}  // namespace casus
