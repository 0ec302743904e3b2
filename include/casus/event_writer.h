// Writes events as JSON lines, the contract every other output derives from
// (docs/output.md).
#pragma once

#include <string>

#include "casus/cameo.h"
#include "casus/doc.h"

namespace casus {

// Appends one JSON object (no newline) for `event` of `doc`.
void AppendEventJson(const Doc& doc, const Event& event, const CameoTable& cameo, std::string& out);

// The event's flags as PLOVER-style names: "negated", "future", "hypothetical", "historical", "question".
std::string EventFlagNames(uint16_t flags, const char* separator);

}  // namespace casus
