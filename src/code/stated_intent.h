// CAMEO codes what actors say they will do as statements of intent: "Iran will
// meet the inspectors" is 036 (express intent to meet), not a meeting; "Turkey
// will not accept refugees" is a refusal (12). These helpers turn a future or
// refused event into the event that did happen: the statement.
#pragma once

#include "casus/cameo.h"

namespace casus {

// The intent code for a future cooperative event (roots 03-08), the same code
// for threats (13), or -1 when a future event of this kind is no statement
// (a future attack reported by a journalist is not coded).
int StatedIntentCode(const CameoTable& cameo, int event_code);

// The refusal code (12x) for a refused or negated-future cooperative event, or -1.
int RefusalCode(const CameoTable& cameo, int event_code);

}  // namespace casus
