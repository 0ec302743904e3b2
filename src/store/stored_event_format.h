// Writing stored events: the JSON-lines contract (byte for byte what
// `casus code` writes, docs/output.md) and a flat CSV row.
#pragma once

#include <string>

#include "store/event_query.h"

namespace casus::store {

// Appends one JSON object (no newline), identical to AppendEventJson's.
void AppendStoredEventJson(const StoredEvent& event, std::string& out);

// The CSV header line and one row (RFC 4180 quoting; no newline).
std::string StoredEventCsvHeader();
void AppendStoredEventCsv(const StoredEvent& event, std::string& out);

// Appends `field` as a CSV field, quoted when it holds a comma, quote or line break.
void AppendCsvField(std::string_view field, std::string& out);

}  // namespace casus::store
