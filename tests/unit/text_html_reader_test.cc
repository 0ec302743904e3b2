// HTML reader: title, date and article text out of a news page, without the
// page furniture; hostile pages (deep nesting, binary, empty) never crash.
#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <string>
#include <vector>

#include "casus/reader.h"

namespace casus {
namespace {

struct HtmlResult {
  bool read = false;
  RawDocument doc;
  DiagnosticList diagnostics;
  uint64_t skipped = 0;
};

HtmlResult ReadHtml(const std::string& html) {
  HtmlResult result;
  std::istringstream in(html);
  auto reader = MakeReader(InputFormat::kHtml, in, "page.html", &result.diagnostics);
  result.read = reader->Next(result.doc);
  RawDocument extra;
  EXPECT_FALSE(reader->Next(extra));  // one file, one document
  result.skipped = reader->skipped();
  return result;
}

const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Talks resume | Example News</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="article:published_time" content="2022-03-01T08:30:00Z">
<script>var ad = "Advertisement";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="page">
  <article>
    <h1>Talks resume in Geneva</h1>
    <div class="byline">By Jane Smith</div>
    <figure><img src="x.jpg"><figcaption>Delegates arrive. Photograph: A. Person/Agency</figcaption></figure>
    <p>Negotiators from both sides met on Tuesday &amp; agreed to continue.</p>
    <div class="ad-slot advert">Buy now</div>
    <p>The <b>next round</b> is planned for <a href="#">next week</a>.</p>
    <h2>Background</h2>
    <p>Earlier talks collapsed in <em>January</em>.</p>
    <div class="share-tools">Share this on Facebook</div>
    <aside><p>Related: other story with a very long paragraph of text that should not win.</p></aside>
  </article>
  <section class="comments"><p>Comment one is long and angry and full of words.</p>
  <p>Comment two is also long and full of many more words than the article.</p></section>
</div>
<footer><p>Copyright 2022 Example News. All rights reserved.</p></footer>
</body></html>)";

TEST(HtmlReader, ExtractsTitleDateAndArticleParagraphs) {
  auto r = ReadHtml(kPage);
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.id, "page.html");
  EXPECT_EQ(r.doc.title, "Talks resume in Geneva");
  EXPECT_EQ(r.doc.date, "2022-03-01");
  EXPECT_EQ(r.doc.text,
            "Talks resume in Geneva\n\n"
            "Negotiators from both sides met on Tuesday & agreed to continue.\n\n"
            "The next round is planned for next week.\n\n"
            "Background\n\n"
            "Earlier talks collapsed in January.");
  EXPECT_TRUE(r.diagnostics.items.empty());
}

TEST(HtmlReader, WithoutArticleTheRichestParagraphContainerWins) {
  auto r = ReadHtml(
      "<html><head><title>Plain page</title><meta name=\"date\" content=\"2020-05-06\"></head><body>"
      "<div id=\"menu\"><p>Home</p></div>"
      "<div id=\"story\"><p>First paragraph of the story, long enough to count.</p>"
      "<p>Second paragraph of the story, also long enough.</p></div>"
      "<div class=\"newsletter\"><p>Subscribe to our newsletter for a very long list of benefits today.</p>"
      "<p>More text about the newsletter that goes on and on and on and on and on.</p></div>"
      "</body></html>");
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.title, "Plain page");
  EXPECT_EQ(r.doc.date, "2020-05-06");
  EXPECT_EQ(r.doc.text,
            "First paragraph of the story, long enough to count.\n\n"
            "Second paragraph of the story, also long enough.");
}

TEST(HtmlReader, TitleFallsBackToFirstHeadingAndDateToTimeElement) {
  auto r = ReadHtml("<body><h1>Headline here</h1><time datetime=\"2019-11-02T10:00\">Nov 2</time>"
                    "<p>Body text.</p></body>");
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.title, "Headline here");
  EXPECT_EQ(r.doc.date, "2019-11-02");
}

TEST(HtmlReader, ItempropArticleBodyAndDatePublished) {
  auto r = ReadHtml("<body><span itemprop=\"datePublished\" content=\"2018-07-08\"></span>"
                    "<div itemprop=\"articleBody\"><p>Inside.</p><p>Also inside.</p></div>"
                    "<div><p>Outside paragraph that is much longer than the article body text.</p></div></body>");
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.date, "2018-07-08");
  EXPECT_NE(r.doc.text.find("Inside."), std::string::npos);
}

TEST(HtmlReader, ImpossibleDateIsDroppedWithWarning) {
  auto r = ReadHtml("<head><meta property=\"article:published_time\" content=\"9999-99-99\"></head>"
                    "<body><p>Text.</p></body>");
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.date, "");
  ASSERT_EQ(r.diagnostics.items.size(), 1u);
  EXPECT_EQ(r.diagnostics.items[0].severity, Severity::kWarning);
}

TEST(HtmlReader, EmptyAndBinaryPagesAreSkipped) {
  auto empty = ReadHtml("<html><head><title>x</title></head><body><nav>menu</nav></body></html>");
  EXPECT_FALSE(empty.read);
  EXPECT_EQ(empty.skipped, 1u);
  EXPECT_EQ(empty.diagnostics.errors(), 1u);
  auto binary = ReadHtml(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  EXPECT_FALSE(binary.read);
  EXPECT_EQ(binary.skipped, 1u);
  EXPECT_NE(binary.diagnostics.items.at(0).message.find("binary"), std::string::npos);
}

TEST(HtmlReader, InvalidUtf8IsRepaired) {
  auto r = ReadHtml("<p>caf\xE9 owner</p>");
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.text, "caf\xEF\xBF\xBD owner");
  EXPECT_EQ(r.diagnostics.items.size(), 1u);
}

TEST(HtmlReader, DeeplyNestedPageIsFastAndDoesNotCrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Deep text &amp; more.</p>";
  auto start = std::chrono::steady_clock::now();
  auto r = ReadHtml(html);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.text, "Deep text & more.");
  EXPECT_LT(seconds, 5.0);
  ASSERT_FALSE(r.diagnostics.items.empty());
  EXPECT_NE(r.diagnostics.items[0].message.find("nested"), std::string::npos);
}

TEST(HtmlReader, ModeratelyNestedPageUsesTheParser) {
  std::string html = "<body>";
  for (int i = 0; i < 500; ++i) html += "<div>";
  html += "<p>Text.</p><nav>menu</nav>";
  auto r = ReadHtml(html);
  ASSERT_TRUE(r.read);
  EXPECT_EQ(r.doc.text, "Text.");
  EXPECT_TRUE(r.diagnostics.items.empty());
}

TEST(HtmlReader, ManyUnclosedParagraphsAreNotDeep) {
  std::string html = "<body>";
  for (int i = 0; i < 5000; ++i) html += "<p>Paragraph " + std::to_string(i) + ".";
  auto r = ReadHtml(html);
  ASSERT_TRUE(r.read);
  EXPECT_TRUE(r.diagnostics.items.empty());
  EXPECT_NE(r.doc.text.find("Paragraph 4999."), std::string::npos);
}

}  // namespace
}  // namespace casus
