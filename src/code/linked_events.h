// Events that imply their mirror image, as CAMEO and PETRARCH code them: a
// visit (042) is hosted by the visited (043), a telephone call (041), a signed
// agreement (057) and joint exercises (062) involve both sides equally.
#pragma once

#include "casus/cameo.h"

namespace casus {

// The code of the event the target performs toward the source when `event_code`
// happens, or -1 when there is none.
int MirrorEventCode(const CameoTable& cameo, int event_code);

}  // namespace casus
