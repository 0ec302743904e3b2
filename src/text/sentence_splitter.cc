#include "text/sentence_splitter.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace casus {
namespace {

using text::AsciiClass;

class Boundaries {
 public:
  explicit Boundaries(const Doc& doc) : doc_(doc), tokens_(doc.tokens), excluded_(doc.skipped) {
    if (!doc.dateline.empty()) excluded_.push_back(doc.dateline);
    std::sort(excluded_.begin(), excluded_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  }

  // Whether a sentence ends after token `a` (and before token a + 1).
  bool EndsAfter(size_t a) {
    const Token& left = tokens_[a];
    const Token& right = tokens_[a + 1];
    std::string_view gap = doc_.Surface(left.end, right.begin);
    if (HasParagraphBreak(gap) || SkippedBetween(left.end, right.begin)) return true;
    if (IsAttachedCloser(a + 1)) return false;
    // Step back over closing quotes and brackets to the punctuation they follow.
    size_t t = a;
    while (t > 0 && IsAttachedCloser(t)) --t;
    std::string_view terminal = Form(t);
    bool plain_end = terminal == "." || terminal == "?" || terminal == "!" || terminal == "..." ||
                     (terminal.size() > 1 && (terminal[0] == '?' || terminal[0] == '!' || terminal[0] == '.'));
    bool abbreviation = !plain_end && terminal.size() > 1 && terminal.back() == '.';
    if (plain_end) return StartsSentence(a + 1);
    if (abbreviation)
      return right.Has(kCapitalized) && text::IsTypicalSentenceStarter(doc_.Surface(right));
    return gap.find('\n') != std::string_view::npos && IsHeadlineBreak(a);
  }

 private:
  std::string_view Form(size_t i) const { return doc_.words.Text(tokens_[i].form); }

  // Two newlines with only white space between them.
  static bool HasParagraphBreak(std::string_view gap) {
    bool newline_seen = false;
    for (char c : gap) {
      if (c == '\n') {
        if (newline_seen) return true;
        newline_seen = true;
      } else if (AsciiClass(c) != text::kClassSpace) {
        newline_seen = false;
      }
    }
    return false;
  }

  bool SkippedBetween(uint32_t begin, uint32_t end) {
    while (next_excluded_ < excluded_.size() && excluded_[next_excluded_].end <= begin) ++next_excluded_;
    return next_excluded_ < excluded_.size() && excluded_[next_excluded_].begin < end;
  }

  // A closing quote or bracket written right after the previous token.
  bool IsAttachedCloser(size_t i) const {
    if (i == 0 || tokens_[i].begin != tokens_[i - 1].end) return false;
    std::string_view form = Form(i);
    if (form == ")" || form == "]" || form == "}") return true;
    if (form != "\"" && form != "'") return false;
    // “ opens even when written without a space; ” and straight quotes close.
    return doc_.Surface(tokens_[i]) != "\xE2\x80\x9C" && doc_.Surface(tokens_[i]) != "\xE2\x80\x98";
  }

  bool StartsSentence(size_t i) const {
    const Token& t = tokens_[i];
    if (t.Has(kCapitalized) || t.Has(kNumber)) return true;
    std::string_view form = Form(i);
    if (!form.empty() && text::IsAsciiDigit(form[0])) return true;
    return form == "\"" || form == "'" || form == "(" || form == "[" || form == "--";
  }

  // A single newline ends a sentence after a short line without final
  // punctuation (a headline), not inside wrapped text.
  bool IsHeadlineBreak(size_t a) const {
    if (tokens_[a].Has(kPunctuation) || !StartsSentence(a + 1)) return false;
    std::string_view text = doc_.text;
    size_t line_begin = text.rfind('\n', tokens_[a].begin);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    size_t next_begin = tokens_[a + 1].begin;
    size_t next_end = text.find('\n', next_begin);
    if (next_end == std::string_view::npos) next_end = text.size();
    size_t line_length = tokens_[a].end - line_begin;
    size_t next_length = next_end - next_begin;
    return line_length * 10 < std::max<size_t>(next_length, 70) * 7;
  }

  const Doc& doc_;
  const std::vector<Token>& tokens_;
  std::vector<Span> excluded_;
  size_t next_excluded_ = 0;
};

// Where to cut [first, end) so that no piece exceeds `max_tokens`: after the
// last ; : or , in the allowed window, when it leaves a piece of reasonable
// size, else at the limit.
void AppendCapped(const Doc& doc, uint32_t first, uint32_t end, uint32_t max_tokens, std::vector<uint32_t>& starts) {
  while (end - first > max_tokens) {
    uint32_t cut = first + max_tokens;
    for (uint32_t i = first + max_tokens - 1; i > first + max_tokens / 4; --i) {
      std::string_view form = doc.words.Text(doc.tokens[i].form);
      if (form == ";" || form == ":" || form == ",") {
        cut = i + 1;
        break;
      }
    }
    starts.push_back(cut);
    first = cut;
  }
}

}  // namespace

Status SentenceSplitter::Process(Doc& doc) const {
  doc.sentences.clear();
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  if (n == 0) return Status::Ok();
  const uint32_t max_tokens = std::max<uint32_t>(options_.max_tokens, 1);
  for (Token& t : doc.tokens) t.flags &= static_cast<uint16_t>(~kSentenceStart);

  std::vector<uint32_t> starts = {0};
  Boundaries boundaries(doc);
  uint32_t first = 0;
  for (uint32_t a = 0; a + 1 < n; ++a) {
    if (!boundaries.EndsAfter(a)) continue;
    AppendCapped(doc, first, a + 1, max_tokens, starts);
    starts.push_back(a + 1);
    first = a + 1;
  }
  AppendCapped(doc, first, n, max_tokens, starts);

  doc.sentences.reserve(starts.size());
  for (size_t i = 0; i < starts.size(); ++i) {
    uint32_t begin = starts[i];
    uint32_t end = i + 1 < starts.size() ? starts[i + 1] : n;
    Sentence& s = doc.sentences.emplace_back();
    s.first_token = begin;
    s.end_token = end;
    s.begin = doc.tokens[begin].begin;
    s.end = doc.tokens[end - 1].end;
    doc.tokens[begin].flags |= kSentenceStart;
  }
  return Status::Ok();
}

}  // namespace casus
