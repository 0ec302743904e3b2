// News datelines: "BEIJING (Reuters) -", "WASHINGTON, March 3 (AP) —",
// "KABUL, Afghanistan —", "MOSCOW —". They name where the article was filed,
// not an actor in its first sentence, so the tokenizer leaves them out.
#pragma once

#include <string_view>

#include "casus/doc.h"

namespace casus::text {

// The dateline beginning exactly at `from`, or an empty span. The pattern: an
// ALL-CAPS place, then optionally ", Region" and/or ", date" segments, an
// "(Agency)", then a dash or colon. The span ends after the dash.
Span FindDateline(std::string_view text, size_t from);

}  // namespace casus::text
