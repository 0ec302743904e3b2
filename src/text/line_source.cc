#include "text/line_source.h"

#include <cstring>

namespace casus::text {

bool LineSource::Fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  in_.read(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
  std::streamsize got = in_.gcount();
  if (got <= 0) {
    eof_ = true;
    return false;
  }
  end_ += static_cast<size_t>(got);
  return true;
}

std::string_view LineSource::Peek(size_t limit) {
  while (end_ - begin_ < limit && !eof_) {
    if (end_ == buffer_.size() && begin_ == 0 && buffer_.size() >= limit) break;
    if (!Fill()) break;
  }
  size_t n = std::min(limit, end_ - begin_);
  return std::string_view(buffer_.data() + begin_, n);
}

bool LineSource::Next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  for (;;) {
    if (begin_ == end_) {
      begin_ = end_ = 0;
      if (!Fill()) break;
    }
    any = true;
    const char* start = buffer_.data() + begin_;
    size_t avail = end_ - begin_;
    const void* newline = std::memchr(start, '\n', avail);
    size_t take = newline ? static_cast<size_t>(static_cast<const char*>(newline) - start) : avail;
    if (!too_long) {
      if (line.size() + take > max_line_bytes_) {
        too_long = true;
        line.clear();
      } else {
        line.append(start, take);
      }
    }
    begin_ += take;
    if (newline) {
      ++begin_;
      break;
    }
  }
  if (!any) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_number_;
  return true;
}

}  // namespace casus::text
