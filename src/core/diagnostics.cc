#include "casus/diagnostics.h"

namespace casus {

std::string Diagnostic::ToString() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) out += ":" + std::to_string(line);
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

size_t DiagnosticList::errors() const {
  size_t n = 0;
  for (const auto& d : items) n += d.severity == Severity::kError;
  return n;
}

}  // namespace casus
