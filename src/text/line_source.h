// Reads a stream line by line in fixed-size chunks, so that one enormous line
// costs at most `max_line_bytes` of memory: the rest of it is discarded and
// the caller told, instead of the whole input landing in one string.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace casus::text {

class LineSource {
 public:
  LineSource(std::istream& in, uint64_t max_line_bytes) : in_(in), max_line_bytes_(max_line_bytes) {}

  // Fills `line` (without "\n" or a trailing "\r") and returns true, or
  // returns false at end of input. `too_long` says the line was cut off.
  bool Next(std::string& line, bool& too_long);
  uint64_t line_number() const { return line_number_; }
  // The first bytes of the stream (up to `limit`), read ahead without
  // consuming them: for binary detection before the first line is handed out.
  std::string_view Peek(size_t limit);

 private:
  bool Fill();
  std::istream& in_;
  uint64_t max_line_bytes_;
  uint64_t line_number_ = 0;
  std::vector<char> buffer_ = std::vector<char>(64 * 1024);
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
};

}  // namespace casus::text
