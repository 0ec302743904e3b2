// Tree-free HTML handling: a depth estimate that decides whether gumbo may
// parse a page, and a tag stripper for the pages it may not.
#include <strings.h>

#include <array>
#include <cstring>

#include "text/html_extract.h"
#include "text/paragraph_writer.h"
#include "text/utf8.h"

namespace casus::text {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The tag name starting at html[pos], lower-cased into a small buffer.
std::string_view TagName(std::string_view html, size_t pos, std::array<char, 16>& buffer) {
  size_t n = 0;
  while (pos + n < html.size() && n < buffer.size() &&
         (IsAsciiAlpha(html[pos + n]) || (html[pos + n] >= '0' && html[pos + n] <= '9'))) {
    buffer[n] = static_cast<char>(html[pos + n] | 0x20);
    ++n;
  }
  return std::string_view(buffer.data(), n);
}

bool InList(std::string_view name, std::initializer_list<std::string_view> list) {
  for (auto item : list)
    if (name == item) return true;
  return false;
}

// Elements with no end tag, or whose end tag the parser supplies itself.
bool NeverNests(std::string_view name) {
  return InList(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
                       "tbody", "thead", "tfoot", "rb", "rt", "rp", "colgroup", "!doctype"});
}

bool IsBlockName(std::string_view name) {
  return InList(name, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section",
                       "article", "main", "table", "tr", "td", "th", "pre", "dl", "dt", "dd", "br", "hr",
                       "header", "footer", "nav", "aside", "figure", "body", "title"});
}

// Position after the end of the raw-text element (script, style) whose
// content starts at `pos`.
size_t SkipRawText(std::string_view html, size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    if (html.size() - pos - 2 >= name.size() && strncasecmp(html.data() + pos + 2, name.data(), name.size()) == 0)
      break;
    pos += 2;
  }
  if (pos == std::string_view::npos) return html.size();
  size_t close = html.find('>', pos);
  return close == std::string_view::npos ? html.size() : close + 1;
}

void AppendEntity(std::string_view entity, std::string& out) {
  if (entity.size() > 1 && entity[0] == '#') {
    char32_t cp = 0;
    bool hex = entity[1] == 'x' || entity[1] == 'X';
    for (size_t i = hex ? 2 : 1; i < entity.size() && cp < 0x110000; ++i) {
      char c = entity[i];
      int digit = c >= '0' && c <= '9' ? c - '0' : hex && IsAsciiAlpha(c) ? (c | 0x20) - 'a' + 10 : -1;
      if (digit < 0 || digit >= (hex ? 16 : 10)) return;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
    AppendUtf8(cp, out);
    return;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
      {"mdash", "\xE2\x80\x94"}, {"ndash", "\xE2\x80\x93"}, {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"},
      {"rdquo", "\xE2\x80\x9D"}, {"ldquo", "\xE2\x80\x9C"}, {"hellip", "\xE2\x80\xA6"}};
  for (const auto& [name, value] : kNamed)
    if (entity == name) {
      out += value;
      return;
    }
  out += '&';
  out += entity;
  out += ';';
}

}  // namespace

size_t EstimateHtmlDepth(std::string_view html) {
  size_t depth = 0, max_depth = 0;
  std::array<char, 16> buffer;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    ++pos;
    if (html.substr(pos, 3) == "!--") {
      size_t end = html.find("-->", pos);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    bool closing = pos < html.size() && html[pos] == '/';
    if (closing) ++pos;
    if (pos >= html.size() || !IsAsciiAlpha(html[pos])) continue;
    std::string_view name = TagName(html, pos, buffer);
    size_t close = html.find('>', pos);
    if (close == std::string_view::npos) break;
    bool self_closing = close > 0 && html[close - 1] == '/';
    pos = close + 1;
    if (!closing && (name == "script" || name == "style")) {
      pos = SkipRawText(html, pos, name);
      continue;
    }
    if (NeverNests(name) || self_closing) continue;
    if (closing) {
      if (depth > 0) --depth;
    } else {
      max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

std::string StripHtmlTags(std::string_view html) {
  ParagraphWriter writer;
  std::string text;
  std::array<char, 16> buffer;
  size_t pos = 0;
  auto flush = [&] {
    writer.AppendText(text);
    text.clear();
  };
  while (pos < html.size()) {
    char c = html[pos];
    if (c == '&') {
      size_t semicolon = html.find(';', pos + 1);
      if (semicolon != std::string_view::npos && semicolon - pos <= 10) {
        AppendEntity(html.substr(pos + 1, semicolon - pos - 1), text);
        pos = semicolon + 1;
        continue;
      }
    }
    if (c != '<') {
      text.push_back(c);
      ++pos;
      continue;
    }
    if (html.substr(pos + 1, 3) == "!--") {
      size_t end = html.find("-->", pos + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    size_t name_pos = pos + 1 + (pos + 1 < html.size() && html[pos + 1] == '/');
    if (name_pos >= html.size() || !(IsAsciiAlpha(html[name_pos]) || html[name_pos] == '!')) {
      text.push_back(c);
      ++pos;
      continue;
    }
    const bool opening = name_pos == pos + 1;
    std::string_view name = TagName(html, name_pos, buffer);
    size_t close = html.find('>', name_pos);
    pos = close == std::string_view::npos ? html.size() : close + 1;
    if (opening && (name == "script" || name == "style" || name == "noscript")) pos = SkipRawText(html, pos, name);
    if (IsBlockName(name)) {
      flush();
      writer.ParagraphBreak();
    }
  }
  flush();
  return writer.Finish();
}

}  // namespace casus::text
