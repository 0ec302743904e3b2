// The field's validation suites as records: TABARI's Validate.text and
// PETRARCH's unit-test XML. Each record is a text, a date and the events its
// authors expect; `casus validate` codes the text and compares.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/status.h"

namespace casus {

struct ExpectedEvent {
  std::string source, target, code;  // target "---" when the event has none
  std::string ToString() const { return source + "/" + target + "/" + code; }
};

struct ValidationRecord {
  std::string id;
  std::string date;  // YYYY-MM-DD, or empty
  std::string text;
  std::vector<ExpectedEvent> expected;  // empty: no event may be coded
  uint32_t line = 0;                    // where the record starts in its file
  // TABARI "{ OPTION: SET: CODE ALL }" records are no tests: they change the
  // coder's settings for the records after them (Pipeline::SetTabariOption).
  std::vector<std::string> options;
  // PETRARCH <Config option="require_dyad" value="false"> lines: likewise not
  // tests; they change the options of the records after them
  // (Pipeline::SetPetrarchOption).
  std::vector<std::pair<std::string, std::string>> petrarch_options;
  // Why the coder rejects the record's input, as PETRARCH rejects a record
  // whose <Parse> tree is unbalanced ("bad_input_parse"): such a record is
  // not coded, so it passes only when it expects no event. Empty: none.
  std::string input_error;
};

// TABARI: a record starts with "YYMMDD ID", its text runs to the "/*" of its
// comment, and the comment holds "{ SRC / TGT / CODE }" lines. "{+++}",
// "{###}", "{---}" and "{}" expect no event; "-{...}" marks an event TABARI is
// known not to code (not expected). Records whose comment is an
// "{ OPTION: ... }" change TABARI's settings: they are returned with their
// `options` and no expectations. Records with no comment are skipped.
Result<std::vector<ValidationRecord>> ReadTabariValidationRecords(const std::string& path, DiagnosticSink* sink);

// PETRARCH: <Sentence date="YYYYMMDD" id="..." valid="true"> with
// <EventCoding sourcecode targetcode eventcode> (or noevents="True") and
// <Text>. Sentences marked valid="false" are skipped, as PETRARCH does.
// <Config option value> elements become records with `petrarch_options`.
// A <Parse> whose brackets do not balance sets `input_error` (PETRARCH codes
// from that tree and skips the record; casus codes the <Text>).
Result<std::vector<ValidationRecord>> ReadPetrarchValidationRecords(const std::string& path, DiagnosticSink* sink);

// The events as a sorted, de-duplicated list of "SRC/TGT/CODE".
std::vector<std::string> EventKeys(const std::vector<ExpectedEvent>& events);

}  // namespace casus
