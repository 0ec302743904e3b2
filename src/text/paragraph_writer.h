// Builds plain text out of HTML pieces: collapses white space inside a
// paragraph and separates paragraphs with one blank line.
#pragma once

#include <string>
#include <string_view>

namespace casus::text {

class ParagraphWriter {
 public:
  void AppendText(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        pending_space_ = !paragraph_.empty();
      } else {
        if (pending_space_) paragraph_.push_back(' ');
        pending_space_ = false;
        paragraph_.push_back(c);
      }
    }
  }
  void LineBreak() {
    if (!paragraph_.empty()) paragraph_.push_back('\n');
    pending_space_ = false;
  }
  void ParagraphBreak() {
    while (!paragraph_.empty() && paragraph_.back() == '\n') paragraph_.pop_back();
    if (!paragraph_.empty()) {
      if (!out_.empty()) out_ += "\n\n";
      out_ += paragraph_;
      paragraph_.clear();
    }
    pending_space_ = false;
  }
  std::string Finish() {
    ParagraphBreak();
    return std::move(out_);
  }

 private:
  std::string out_;
  std::string paragraph_;
  bool pending_space_ = false;
};

}  // namespace casus::text
