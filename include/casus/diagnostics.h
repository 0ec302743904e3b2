// Messages about user input (documents, dictionaries) that the library
// reports instead of printing. Each names where the problem is and what it is.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace casus {

enum class Severity : uint8_t { kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;   // path, or "<stdin>"
  uint64_t line = 0;  // 1-based; 0 when not line-oriented
  std::string message;
  std::string ToString() const;  // "file:line: error: message"
};

class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void Report(Diagnostic diagnostic) = 0;
};

// Keeps every diagnostic; what tests and the CLI use.
class DiagnosticList : public DiagnosticSink {
 public:
  void Report(Diagnostic diagnostic) override { items.push_back(std::move(diagnostic)); }
  size_t errors() const;
  std::vector<Diagnostic> items;
};

}  // namespace casus
