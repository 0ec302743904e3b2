// Writing stored quotations and reported counts as the JSON lines `casus code
// --extras` writes (docs/extras.md), for `casus export --records`.
#pragma once

#include <string>

#include "store/extras_query.h"

namespace casus::store {

// One {"record":"quote",...} object (no newline), byte for byte AppendQuotationJson's.
void AppendStoredQuotationJson(const std::string& doc, const StoredQuotation& quotation, std::string& out);
// One {"record":"count",...} object (no newline), byte for byte AppendCountJson's.
void AppendStoredCountJson(const std::string& doc, const StoredCount& count, std::string& out);

}  // namespace casus::store
