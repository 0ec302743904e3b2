// Writes a document's quotations and reported counts as JSON lines, after its
// events (`casus code --extras`, docs/extras.md).
#pragma once

#include <string>
#include <vector>

#include "casus/cameo.h"
#include "casus/doc.h"

namespace casus {

// The stable id of each event of `doc`, "DOC:SENTENCE:K" with K the event's
// 0-based position among its sentence's events in output order. `casus dedup`
// gives events without an "id" field the same ids.
std::vector<std::string> EventIds(const Doc& doc);

// Appends one {"record":"quote",...} object (no newline).
void AppendQuotationJson(const Doc& doc, const Quotation& quotation, std::string& out);
// Appends one {"record":"count",...} object (no newline); `event_ids` from EventIds.
void AppendCountJson(const Doc& doc, const ReportedCount& count, const std::vector<std::string>& event_ids,
                     std::string& out);
// Appends every quotation, then every count, one JSON line each.
void AppendExtrasJsonLines(const Doc& doc, std::string& out);

// "kill", "wound", "arrest", "detain", "kidnap", "displace", "protest", "other".
const char* CountKindName(CountKind kind);

}  // namespace casus
