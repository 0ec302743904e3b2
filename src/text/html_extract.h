// The article inside a news web page: title, publication date and main text,
// without navigation, advertising, captions, bylines and other page furniture.
#pragma once

#include <string>
#include <string_view>

namespace casus::text {

struct HtmlArticle {
  std::string title;
  std::string date;  // as found in the page, not yet normalized
  std::string text;  // paragraphs separated by "\n\n"
};

// Parses `html` (valid UTF-8) with gumbo and extracts the article.
HtmlArticle ExtractHtmlArticle(std::string_view html);

// Elements opened and not yet closed at the deepest point, counting only
// elements that the HTML parser cannot close implicitly. gumbo's time and
// memory grow with the square of the depth, so deep pages take the fallback.
size_t EstimateHtmlDepth(std::string_view html);

// Fallback without a parse tree: drops tags, scripts, styles and comments,
// decodes common entities, breaks paragraphs at block tags.
std::string StripHtmlTags(std::string_view html);

}  // namespace casus::text
