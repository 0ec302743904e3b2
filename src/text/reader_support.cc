#include <vector>

#include "text/readers.h"
#include "text/utf8.h"

namespace casus::text {

void Report(DiagnosticSink* sink, Severity severity, const std::string& file, uint64_t line,
            std::string message) {
  if (sink == nullptr) return;
  Diagnostic d;
  d.severity = severity;
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  sink->Report(std::move(d));
}

void RepairAndReport(std::string& text, DiagnosticSink* sink, const std::string& file, uint64_t first_line) {
  std::vector<uint64_t> bad_lines;
  size_t replaced = RepairUtf8(text, &bad_lines, first_line);
  if (replaced == 0) return;
  // A file in the wrong encoding has a bad byte on every line; name a few.
  constexpr size_t kNamed = 5;
  for (size_t i = 0; i < bad_lines.size() && i < kNamed; ++i)
    Report(sink, Severity::kWarning, file, bad_lines[i], "invalid UTF-8 replaced by U+FFFD");
  if (bad_lines.size() > kNamed)
    Report(sink, Severity::kWarning, file, bad_lines[kNamed],
           "invalid UTF-8 replaced by U+FFFD on " + std::to_string(bad_lines.size() - kNamed) + " more lines");
}

bool ReadWhole(std::istream& in, uint64_t max_bytes, std::string& out) {
  out.clear();
  char buffer[64 * 1024];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    auto got = static_cast<size_t>(in.gcount());
    if (out.size() + got > max_bytes) {
      // Stop here rather than drain the rest: the stream may never end (/dev/zero, a pipe).
      out.clear();
      out.shrink_to_fit();
      return false;
    }
    out.append(buffer, got);
  }
  return true;
}

bool IsBlank(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

}  // namespace casus::text
