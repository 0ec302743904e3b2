#include "eval/validation_run.h"

#include <algorithm>

namespace casus {

std::vector<ValidationOutcome> RunValidation(Pipeline& pipeline, const std::vector<ValidationRecord>& records) {
  std::vector<ValidationOutcome> outcomes;
  auto doc = pipeline.NewDoc();
  for (const ValidationRecord& r : records) {
    if (!r.options.empty() || !r.petrarch_options.empty()) {
      for (const std::string& option : r.options) pipeline.SetTabariOption(option);
      for (const auto& [name, value] : r.petrarch_options) pipeline.SetPetrarchOption(name, value);
      continue;
    }
    ValidationOutcome o;
    o.record = &r;
    o.expected = EventKeys(r.expected);
    if (!r.input_error.empty()) {
      // The coder rejects the input, as PETRARCH does: nothing is coded.
      o.passed = o.expected.empty();
      if (!o.passed) o.error = r.input_error;
      outcomes.push_back(std::move(o));
      continue;
    }
    doc->Reset(r.id, r.text, r.date);
    Status status = pipeline.Process(*doc);
    if (!status.ok()) {
      o.error = status.message();
    } else {
      for (const Event& e : doc->events) {
        std::string source = e.source.present() ? std::string(doc->words.Text(e.source.code)) : "---";
        std::string target = e.target.present() ? std::string(doc->words.Text(e.target.code)) : "---";
        o.got.push_back(source + "/" + target + "/" + pipeline.cameo().at(e.cameo).code);
      }
      std::sort(o.got.begin(), o.got.end());
      o.got.erase(std::unique(o.got.begin(), o.got.end()), o.got.end());
    }
    o.passed = o.error.empty() && o.got == o.expected;
    outcomes.push_back(std::move(o));
  }
  return outcomes;
}

}  // namespace casus
