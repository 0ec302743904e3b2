#include "text/html_extract.h"

#include <gumbo.h>
#include <strings.h>

#include <array>
#include <unordered_map>
#include <vector>

#include "text/paragraph_writer.h"

namespace casus::text {
namespace {

// Page furniture that never holds article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SVG: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Whole words of class/id names that mark page furniture. Matching whole
// segments ("share" in "share-tools") avoids hits inside other words
// ("ad" in "header", "comment" in "commentary").
constexpr std::array<std::string_view, 34> kFurnitureWords = {
    "ad",         "ads",        "advert",      "adverts",    "advertisement", "advertising", "promo",
    "promos",     "promotion",  "promoted",    "caption",    "captions",      "credit",      "credits",
    "byline",     "bylines",    "share",       "shares",     "sharing",       "sharebar",    "social",
    "related",    "newsletter", "newsletters", "subscribe",  "subscription",  "comment",     "comments",
    "commenting", "sidebar",    "breadcrumb",  "breadcrumbs", "cookie",       "paywall"};

bool NamesFurniture(const char* value) {
  if (value == nullptr) return false;
  std::string_view v(value);
  std::string segment;
  std::string previous;
  for (size_t i = 0; i <= v.size(); ++i) {
    char c = i < v.size() ? v[i] : ' ';
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      segment.push_back(static_cast<char>(c | 0x20));
      continue;
    }
    if (segment.empty()) continue;
    for (auto word : kFurnitureWords)
      if (segment == word) return true;
    if (segment.rfind("advert", 0) == 0) return true;
    if (segment == "bio" && previous == "author") return true;
    if (segment == "authorbio") return true;
    previous.swap(segment);
    segment.clear();
  }
  return false;
}

const char* Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool AttributeIs(const GumboNode* node, const char* name, const char* value) {
  const char* v = Attribute(node, name);
  return v != nullptr && strcasecmp(v, value) == 0;
}

// Text of a subtree, white space collapsed; explicit stack, no recursion.
std::string SubtreeText(const GumboNode* root) {
  ParagraphWriter writer;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      writer.AppendText(node->v.text.text);
      writer.AppendText(" ");
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return writer.Finish();
}

struct PageFacts {
  std::string og_title, title, h1;
  std::string meta_date, time_date;
  const GumboNode* article_body = nullptr;  // [itemprop=articleBody]
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::unordered_map<const GumboNode*, size_t> paragraph_score;
};

void ReadMeta(const GumboNode* node, PageFacts& facts) {
  const char* content = Attribute(node, "content");
  if (content == nullptr) return;
  const char* key = Attribute(node, "property");
  if (key == nullptr) key = Attribute(node, "name");
  if (key == nullptr) key = Attribute(node, "itemprop");
  if (key == nullptr) return;
  if (strcasecmp(key, "og:title") == 0 && facts.og_title.empty()) facts.og_title = content;
  static constexpr const char* kDateKeys[] = {"article:published_time", "og:published_time", "date", "pubdate",
                                              "dc.date", "dc.date.issued", "dcterms.date", "datepublished"};
  if (facts.meta_date.empty())
    for (const char* date_key : kDateKeys)
      if (strcasecmp(key, date_key) == 0) facts.meta_date = content;
}

// One pass over the tree: metadata, candidate containers and, for every
// element, the length of <p> text directly (full) or one level (half) below.
PageFacts Survey(const GumboNode* root) {
  PageFacts facts;
  struct Item {
    const GumboNode* node;
    bool excluded;
    const GumboNode* paragraph;  // nearest enclosing <p>
  };
  std::vector<Item> stack = {{root, false, nullptr}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* node = item.node;
    if (node->type == GUMBO_NODE_TEXT) {
      if (item.excluded || item.paragraph == nullptr) continue;
      size_t length = std::string_view(node->v.text.text).size();
      const GumboNode* parent = item.paragraph->parent;
      if (parent) {
        facts.paragraph_score[parent] += length * 2;
        if (parent->parent) facts.paragraph_score[parent->parent] += length;
      }
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector* children = &node->v.document.children;
    bool excluded = item.excluded;
    const GumboNode* paragraph = item.paragraph;
    if (node->type == GUMBO_NODE_ELEMENT) {
      children = &node->v.element.children;
      GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_META) ReadMeta(node, facts);
      if (tag == GUMBO_TAG_TITLE && facts.title.empty()) facts.title = SubtreeText(node);
      if (tag == GUMBO_TAG_H1 && facts.h1.empty()) facts.h1 = SubtreeText(node);
      if (AttributeIs(node, "itemprop", "datePublished") && facts.meta_date.empty()) {
        const char* v = Attribute(node, "datetime");
        if (v == nullptr) v = Attribute(node, "content");
        if (v != nullptr) facts.meta_date = v;
      }
      if (tag == GUMBO_TAG_TIME && facts.time_date.empty())
        if (const char* v = Attribute(node, "datetime")) facts.time_date = v;
      bool container = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
      excluded = excluded || IsSkippedTag(tag) ||
                 (!container && (NamesFurniture(Attribute(node, "class")) || NamesFurniture(Attribute(node, "id"))));
      if (!excluded) {
        if (AttributeIs(node, "itemprop", "articleBody") && !facts.article_body) facts.article_body = node;
        if (tag == GUMBO_TAG_ARTICLE && !facts.article) facts.article = node;
        if (tag == GUMBO_TAG_MAIN && !facts.main) facts.main = node;
        if (tag == GUMBO_TAG_BODY && !facts.body) facts.body = node;
      }
      if (tag == GUMBO_TAG_P) paragraph = node;
    }
    for (unsigned i = children->length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), excluded, paragraph});
  }
  return facts;
}

bool IsElement(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// The element holding the article: an explicit container (articleBody, then
// <article>, then <main>) that holds paragraph text, the one holding the most
// when there are several; else the richest paragraph container.
const GumboNode* ChooseContainer(const PageFacts& facts, const GumboNode* root) {
  enum { kArticleBody, kArticle, kMain, kKinds };
  std::array<std::unordered_map<const GumboNode*, size_t>, kKinds> totals;
  const GumboNode* best = nullptr;
  size_t best_score = 0;
  for (const auto& [node, score] : facts.paragraph_score) {
    if (score > best_score || (score == best_score && best && node->index_within_parent < best->index_within_parent))
      best = node, best_score = score;
    std::array<bool, kKinds> seen{};
    for (const GumboNode* n = node; n != nullptr; n = n->parent) {
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      int kind = AttributeIs(n, "itemprop", "articleBody") ? kArticleBody
                 : IsElement(n, GUMBO_TAG_ARTICLE)         ? kArticle
                 : IsElement(n, GUMBO_TAG_MAIN)            ? kMain
                                                           : -1;
      if (kind >= 0 && !seen[kind]) {
        seen[kind] = true;
        totals[kind][n] += score;
      }
    }
  }
  for (const auto& candidates : totals) {
    const GumboNode* chosen = nullptr;
    size_t chosen_score = 0;
    for (const auto& [node, score] : candidates)
      if (score > chosen_score) chosen = node, chosen_score = score;
    if (chosen) return chosen;
  }
  if (best != nullptr) return best;
  if (facts.article_body) return facts.article_body;
  if (facts.article) return facts.article;
  if (facts.main) return facts.main;
  if (facts.body) return facts.body;
  return root;
}

std::string ContainerText(const GumboNode* container) {
  ParagraphWriter writer;
  struct Item {
    const GumboNode* node;
    bool exit;
  };
  std::vector<Item> stack = {{container, false}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* node = item.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      writer.AppendText(node->v.text.text);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = node->v.element.tag;
    if (item.exit) {
      if (IsBlockTag(tag)) writer.ParagraphBreak();
      continue;
    }
    if (node != container &&
        (IsSkippedTag(tag) || NamesFurniture(Attribute(node, "class")) || NamesFurniture(Attribute(node, "id"))))
      continue;
    if (tag == GUMBO_TAG_BR) {
      writer.LineBreak();
      continue;
    }
    if (IsBlockTag(tag)) writer.ParagraphBreak();
    stack.push_back({node, true});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), false});
  }
  return writer.Finish();
}

}  // namespace

HtmlArticle ExtractHtmlArticle(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // error records copy the open-element stack: costly and unused
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlArticle article;
  PageFacts facts = Survey(output->document);
  article.title = !facts.og_title.empty() ? facts.og_title : !facts.title.empty() ? facts.title : facts.h1;
  ParagraphWriter title_writer;
  title_writer.AppendText(article.title);
  article.title = title_writer.Finish();
  article.date = !facts.meta_date.empty() ? facts.meta_date : facts.time_date;
  article.text = ContainerText(ChooseContainer(facts, output->root));
  gumbo_destroy_output(&options, output);
  return article;
}

}  // namespace casus::text
