// Boilerplate filter: page furniture lines are skipped, article lines kept.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "casus/doc.h"
#include "text/boilerplate_filter.h"

namespace casus {
namespace {

using text::BoilerplateKind;
using text::ClassifyLine;

TEST(BoilerplateRules, FurnitureLines) {
  struct Case {
    const char* line;
    BoilerplateKind kind;
  };
  std::vector<Case> cases = {
      {"Advertisement", BoilerplateKind::kMarker},
      {"  ADVERTISEMENT  ", BoilerplateKind::kMarker},
      {"Story continues below advertisement", BoilerplateKind::kMarker},
      {"Read more: Sanctions explained", BoilerplateKind::kMarker},
      {"Sign up for our daily briefing", BoilerplateKind::kMarker},
      {"Share this", BoilerplateKind::kMarker},
      {"Share this article", BoilerplateKind::kMarker},
      {"Follow us on Twitter", BoilerplateKind::kMarker},
      {"Follow Jane Smith on X", BoilerplateKind::kMarker},
      {"Click here to subscribe", BoilerplateKind::kMarker},
      {"Protesters gather in the square. Photograph: Amr Nabil/AP", BoilerplateKind::kCredit},
      {"Photo: Jane Doe/Reuters", BoilerplateKind::kCredit},
      {"Police stand guard. (AP Photo/John Roe)", BoilerplateKind::kCredit},
      {"Image copyright Getty Images", BoilerplateKind::kCredit},
      {"Soldiers on patrol near the border Getty Images", BoilerplateKind::kCredit},
      {"File photo of the ministry building", BoilerplateKind::kCredit},
      {"FILE PHOTO: A flag flutters outside the headquarters", BoilerplateKind::kCredit},
      {"The rubble of a house in the city Mohammed Salem/Reuters", BoilerplateKind::kCredit},
      {"By Jane Smith", BoilerplateKind::kByline},
      {"By Jane Smith and John Doe, Reuters", BoilerplateKind::kByline},
      {"BY MARIA DE LA CRUZ", BoilerplateKind::kByline},
      {"Reporting by Jane Smith; Editing by John Doe", BoilerplateKind::kByline},
      {"(Reporting by Jane Smith in Cairo; Writing by John Doe)", BoilerplateKind::kByline},
      {"The views expressed in this article are the author's own.", BoilerplateKind::kDisclaimer},
      {"Views expressed in this article are the opinions of the author and do not reflect ours.",
       BoilerplateKind::kDisclaimer},
      {"Copyright 2023 Example Media", BoilerplateKind::kCopyright},
      {"\u00A9 2024 Example Media. All rights reserved.", BoilerplateKind::kCopyright},
  };
  for (const auto& c : cases) EXPECT_EQ(ClassifyLine(c.line, false), c.kind) << c.line;
}

TEST(BoilerplateRules, ArticleLinesAreKept) {
  for (const char* line : {
           "By Tuesday, the army had withdrawn from the town.",
           "By then it was too late.",
           "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.",
           "The photo showed soldiers near the border, officials said.",
           "He read more than 40 reports before deciding.",
           "Iran said the talks with the EU/UN would continue.",
           "Share prices fell sharply after the announcement of new sanctions on the bank.",
           "Advertisement agencies in the capital were closed by the government on Monday.",
       }) {
    EXPECT_EQ(ClassifyLine(line, true), BoilerplateKind::kNone) << line;
  }
}

TEST(BoilerplateRules, AuthorBioOnlyNearTheEnd) {
  const char* bio = "Jane Smith is a senior fellow at the Institute for Policy Studies.";
  EXPECT_EQ(ClassifyLine(bio, true), BoilerplateKind::kAuthorBio);
  EXPECT_EQ(ClassifyLine(bio, false), BoilerplateKind::kNone);
  EXPECT_EQ(ClassifyLine("John Roe (@jroe) is the author of a book on Syria.", true), BoilerplateKind::kAuthorBio);
  EXPECT_EQ(ClassifyLine("Vladimir Putin is the president of Russia.", true), BoilerplateKind::kNone);
}

std::vector<std::string> SkippedLines(const std::string& text) {
  Vocabulary vocab;
  Doc doc(&vocab);
  doc.Reset("b", text, "");
  EXPECT_TRUE(BoilerplateFilter().Process(doc).ok());
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.skipped.size(); ++i) {
    if (i > 0) {
      EXPECT_LT(doc.skipped[i - 1].end, doc.skipped[i].begin);
    }
    out.emplace_back(doc.Surface(doc.skipped[i].begin, doc.skipped[i].end));
  }
  return out;
}

TEST(BoilerplateFilter, MarksWholeLinesOfAPastedPage) {
  std::string text =
      "Border talks collapse\n"
      "By Jane Smith\n"
      "\n"
      "CAIRO (Reuters) - Talks between the two sides collapsed on Monday.\n"
      "Delegates leave the venue. Photograph: Amr Nabil/AP\n"
      "Advertisement\n"
      "Both sides blamed each other for the failure.\n"
      "Jane Smith\n"
      "Read more: What the talks were about\n"
      "Jane Smith is a correspondent based in Cairo.\n";
  EXPECT_EQ(SkippedLines(text),
            (std::vector<std::string>{"By Jane Smith", "Delegates leave the venue. Photograph: Amr Nabil/AP",
                                      "Advertisement", "Jane Smith", "Read more: What the talks were about",
                                      "Jane Smith is a correspondent based in Cairo."}));
}

TEST(BoilerplateFilter, RepeatedShortNameLinesAreSkipped) {
  std::string text = "Ahmed Khan\nFighting resumed overnight in the north.\nAhmed Khan\nMore clashes followed.";
  EXPECT_EQ(SkippedLines(text), (std::vector<std::string>{"Ahmed Khan", "Ahmed Khan"}));
}

TEST(BoilerplateFilter, MergesWithExistingSpansAndKeepsThemSorted) {
  Vocabulary vocab;
  Doc doc(&vocab);
  doc.Reset("b", "Advertisement\nText here.\nShare this\n", "");
  doc.skipped.push_back({14, 18});
  doc.skipped.push_back({10, 16});  // overlaps the first line's end and the existing span
  ASSERT_TRUE(BoilerplateFilter().Process(doc).ok());
  ASSERT_EQ(doc.skipped.size(), 2u);
  EXPECT_EQ(doc.skipped[0].begin, 0u);
  EXPECT_EQ(doc.skipped[0].end, 18u);
  EXPECT_EQ(doc.Surface(doc.skipped[1].begin, doc.skipped[1].end), "Share this");
}

TEST(BoilerplateFilter, CleanTextIsUntouched) {
  EXPECT_TRUE(SkippedLines("Russian troops shelled Kharkiv.\nUkraine said it repelled the attack.").empty());
  EXPECT_TRUE(SkippedLines("").empty());
}

}  // namespace
}  // namespace casus
