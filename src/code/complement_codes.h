// Appeals (02), intentions (03), demands (10) and rejections (12) are coded by
// what is asked for, promised or refused: "urged Germany to send weapons" is
// 0232 (appeal for military aid), "demanded that Belarus release the
// journalist" 1053 (demand release of persons). CAMEO builds these codes in
// parallel, so the code of the complement's own event picks the subcode.
#pragma once

#include "casus/cameo.h"

namespace casus {

// The code for `governor_code` (an 02, 03, 10 or 12 event) refined by the event
// its complement describes, or -1 when the pair has no more specific code.
int CombineWithComplement(const CameoTable& cameo, int governor_code, int complement_code);

// "Russia said it will attack any convoy": a statement that the speaker will use
// force is a threat to use military force (138), or -1 when `complement_code` is
// no use of force (roots 18-20) or `governor_code` no statement (root 01).
int StatedForceThreat(const CameoTable& cameo, int governor_code, int complement_code);

}  // namespace casus
