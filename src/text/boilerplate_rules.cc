// The line rules of the boilerplate filter. Each rule targets a kind of page
// furniture, not one publisher's wording, and all of them require the line to
// be short: body paragraphs are long and are never removed for a phrase they
// happen to contain.
#include <array>
#include <string>

#include "text/boilerplate_filter.h"
#include "text/char_class.h"

namespace casus::text {
namespace {

constexpr size_t kShortLine = 200;
constexpr size_t kDisclaimerLine = 500;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (AsciiClass(c) == kClassUpper) c = static_cast<char>(c | 0x20);
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool Contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

std::string_view TrimEnd(std::string_view s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

bool IsMarker(std::string_view lower) {
  static constexpr std::array<std::string_view, 30> kWhole = {
      "advertisement", "advertisements", "advert", "sponsored", "sponsored content",
      "story continues below advertisement", "skip advertisement", "share this", "share this article",
      "share this story", "share", "share on facebook", "share on twitter", "tweet", "email", "print",
      "comments", "related", "related articles", "related stories", "related content", "more on this story",
      "read more", "continue reading", "continue reading the main story", "supported by",
      "listen to this article", "file photo", "most read", "recommended"};
  std::string_view bare = TrimEnd(lower, " :.|>");
  for (auto whole : kWhole)
    if (bare == whole) return true;
  static constexpr std::array<std::string_view, 16> kPrefixes = {
      "read more:", "read more about", "read more from", "read more at", "related:", "see also:",
      "sign up", "subscribe to", "subscribe for", "follow us", "click here", "share this", "share on ",
      "this article originally appeared", "this article was originally published",
      "this story was originally published"};
  for (auto prefix : kPrefixes)
    if (StartsWith(lower, prefix)) return true;
  if (StartsWith(lower, "follow ")) {
    for (std::string_view network : {" on twitter", " on x", " on facebook", " on instagram", " on linkedin"})
      if (Contains(lower, network)) return true;
  }
  return false;
}

// "... Photograph: Amr Nabil/AP", "(AP Photo/Hussein Malla)", "Getty Images",
// and any short line ending in a "Name/Agency" credit.
bool IsCredit(std::string_view line, std::string_view lower) {
  static constexpr std::array<std::string_view, 13> kPrefixes = {
      "photograph:", "photograph by", "photo:", "photos:", "photo by", "photo credit", "photo illustration",
      "picture:", "pictured:", "image:", "image copyright", "image caption", "image source"};
  for (auto prefix : kPrefixes)
    if (StartsWith(lower, prefix)) return true;
  if (StartsWith(lower, "file photo") || StartsWith(lower, "credit:")) return true;
  for (std::string_view part : {"photograph:", "(ap photo", "(photo:", "photo credit:", "afp via getty"})
    if (Contains(lower, part)) return true;
  std::string_view end = TrimEnd(lower, " .)]");
  if (end.size() >= 12 && end.substr(end.size() - 12) == "getty images") return true;
  // Last word "Name/Agency": capitals on both sides of the slash, not a URL,
  // and no final period (which would make the line a sentence).
  if (line.back() == '.') return false;
  std::string_view trimmed = TrimEnd(line, " .)]");
  size_t space = trimmed.rfind(' ');
  std::string_view last = space == std::string_view::npos ? trimmed : trimmed.substr(space + 1);
  size_t slash = last.find('/');
  return slash != std::string_view::npos && slash > 0 && slash + 1 < last.size() &&
         !Contains(last, "://") && AsciiClass(last[slash + 1]) == kClassUpper &&
         AsciiClass(last[slash - 1]) != kClassDigit && AsciiClass(last[0]) == kClassUpper;
}

bool IsConnector(std::string_view lower_word) {
  for (std::string_view w : {"and", "&", "de", "del", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la",
                             "le", "du", "da", "di", "dos", "in", "|", "-", "--", "for"})
    if (lower_word == w) return true;
  return false;
}

// Words that are capitalized, numbers or name connectors, at most `limit`.
bool IsNameLike(std::string_view s, size_t limit, size_t min_words = 1) {
  size_t words = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == ',')) ++pos;
    if (pos >= s.size()) break;
    size_t end = s.find_first_of(" ,", pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view word = s.substr(pos, end - pos);
    uint8_t cls = AsciiClass(word[0]);
    if (cls != kClassUpper && cls != kClassDigit && cls != kClassNonAscii && !IsConnector(Lower(word))) return false;
    if (++words > limit) return false;
    pos = end;
  }
  return words >= min_words;
}

bool IsByline(std::string_view line, std::string_view lower) {
  for (std::string_view prefix : {"reporting by", "additional reporting by", "editing by", "writing by",
                                  "compiled by", "(reporting by", "(additional reporting", "(editing by"})
    if (StartsWith(lower, prefix)) return true;
  if (!StartsWith(lower, "by ") || line.size() > 120) return false;
  std::string_view rest = TrimEnd(line.substr(3), " ");
  // A final period belongs to a sentence ("By then, it was over."), unless it
  // closes "Jr." or "Sr.".
  if (!rest.empty() && rest.back() == '.') {
    std::string tail = Lower(rest.substr(rest.size() >= 3 ? rest.size() - 3 : 0));
    if (tail != "jr." && tail != "sr.") return false;
  }
  return IsNameLike(TrimEnd(rest, "."), 12);
}

bool IsDisclaimer(std::string_view lower) {
  if (!Contains(lower, "views expressed") && !Contains(lower, "opinions expressed")) return false;
  return Contains(lower, "author") || Contains(lower, "own") || Contains(lower, "necessarily") ||
         Contains(lower, "writer") || Contains(lower, "contributor");
}

bool IsCopyright(std::string_view line, std::string_view lower) {
  return StartsWith(lower, "copyright") || StartsWith(line, "\xC2\xA9") || StartsWith(lower, "(c) ") ||
         Contains(lower, "all rights reserved");
}

// "Jane Smith is a senior fellow at ...", "John Doe (@jdoe) is the author of".
bool IsAuthorBio(std::string_view line, std::string_view lower) {
  size_t verb = std::string_view::npos;
  for (std::string_view v : {" is a ", " is an ", " is the ", " was a ", " was the ", " has been ", " is "}) {
    verb = line.find(v);
    if (verb != std::string_view::npos) break;
  }
  if (verb == std::string_view::npos || verb > 60) return false;
  std::string_view name = line.substr(0, verb);
  if (size_t paren = name.find(" ("); paren != std::string_view::npos) name = name.substr(0, paren);
  if (!IsNameLike(name, 5, 2)) return false;
  static constexpr std::array<std::string_view, 22> kRoles = {
      "fellow", "professor", "lecturer", "editor", "correspondent", "reporter", "journalist", "writer",
      "columnist", "author of", "analyst", "researcher", "director of", "founder", "contributor", "scholar",
      "economist", "associate", "research", "chair of", "senior adviser", "former"};
  for (auto role : kRoles)
    if (Contains(lower, role)) return true;
  return false;
}

}  // namespace

bool IsShortNameLine(std::string_view line) {
  return line.size() <= 40 && IsNameLike(line, 4, 2) && line.find(',') == std::string_view::npos;
}

BoilerplateKind ClassifyLine(std::string_view line, bool near_end) {
  while (!line.empty() && AsciiClass(line.front()) == kClassSpace) line.remove_prefix(1);
  while (!line.empty() && AsciiClass(line.back()) == kClassSpace) line.remove_suffix(1);
  if (line.empty()) return BoilerplateKind::kNone;
  if (line.size() > kDisclaimerLine) return BoilerplateKind::kNone;
  std::string lower = Lower(line);
  if (IsDisclaimer(lower)) return BoilerplateKind::kDisclaimer;
  if (line.size() > kShortLine) return BoilerplateKind::kNone;
  if (IsMarker(lower)) return BoilerplateKind::kMarker;
  if (IsCopyright(line, lower)) return BoilerplateKind::kCopyright;
  if (IsByline(line, lower)) return BoilerplateKind::kByline;
  if (IsCredit(line, lower)) return BoilerplateKind::kCredit;
  if (near_end && IsAuthorBio(line, lower)) return BoilerplateKind::kAuthorBio;
  return BoilerplateKind::kNone;
}

}  // namespace casus::text
