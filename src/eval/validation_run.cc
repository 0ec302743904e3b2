#include "eval/validation_run.h"

#include <algorithm>

#include "core/pipeline_resources.h"

namespace casus {
namespace {

// Whether TABARI record `next` continues the story of `prev` as its next
// sentence under the FORWARD option (dict/tabari_options.h).
bool ContinuesStory(const TabariOptions& options, const ValidationRecord& prev, const ValidationRecord& next) {
  if (!options.forward || !next.options.empty() || !next.petrarch_options.empty() || !next.input_error.empty() ||
      prev.date != next.date)
    return false;
  std::string story, next_story;
  int sentence = 0, next_sentence = 0;
  return TabariRecordSequence(options.forward_format, prev.id, story, sentence) &&
         TabariRecordSequence(options.forward_format, next.id, next_story, next_sentence) && story == next_story &&
         next_sentence == sentence + 1;
}

}  // namespace

std::vector<ValidationOutcome> RunValidation(Pipeline& pipeline, const std::vector<ValidationRecord>& records) {
  std::vector<ValidationOutcome> outcomes;
  auto doc = pipeline.NewDoc();
  for (size_t i = 0; i < records.size();) {
    const ValidationRecord& r = records[i];
    if (!r.options.empty() || !r.petrarch_options.empty()) {
      for (const std::string& option : r.options) pipeline.SetTabariOption(option);
      for (const auto& [name, value] : r.petrarch_options) pipeline.SetPetrarchOption(name, value);
      ++i;
      continue;
    }
    if (!r.input_error.empty()) {
      // The coder rejects the input, as PETRARCH does: nothing is coded.
      ValidationOutcome o;
      o.record = &r;
      o.expected = EventKeys(r.expected);
      o.passed = o.expected.empty();
      if (!o.passed) o.error = r.input_error;
      outcomes.push_back(std::move(o));
      ++i;
      continue;
    }
    // Records that are one story's consecutive sentences (TABARI's FORWARD)
    // are coded as one document, so that pronouns reach back; each keeps the
    // events of its own text.
    size_t end = i + 1;
    while (end < records.size() && ContinuesStory(pipeline.resources().tabari_options, records[end - 1], records[end]))
      ++end;
    std::string text;
    std::vector<uint32_t> starts;
    for (size_t k = i; k < end; ++k) {
      if (k > i) text += "\n\n";
      starts.push_back(static_cast<uint32_t>(text.size()));
      text += records[k].text;
    }
    doc->Reset(r.id, std::move(text), r.date);
    Status status = pipeline.Process(*doc);
    const size_t first = outcomes.size();
    for (size_t k = i; k < end; ++k) {
      ValidationOutcome o;
      o.record = &records[k];
      o.expected = EventKeys(records[k].expected);
      if (!status.ok()) o.error = status.message();
      outcomes.push_back(std::move(o));
    }
    if (status.ok()) {
      for (const Event& e : doc->events) {
        uint32_t at = doc->sentences[e.sentence].begin;
        size_t k = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
        std::string source = e.source.present() ? std::string(doc->words.Text(e.source.code)) : "---";
        std::string target = e.target.present() ? std::string(doc->words.Text(e.target.code)) : "---";
        outcomes[first + k].got.push_back(source + "/" + target + "/" + pipeline.cameo().at(e.cameo).code);
      }
    }
    for (size_t k = first; k < outcomes.size(); ++k) {
      ValidationOutcome& o = outcomes[k];
      std::sort(o.got.begin(), o.got.end());
      o.got.erase(std::unique(o.got.begin(), o.got.end()), o.got.end());
      o.passed = o.error.empty() && o.got == o.expected;
    }
    i = end;
  }
  return outcomes;
}

}  // namespace casus
