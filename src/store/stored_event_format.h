// Writing stored events: the JSON-lines contract (byte for byte what
// `casus code` writes, docs/output.md), a flat CSV row, and the field's
// exchange formats: GDELT 2.0 event table, Phoenix and PLOVER (docs/export.md).
#pragma once

#include <string>

#include "store/event_query.h"

namespace casus::store {

// The event's "location" value: null, or its place.
void AppendStoredLocationJson(const StoredEvent::Location& location, std::string& out);

// Appends one JSON object (no newline), identical to AppendEventJson's.
void AppendStoredEventJson(const StoredEvent& event, std::string& out);

// The CSV header line and one row (RFC 4180 quoting; no newline).
std::string StoredEventCsvHeader();
void AppendStoredEventCsv(const StoredEvent& event, std::string& out);

// Appends `field` as a CSV field, quoted when it holds a comma, quote or line break.
void AppendCsvField(std::string_view field, std::string& out);

// Appends `field` for a tab-separated file: tabs and line breaks become spaces.
void AppendTsvField(std::string_view field, std::string& out);

// GDELT 2.0 event table: exactly kGdeltColumns tab-separated fields, no header.
inline constexpr int kGdeltColumns = 61;
void AppendGdeltRow(const StoredEvent& event, std::string& out);

// The Phoenix dataset's 26 tab-separated columns, no header.
inline constexpr int kPhoenixColumns = 26;
void AppendPhoenixRow(const StoredEvent& event, std::string& out);

// One PLOVER event record as JSON. Returns false (and appends nothing) for
// events whose CAMEO code PLOVER drops.
bool AppendPloverJson(const StoredEvent& event, std::string& out);

}  // namespace casus::store
