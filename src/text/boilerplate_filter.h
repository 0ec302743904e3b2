// Marks the page furniture that survives when a news page is pasted as text:
// "Advertisement", photo captions and credits, bylines, opinion disclaimers,
// author biographies, repeated author names, "Read more", "Sign up",
// copyright lines. Whole lines are appended to Doc::skipped; later stages
// neither tokenize nor code them.
#pragma once

#include <string_view>

#include "core/stage.h"

namespace casus {

class BoilerplateFilter : public Stage {
 public:
  std::string_view name() const override { return "boilerplate_filter"; }
  // Appends the spans of boilerplate lines to doc.skipped, keeping it sorted
  // and non-overlapping.
  Status Process(Doc& doc) const override;
};

namespace text {

// Why a line is boilerplate, or kNone. Exposed for tests and explanations.
enum class BoilerplateKind {
  kNone,
  kMarker,      // "Advertisement", "Share this", "Read more: ..."
  kCredit,      // photo captions and credits, "Getty Images"
  kByline,      // "By Jane Smith", "Reporting by ...; Editing by ..."
  kDisclaimer,  // "The views expressed in this article are the author's own."
  kCopyright,   // "Copyright 2024 ...", "All rights reserved"
  kAuthorBio,   // "Jane Smith is a senior fellow at ..." near the end
  kAuthorName,  // a short name line repeated, or the name from a byline
};

// Classifies one line (without its newline) on its own; `near_end` allows
// the author-biography rule, which only applies to the last lines.
BoilerplateKind ClassifyLine(std::string_view line, bool near_end);

// Two to four capitalized words and nothing else ("Jane Smith"): an author
// name line when it repeats or matches a byline.
bool IsShortNameLine(std::string_view line);

}  // namespace text
}  // namespace casus
