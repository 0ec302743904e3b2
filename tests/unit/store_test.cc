// The SQLite store: idempotent ingest, replacement on re-ingest, filters,
// aggregation by period, and JSON that matches `casus code` byte for byte.
#include "store/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "casus/event_writer.h"
#include "casus/pipeline.h"
#include "store/event_query.h"
#include "store/stored_event_format.h"

namespace casus::store {
namespace {

constexpr const char* kChinaWarns = "China on Friday warned the United States against selling new weapons to Taiwan.";
constexpr const char* kRussiaShells = "Russian troops shelled the Ukrainian city of Kharkiv on Thursday.";

const Pipeline* SharedPipeline() {
  static std::unique_ptr<Pipeline> pipeline = [] {
    DiagnosticList diagnostics;
    auto loaded = Pipeline::Load(PipelineOptions{}, &diagnostics);
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return pipeline.get();
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(SharedPipeline(), nullptr) << "our dictionaries did not load";
    path_ = std::filesystem::temp_directory_path() /
            ("casus_store_test_" + std::to_string(getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    Remove();
    auto opened = Store::Open(path_.string(), StoreOptions{.batch_size = 2});
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
    doc_ = SharedPipeline()->NewDoc();
  }
  void TearDown() override {
    store_.reset();
    Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
  }

  // Codes `text` as document `id` and stores it; returns the number of events.
  size_t Put(const std::string& id, const std::string& text, const std::string& date) {
    doc_->Reset(id, text, date);
    EXPECT_TRUE(SharedPipeline()->Process(*doc_).ok());
    Status status = store_->Put(*doc_, SharedPipeline()->cameo(), {"a title", "Example", ""});
    EXPECT_TRUE(status.ok()) << status.message();
    return doc_->events.size();
  }

  std::vector<StoredEvent> Query(const EventFilter& filter) {
    std::vector<StoredEvent> events;
    Status status = ForEachEvent(*store_, filter, [&](const StoredEvent& e) {
      events.push_back(e);
      return true;
    });
    EXPECT_TRUE(status.ok()) << status.message();
    return events;
  }

  std::filesystem::path path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Doc> doc_;
};

TEST_F(StoreTest, IngestingTwiceStoresOnce) {
  size_t events = 0;
  for (int pass = 0; pass < 2; ++pass) {
    events = Put("a", kChinaWarns, "2024-01-05") + Put("b", kRussiaShells, "2024-01-06") +
             Put("c", std::string(kChinaWarns) + " " + kRussiaShells, "2024-02-01");
  }
  ASSERT_GT(events, 0u);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts.value().documents, 3);
  EXPECT_EQ(counts.value().sentences, 4);
  EXPECT_EQ(counts.value().events, static_cast<int64_t>(events));
  EXPECT_GE(counts.value().actors, 4);  // CHN, USA, RUSMIL, UKR at least
}

TEST_F(StoreTest, ReingestReplacesTheDocumentsRows) {
  ASSERT_GT(Put("a", kChinaWarns, "2024-01-05"), 0u);
  ASSERT_GT(Put("a", kRussiaShells, "2024-03-01"), 0u);
  EventFilter china;
  china.actor = "CHN";
  EXPECT_TRUE(Query(china).empty());
  std::vector<StoredEvent> all = Query({});
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].date, "2024-02-29");  // "on Thursday" before Friday 2024-03-01
  EXPECT_EQ(all[0].sentence_text, kRussiaShells);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts.value().documents, 1);
  EXPECT_EQ(counts.value().sentences, 1);
}

TEST_F(StoreTest, FiltersByActorDyadQuadDateAndText) {
  Put("a", kChinaWarns, "2024-01-05");
  Put("b", kRussiaShells, "2024-01-06");
  EventFilter filter;
  filter.dyad_source = "RUS";  // a prefix: matches RUSMIL
  filter.dyad_target = "UKR";
  std::vector<StoredEvent> found = Query(filter);
  ASSERT_FALSE(found.empty());
  for (const StoredEvent& e : found) EXPECT_EQ(e.doc, "b");

  filter.dyad_source = "UKR";
  filter.dyad_target = "RUS";
  EXPECT_TRUE(Query(filter).empty());
  filter.both_directions = true;
  EXPECT_FALSE(Query(filter).empty());

  EventFilter quad;
  quad.quad = 4;
  for (const StoredEvent& e : Query(quad)) EXPECT_EQ(e.quad, 4);
  EXPECT_FALSE(Query(quad).empty());

  EventFilter dates;
  dates.from = "2024-01-06";
  dates.to = "2024-01-06";
  for (const StoredEvent& e : Query(dates)) EXPECT_EQ(e.doc, "b");

  // A value that would break spliced SQL is only ever a bound parameter.
  EventFilter hostile;
  hostile.actor = "X' OR '1'='1";
  EXPECT_TRUE(Query(hostile).empty());

  if (store_->has_full_text()) {
    EventFilter text;
    text.text = "Kharkiv";
    found = Query(text);
    ASSERT_FALSE(found.empty());
    for (const StoredEvent& e : found) EXPECT_EQ(e.doc, "b");
  }
}

TEST_F(StoreTest, CountsByMonthAndQuadClass) {
  size_t january = Put("a", kRussiaShells, "2024-01-05") + Put("b", kRussiaShells, "2024-01-20");
  size_t february = Put("c", kRussiaShells, "2024-02-03");
  Put("undated", kRussiaShells, "");  // left out of period counts
  auto counts = CountByPeriod(*store_, {}, Period::kMonth);
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  int64_t seen_january = 0, seen_february = 0;
  for (const PeriodCount& c : counts.value()) {
    EXPECT_TRUE(c.period == "2024-01" || c.period == "2024-02") << c.period;
    (c.period == "2024-01" ? seen_january : seen_february) += c.events;
    EXPECT_NEAR(c.goldstein_mean * static_cast<double>(c.events), c.goldstein_sum, 1e-9);
  }
  EXPECT_EQ(seen_january, static_cast<int64_t>(january));
  EXPECT_EQ(seen_february, static_cast<int64_t>(february));

  auto weeks = CountByPeriod(*store_, {}, Period::kWeek);
  ASSERT_TRUE(weeks.ok());
  ASSERT_FALSE(weeks.value().empty());
  EXPECT_EQ(weeks.value().front().period, "2024-01-01");  // the Monday of 2024-01-05's week
}

TEST_F(StoreTest, StoredJsonIsTheCodeCommandsJson) {
  std::string text = std::string("Ties \xE2\x80\x94 strained. ") + kChinaWarns + " " + kRussiaShells;
  Put("doc \"1\"", text, "");
  std::string expected;
  for (const Event& e : doc_->events) {
    AppendEventJson(*doc_, e, SharedPipeline()->cameo(), expected);
    expected += '\n';
  }
  std::string stored;
  for (const StoredEvent& e : Query({})) {
    AppendStoredEventJson(e, stored);
    stored += '\n';
  }
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(stored, expected);
}

}  // namespace
}  // namespace casus::store
