// Pieces of syntax TABARI and PETRARCH dictionaries share: comments, code
// blocks "[CODE date]", dates, phrases joined by '_', synsets and verb
// patterns ("- SAID * TO + [082]"). The file readers build on these.
#pragma once

#include <climits>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/foreign_dictionaries.h"

namespace casus {

enum class ForeignFormat : uint8_t { kTabari, kPetrarch };

// The line without its comment: TABARI ';' (and '#' or "//" at the start),
// PETRARCH '#' or ';' anywhere. Trimmed.
std::string_view StripForeignComment(std::string_view line, ForeignFormat format);

// Reads a dictionary file line by line, dropping comments (including
// PETRARCH's "<!-- ... -->" blocks, which may span lines).
class ForeignLines {
 public:
  ForeignLines(std::istream& in, ForeignFormat format) : in_(in), format_(format) {}
  // False at the end. `content` is empty for blank and comment-only lines;
  // `blank` tells a truly blank line (it ends PETRARCH synsets and actor groups).
  bool Next(std::string_view& content, bool& blank);
  uint32_t line() const { return line_; }
  const std::string& raw() const { return raw_; }

 private:
  std::istream& in_;
  ForeignFormat format_;
  std::string raw_;
  uint32_t line_ = 0;
  bool in_xml_comment_ = false;
  bool finished_ = false;
};

// "[CODE]", "[CODE >950101]", "[CODE <950101]", "[CODE 950101-990815]".
struct CodeBlock {
  std::string code;
  int from_day = INT_MIN, to_day = INT_MAX;
  bool dated() const { return from_day != INT_MIN || to_day != INT_MAX; }
};

// Reads every "[...]" in `text` into `blocks`; returns "" or an error message.
// `rest` gets the text before the first '['.
std::string ParseCodeBlocks(std::string_view text, std::vector<CodeBlock>& blocks, std::string_view& rest);

// "950101" (YYMMDD: 00-29 is 20xx) or "19950101"; days since 1970-01-01.
// A day past the month's end ("041131") is read as its last day and counted
// in *clamped_days when given.
bool ParseForeignDate(std::string_view s, int& day, int* clamped_days = nullptr);

// A dictionary phrase ("AL_GORE", "UNITED NATIONS_") as the tokenizer's
// lower-cased words. `stem` says the last word had no trailing '_' (TABARI
// then matches any word it begins).
void ForeignPhraseWords(std::string_view phrase, const PhraseSplitter& split, std::vector<std::string>& words,
                        bool& stem);

// Words a TABARI stem stands for: itself plus the usual endings of names and
// demonyms ("ARGENTIN" -> argentina, argentine, ...). Our tries match whole words.
std::vector<std::string> StemVariants(const std::string& stem);

// Synsets "&NAME" with their members ("+DOLLAR", "+SWISS_FRANC"), as written.
using SynsetTable = std::unordered_map<std::string, std::vector<std::string>>;

// Parses the words of one pattern ("SAID * TO_ATTEND", "* (TO {BANNED PARTIES}) $")
// into pattern.before / pattern.rest. `prefix_words` (a multi-word verb's other
// words) are put right after the trigger. Returns "" or an error message.
std::string ParseForeignPattern(std::string_view text, ForeignFormat format, const SynsetTable& synsets,
                                const PhraseSplitter& split, Vocabulary& vocab, VerbPattern& pattern);

// "[064]", "[032:033]", "[---]": fills cameo, paired_cameo and null_code.
// Codes CAMEO lacks are added to the table and reported as warnings.
struct CodeTarget {
  CameoTable& cameo;
  DiagnosticSink* sink;
  const std::string& file;
  uint32_t line;
};
std::string ApplyEventCode(std::string_view code, CodeTarget target, VerbPattern& pattern);

}  // namespace casus
