// Turns a token's surface into what later stages compare: the normalized form
// (NFC, straight quotes and apostrophes, "-" inside words), its lower-case
// version, both interned, and the token flags. Reuses its buffers, so the
// ASCII path allocates nothing per token.
#pragma once

#include <string>
#include <string_view>

#include "casus/doc.h"

namespace casus::text {

class TokenFormBuilder {
 public:
  // `form_override` replaces the normalized surface when not empty (a dash
  // written "-", "–" or "—" becomes "--"). `extra_flags` are OR-ed in.
  void Build(std::string_view surface, std::string_view form_override, uint16_t extra_flags, Doc& doc,
             Token& token);

 private:
  void NormalizeNonAscii(std::string_view surface);
  void LowerNonAscii();
  std::string form_;
  std::string lower_;
};

}  // namespace casus::text
