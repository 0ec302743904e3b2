// Readers for text, lines and JSON lines: good input, and every kind of bad
// input reported with file, line and reason while the rest goes on.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "casus/reader.h"

namespace casus {
namespace {

struct ReadResult {
  std::vector<RawDocument> docs;
  DiagnosticList diagnostics;
  uint64_t skipped = 0;
  bool HasMessage(const std::string& part, uint64_t line = 0) const {
    for (const auto& d : diagnostics.items)
      if (d.message.find(part) != std::string::npos && (line == 0 || d.line == line)) return true;
    return false;
  }
};

ReadResult ReadAll(InputFormat format, const std::string& input, ReaderLimits limits = {}) {
  ReadResult result;
  std::istringstream in(input);
  auto reader = MakeReader(format, in, "in.txt", &result.diagnostics, limits);
  RawDocument doc;
  while (reader->Next(doc)) result.docs.push_back(doc);
  result.skipped = reader->skipped();
  return result;
}

TEST(InputFormat, ParsesNamesAndRejectsOthers) {
  EXPECT_EQ(ParseInputFormat("text").value(), InputFormat::kText);
  EXPECT_EQ(ParseInputFormat("lines").value(), InputFormat::kLines);
  EXPECT_EQ(ParseInputFormat("jsonl").value(), InputFormat::kJsonLines);
  EXPECT_EQ(ParseInputFormat("html").value(), InputFormat::kHtml);
  auto bad = ParseInputFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("xml"), std::string::npos);
}

TEST(TextReader, WholeStreamIsOneDocumentNamedAfterFile) {
  auto r = ReadAll(InputFormat::kText, "Line one.\nLine two.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "in.txt");
  EXPECT_EQ(r.docs[0].text, "Line one.\nLine two.\n");
  EXPECT_TRUE(r.diagnostics.items.empty());
}

TEST(TextReader, EmptyInputIsSkippedWithError) {
  for (std::string input : {"", "  \n\t\n"}) {
    auto r = ReadAll(InputFormat::kText, input);
    EXPECT_TRUE(r.docs.empty());
    EXPECT_EQ(r.skipped, 1u);
    EXPECT_TRUE(r.HasMessage("empty document"));
    EXPECT_EQ(r.diagnostics.errors(), 1u);
  }
}

TEST(TextReader, BinaryInputIsSkipped) {
  auto r = ReadAll(InputFormat::kText, std::string("PK\x03\x04\0\0\x01garbage", 14));
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_TRUE(r.HasMessage("binary file"));
  std::string controls(200, '\x01');
  EXPECT_TRUE(ReadAll(InputFormat::kText, "text" + controls).HasMessage("binary file"));
}

TEST(TextReader, InvalidUtf8IsReplacedAndLineNamed) {
  auto r = ReadAll(InputFormat::kText, "fine\nbad \xFF byte\nfine again\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "fine\nbad \xEF\xBF\xBD byte\nfine again\n");
  ASSERT_EQ(r.diagnostics.items.size(), 1u);
  EXPECT_EQ(r.diagnostics.items[0].severity, Severity::kWarning);
  EXPECT_EQ(r.diagnostics.items[0].line, 2u);
  EXPECT_EQ(r.diagnostics.items[0].file, "in.txt");
}

TEST(TextReader, OverlongSequencesAndSurrogatesAreInvalid) {
  // Overlong "/" (C0 AF) and an encoded surrogate (ED A0 80).
  auto r = ReadAll(InputFormat::kText, "a\xC0\xAF b\xED\xA0\x80 c \xE2\x80\x94 ok");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.find('\xC0'), std::string::npos);
  EXPECT_NE(r.docs[0].text.find("\xE2\x80\x94"), std::string::npos);  // valid em dash kept
}

TEST(TextReader, DocumentOverLimitIsSkipped) {
  ReaderLimits limits;
  limits.max_document_bytes = 10;
  auto r = ReadAll(InputFormat::kText, "this text is longer than ten bytes", limits);
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_TRUE(r.HasMessage("larger than 10 bytes"));
}

TEST(LinesReader, EachLineIsADocumentIdentifiedByLineNumber) {
  auto r = ReadAll(InputFormat::kLines, "first\r\n\n  \nfourth\nfifth");
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "1");
  EXPECT_EQ(r.docs[0].text, "first");  // trailing \r stripped
  EXPECT_EQ(r.docs[1].id, "4");
  EXPECT_EQ(r.docs[2].id, "5");
  EXPECT_EQ(r.docs[2].line, 5u);
  EXPECT_EQ(r.skipped, 0u);
}

TEST(LinesReader, BadLinesAreSkippedButIdsStayLineNumbers) {
  ReaderLimits limits;
  limits.max_document_bytes = 20;
  auto r = ReadAll(InputFormat::kLines, "ok one\nthis line is far too long for the limit\nbad \xC3 utf\nok four\n",
                   limits);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "1");
  EXPECT_EQ(r.docs[1].id, "3");
  EXPECT_EQ(r.docs[1].text, "bad \xEF\xBF\xBD utf");
  EXPECT_EQ(r.docs[2].id, "4");
  EXPECT_EQ(r.skipped, 1u);
  EXPECT_TRUE(r.HasMessage("longer than 20 bytes", 2));
  EXPECT_TRUE(r.HasMessage("invalid UTF-8", 3));
}

TEST(LinesReader, BinaryFileAndEmptyFile) {
  auto binary = ReadAll(InputFormat::kLines, std::string("\x7F" "ELF\0\0\0", 7));
  EXPECT_TRUE(binary.docs.empty());
  EXPECT_EQ(binary.skipped, 1u);
  EXPECT_TRUE(binary.HasMessage("binary file"));
  auto empty = ReadAll(InputFormat::kLines, "");
  EXPECT_TRUE(empty.docs.empty());
  EXPECT_EQ(empty.skipped, 0u);
}

TEST(LinesReader, LongLinesAcrossBufferBoundaries) {
  std::string long_line(200000, 'a');
  auto r = ReadAll(InputFormat::kLines, long_line + "\nshort\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text.size(), long_line.size());
  EXPECT_EQ(r.docs[1].text, "short");
  EXPECT_EQ(r.docs[1].id, "2");
}

TEST(JsonLinesReader, ReadsAllFields) {
  auto r = ReadAll(InputFormat::kJsonLines,
                   R"({"id":"a1","date":"2021-03-04","title":"T","text":"Body.","source":"S","url":"http://x"})"
                   "\n"
                   R"({"text":"No id.","date":"2021-03-05T10:20:00Z","id":7})"
                   "\n"
                   R"({"text":"Line three."})");
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "a1");
  EXPECT_EQ(r.docs[0].date, "2021-03-04");
  EXPECT_EQ(r.docs[0].title, "T");
  EXPECT_EQ(r.docs[0].text, "Body.");
  EXPECT_EQ(r.docs[0].source, "S");
  EXPECT_EQ(r.docs[0].url, "http://x");
  EXPECT_EQ(r.docs[1].id, "7");
  EXPECT_EQ(r.docs[1].date, "2021-03-05");
  EXPECT_EQ(r.docs[2].id, "3");  // missing id: the line number
  EXPECT_TRUE(r.diagnostics.items.empty());
}

TEST(JsonLinesReader, BadLinesAreReportedAndSkipped) {
  std::string input =
      "{\"id\":\"1\",\"text\":\"good\"}\n"     // 1
      "{\"id\":\"2\",\"text\":\"unterminated\n"  // 2 malformed
      "[1,2,3]\n"                              // 3 not an object
      "{\"id\":\"4\"}\n"                       // 4 missing text
      "{\"id\":\"5\",\"text\":\"  \"}\n"       // 5 empty text
      "{\"id\":\"6\",\"text\":42}\n"           // 6 wrong type
      "{\"id\":[1],\"text\":\"x\"}\n"          // 7 wrong id type
      "{\"text\":\"x\",\"title\":{}}\n"        // 8 wrong title type
      "\n"                                     // 9 blank: ignored
      "{\"id\":\"10\",\"text\":\"also good\"}\n";
  auto r = ReadAll(InputFormat::kJsonLines, input);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "1");
  EXPECT_EQ(r.docs[1].id, "10");
  EXPECT_EQ(r.skipped, 7u);
  EXPECT_EQ(r.diagnostics.errors(), 7u);
  EXPECT_TRUE(r.HasMessage("malformed JSON", 2));
  EXPECT_TRUE(r.HasMessage("expected a JSON object", 3));
  EXPECT_TRUE(r.HasMessage("\"text\" is missing", 4));
  EXPECT_TRUE(r.HasMessage("\"text\" is empty", 5));
  EXPECT_TRUE(r.HasMessage("\"text\" must be a string", 6));
  EXPECT_TRUE(r.HasMessage("\"id\" must be a string or an integer", 7));
  EXPECT_TRUE(r.HasMessage("\"title\" must be a string", 8));
  for (const auto& d : r.diagnostics.items) EXPECT_EQ(d.file, "in.txt");
}

TEST(JsonLinesReader, DuplicateKeysLastWinsWithWarning) {
  auto r = ReadAll(InputFormat::kJsonLines, R"({"text":"first","id":"x","text":"second"})");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "second");
  ASSERT_EQ(r.diagnostics.items.size(), 1u);
  EXPECT_EQ(r.diagnostics.items[0].severity, Severity::kWarning);
  EXPECT_TRUE(r.HasMessage("duplicate key \"text\"", 1));
}

TEST(JsonLinesReader, NestedDuplicatesAreNotTopLevelDuplicates) {
  auto r = ReadAll(InputFormat::kJsonLines, R"({"text":"t","meta":{"a":1},"extra":{"a":2}})");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.diagnostics.items.empty());
}

TEST(JsonLinesReader, ImpossibleAndUnrecognizedDatesAreDropped) {
  auto r = ReadAll(InputFormat::kJsonLines,
                   "{\"text\":\"a\",\"date\":\"9999-99-99\"}\n"
                   "{\"text\":\"b\",\"date\":\"2021-02-30\"}\n"
                   "{\"text\":\"c\",\"date\":\"March 3, 2021\"}\n"
                   "{\"text\":\"d\",\"date\":\"2020-02-29\"}\n"
                   "{\"text\":\"e\",\"date\":\"20210304\"}\n");
  ASSERT_EQ(r.docs.size(), 5u);
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_EQ(r.docs[1].date, "");
  EXPECT_EQ(r.docs[2].date, "");
  EXPECT_EQ(r.docs[3].date, "2020-02-29");  // leap day
  EXPECT_EQ(r.docs[4].date, "2021-03-04");
  EXPECT_TRUE(r.HasMessage("no such day", 1));
  EXPECT_TRUE(r.HasMessage("no such day", 2));
  EXPECT_TRUE(r.HasMessage("date dropped", 3));
  EXPECT_EQ(r.diagnostics.errors(), 0u);
}

TEST(JsonLinesReader, InvalidUtf8InsideStringsIsRepaired) {
  auto r = ReadAll(InputFormat::kJsonLines, "{\"text\":\"caf\xE9 society\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "caf\xEF\xBF\xBD society");
  EXPECT_TRUE(r.HasMessage("invalid UTF-8", 1));
}

TEST(JsonLinesReader, DeeplyNestedValueDoesNotCrash) {
  std::string deep = "{\"text\":\"x\",\"deep\":" + std::string(50000, '[') + std::string(50000, ']') + "}";
  auto r = ReadAll(InputFormat::kJsonLines, deep);
  EXPECT_EQ(r.docs.size() + r.skipped, 1u);
}

}  // namespace
}  // namespace casus
