// Regression tests for robustness bugs (issue 9, docs/robustness.md): each
// holds the smallest input that once crashed, hung or went quadratic.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

#include "casus/reader.h"
#include "core/text_util.h"
#include "eval/cameo_sentence_eval.h"

namespace casus {
namespace {

// `casus eval` read {"doc": [[[...]]]} by dumping the array as an id: a
// recursion as deep as the nesting, a stack overflow at 100,000 levels.
TEST(HostileInput, EvalEventWithDeeplyNestedDocIsCountedNotDumped) {
  const std::string deep(100000, '[');
  const std::string line = "{\"doc\": " + deep + std::string(100000, ']') + ", \"code\": \"010\"}\n" +
                           "{\"doc\": \"7\", \"code\": \"010\"}\n";
  std::map<std::string, uint64_t> diagnostics;
  auto events = eval::ParseEvalEventsJsonLines(line, diagnostics);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].doc, "7");
  EXPECT_EQ(diagnostics["events_with_structured_doc"], 1u);
}

// A text document over the size limit from a stream that never ends
// (/dev/zero, a pipe) used to be drained forever; reading now stops at the limit.
TEST(HostileInput, OversizedTextStopsReadingAtTheLimit) {
  class EndlessBuffer : public std::streambuf {
   public:
    EndlessBuffer() { std::fill(std::begin(chunk_), std::end(chunk_), 'a'); }
    int_type underflow() override {
      if (++refills_ > 100000) return traits_type::eof();  // 6 GB: would take minutes to reach
      setg(chunk_, chunk_, chunk_ + sizeof chunk_);
      return 'a';
    }
    int refills() const { return refills_; }

   private:
    char chunk_[65536];
    int refills_ = 0;
  } endless;
  std::istream in(&endless);
  DiagnosticList sink;
  ReaderLimits limits;
  limits.max_document_bytes = 1 << 20;
  auto reader = MakeReader(InputFormat::kText, in, "endless", &sink, limits);
  RawDocument doc;
  EXPECT_FALSE(reader->Next(doc));
  EXPECT_EQ(reader->skipped(), 1u);
  ASSERT_EQ(sink.items.size(), 1u);
  EXPECT_NE(sink.items[0].message.find("document larger than 1048576 bytes"), std::string::npos);
  EXPECT_LT(endless.refills(), 100);
}

// Pipeline::Process takes any bytes, and a text document's id is its file
// name: ill-formed UTF-8 reached the event JSON as it was, which JSON
// parsers reject. It is now written as U+FFFD; valid text is kept.
TEST(HostileInput, JsonStringsAreValidUtf8WhateverTheInput) {
  std::string out;
  AppendJsonString(out, "a\xff\xc0\xaf" "b \xed\xa0\x80 \xe2\x82 caf\xc3\xa9 \xf0\x9f\x98\x80\"\x01");
  EXPECT_EQ(out, "\"a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD "
                 "\xEF\xBF\xBD\xEF\xBF\xBD caf\xc3\xa9 \xf0\x9f\x98\x80\\\"\\u0001\"");
}

}  // namespace
}  // namespace casus
