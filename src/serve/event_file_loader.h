// `casus serve --events FILE`: reads the JSON-lines output of `casus code` (or
// `casus query --format jsonl`, `casus export`) into a store, so the page works
// without an ingest. The records carry each sentence and byte offsets into the
// document, not the whole document: the loader places every sentence at the
// offset its spans imply and stores a document text that holds the known
// sentences at their offsets, blanks between them. Places (the events'
// "location") go into the store with their events (Doc::places), quotation
// records into its quotations table as they were written.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "casus/cameo.h"
#include "casus/diagnostics.h"
#include "casus/limits.h"
#include "casus/status.h"
#include "store/store.h"

namespace casus::serve {

struct LoadSummary {
  uint64_t documents = 0;
  uint64_t events = 0;
  uint64_t quotations = 0;
  uint64_t skipped = 0;  // records reported to the sink and left out
};

// Reads records from `input` (named `file` in diagnostics) into `store`. A bad
// record, or a line longer than `max_line_bytes` (which costs no more memory
// than that), is reported with its line and the rest goes on.
Result<LoadSummary> LoadEventRecords(std::istream& input, const std::string& file, const CameoTable& cameo,
                                     store::Store& store, DiagnosticSink& sink,
                                     uint64_t max_line_bytes = kDefaultMaxEventLineBytes);

}  // namespace casus::serve
