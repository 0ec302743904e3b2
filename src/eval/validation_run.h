// Codes validation records with a loaded pipeline and compares the events
// with the records' expectations: a record passes when the sets of
// "SRC/TGT/CODE" are equal.
#pragma once

#include <string>
#include <vector>

#include "casus/pipeline.h"
#include "eval/validation_records.h"

namespace casus {

struct ValidationOutcome {
  const ValidationRecord* record = nullptr;
  bool passed = false;
  std::vector<std::string> expected, got;
  std::string error;  // the pipeline refused the text, or the record's input_error
};

// Records with `options` are applied to the pipeline's TABARI settings, not coded.
std::vector<ValidationOutcome> RunValidation(Pipeline& pipeline, const std::vector<ValidationRecord>& records);

}  // namespace casus
