// The store on both backends: idempotent ingest, replacement on re-ingest,
// filters, aggregation by period, runs, extras, and JSON that matches
// `casus code` byte for byte. PostgreSQL runs when CASUS_TEST_POSTGRES names an
// empty database (tests/store/run_postgres_tests.sh starts one); else it skips.
#include "store/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "casus/event_writer.h"
#include "casus/extras_writer.h"
#include "casus/pipeline.h"
#include "store/database.h"
#include "store/event_query.h"
#include "store/extras_query.h"
#include "store/stored_event_format.h"
#include "core/text_util.h"

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

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    ASSERT_NE(SharedPipeline(), nullptr) << "our dictionaries did not load";
    if (GetParam() == "postgresql") {
      const char* uri = std::getenv("CASUS_TEST_POSTGRES");
      if (uri == nullptr || *uri == '\0') GTEST_SKIP() << "CASUS_TEST_POSTGRES is not set";
      location_ = uri;
      // Each test starts from an empty database.
      auto db = OpenDatabase(location_);
      ASSERT_TRUE(db.ok()) << db.status().message();
      Status cleared = db.value()->Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
      ASSERT_TRUE(cleared.ok()) << cleared.message();
    } else {
      path_ = "casus_store_test_" + std::to_string(getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
      for (char& c : path_) {
        if (c == '/') c = '_';  // parameterized names are "Test/sqlite"
      }
      location_ = (std::filesystem::temp_directory_path() / path_).string();
      Remove();
    }
    auto opened = Store::Open(location_, StoreOptions{.batch_size = 2});
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    store_ = std::move(opened).value();
    BeginRun("test dictionaries 1");
    doc_ = SharedPipeline()->NewDoc();
  }
  void TearDown() override {
    store_.reset();
    if (!path_.empty()) Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(location_ + suffix);
  }
  int64_t BeginRun(const std::string& version) {
    RunInfo info;
    info.kind = "ingest";
    info.dictionary_version = version;
    info.dictionaries = "casus:test";
    info.casus_version = "test";
    auto run = store_->BeginRun(info, true);
    EXPECT_TRUE(run.ok()) << run.status().message();
    return run.ok() ? run.value() : 0;
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

  std::string path_;  // the SQLite file's name, empty on PostgreSQL
  std::string location_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Doc> doc_;
};

TEST_P(StoreTest, IngestingTwiceStoresOnce) {
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

TEST_P(StoreTest, ReingestReplacesTheDocumentsRows) {
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

TEST_P(StoreTest, FiltersByActorDyadQuadDateAndText) {
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

TEST_P(StoreTest, CountsByMonthAndQuadClass) {
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

// Deduplication across commits: a document stored later links to an earlier
// one's event, and unique events are counted apart from reports.
TEST_P(StoreTest, LinkReportsLinksLaterDocumentsToEarlierEvents) {
  ASSERT_EQ(Put("first", kChinaWarns, "2024-01-05"), 1u);
  ASSERT_TRUE(store_->Flush().ok());
  ASSERT_EQ(Put("second", kChinaWarns, "2024-01-06"), 1u);
  ASSERT_EQ(Put("weeks later", kChinaWarns, "2024-02-20"), 1u);
  auto linked = store_->LinkReports(DedupOptions{DedupMode::kStory, 2});
  ASSERT_TRUE(linked.ok()) << linked.status().message();
  EXPECT_EQ(linked->events, 3);
  EXPECT_EQ(linked->unique, 2);
  std::vector<StoredEvent> events = Query({});
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].duplicate_of, 0);
  EXPECT_EQ(events[0].reports, 2);
  EXPECT_EQ(events[0].sources, 1);  // both documents come from the source "Example"
  EXPECT_EQ(events[1].duplicate_of, events[0].id);
  EXPECT_EQ(events[1].duplicate_of_key, "first:0:0");
  EXPECT_EQ(events[1].reports, 2);
  EXPECT_EQ(events[2].duplicate_of, 0);
  EXPECT_EQ(events[2].reports, 1);
  EventFilter unique;
  unique.unique = true;
  EXPECT_EQ(Query(unique).size(), 2u);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->events, 3);
  EXPECT_EQ(counts->unique_events, 2);
  // Linking again changes nothing.
  auto again = store_->LinkReports(DedupOptions{DedupMode::kStory, 2});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->changed, 0);
}

TEST_P(StoreTest, StoredJsonIsTheCodeCommandsJson) {
  std::string text = std::string("Ties \xE2\x80\x94 strained. ") + kChinaWarns + " " + kRussiaShells;
  Put("doc \"1\"", text, "");
  // The contract plus what `casus dedup` adds: one document, so every event is its own first report.
  std::string expected;
  const std::vector<std::string> ids = EventIds(*doc_);
  for (size_t i = 0; i < doc_->events.size(); ++i) {
    AppendEventJson(*doc_, doc_->events[i], SharedPipeline()->cameo(), expected);
    expected.pop_back();  // the closing brace
    expected += ",\"id\":";
    AppendJsonString(expected, ids[i]);
    expected += ",\"duplicate_of\":null,\"reports\":1}\n";
  }
  std::string stored;
  for (const StoredEvent& e : Query({})) {
    AppendStoredEventJson(e, stored);
    stored += '\n';
  }
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(stored, expected);
}

TEST_P(StoreTest, ExtrasAreStoredAndReadBack) {
  // Filled by hand: the extras stages come later, the store must keep what they find.
  const std::string text =
      std::string(kRussiaShells) + " Officials said \"We will respond\" after at least six people were killed.";
  doc_->Reset("extras", text, "2024-02-01");
  ASSERT_TRUE(SharedPipeline()->Process(*doc_).ok());
  ASSERT_FALSE(doc_->events.empty());
  auto at = [&](std::string_view words) {
    uint32_t begin = static_cast<uint32_t>(text.find(words));
    return Span{begin, begin + static_cast<uint32_t>(words.size())};
  };
  Doc& d = *doc_;
  Span officials = at("Officials"), quote = at("We will respond"), six = at("at least six people"),
       kharkiv = at("Kharkiv");
  d.quotations.push_back({1, quote, ActorRef{d.words.Intern("UKRGOV"), officials.begin, officials.end},
                          d.words.Intern("say")});
  d.quotations.push_back({1, quote, ActorRef{kNoWord, 0, 0}, kNoWord});  // unknown speaker
  d.counts.push_back({1, six, 6, CountKind::kKill, ActorRef{d.words.Intern("CVL"), six.begin, six.end}, 0});
  d.places.clear();  // the pipeline's own places: this test stores a hand-made one
  for (Event& e : d.events) e.place = -1;
  d.places.push_back({kharkiv, d.words.Intern("Kharkiv"), d.words.Intern("Kharkiv Oblast"), d.words.Intern("UKR"),
                      49.98, 36.25});
  d.events[0].place = 0;
  Status status = store_->Put(d, SharedPipeline()->cameo(), {});
  ASSERT_TRUE(status.ok()) << status.message();

  auto extras = ReadExtras(*store_, "extras");
  ASSERT_TRUE(extras.ok()) << extras.status().message();
  ASSERT_EQ(extras->quotations.size(), 2u);
  const StoredQuotation& q = extras->quotations[0];
  EXPECT_EQ(q.text, "We will respond");
  EXPECT_EQ(q.begin, quote.begin);
  EXPECT_TRUE(q.speaker.present);
  EXPECT_EQ(q.speaker.code, "UKRGOV");
  EXPECT_EQ(q.speaker.text, "Officials");
  EXPECT_EQ(q.verb, "say");
  EXPECT_FALSE(extras->quotations[1].speaker.present);
  EXPECT_EQ(extras->quotations[1].verb, "");
  ASSERT_EQ(extras->counts.size(), 1u);
  const StoredCount& c = extras->counts[0];
  EXPECT_EQ(c.text, "at least six people");
  EXPECT_EQ(c.number, 6);
  EXPECT_EQ(c.kind, "kill");
  EXPECT_EQ(c.actor.code, "CVL");
  EXPECT_EQ(c.event, 0);
  ASSERT_EQ(extras->places.size(), 1u);
  const StoredPlace& p = extras->places[0];
  EXPECT_EQ(p.text, "Kharkiv");
  EXPECT_EQ(p.admin1, "Kharkiv Oblast");
  EXPECT_EQ(p.country, "UKR");
  EXPECT_DOUBLE_EQ(p.lat, 49.98);
  EXPECT_DOUBLE_EQ(p.lon, 36.25);

  std::vector<StoredEvent> events = Query({});
  ASSERT_EQ(events.size(), d.events.size());
  EXPECT_TRUE(events[0].location.present);
  EXPECT_EQ(events[0].location.name, "Kharkiv");
  EXPECT_EQ(events[0].location.country, "UKR");
  for (size_t i = 1; i < events.size(); ++i) EXPECT_FALSE(events[i].location.present);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->quotations, 2);
}

TEST_P(StoreTest, ANewRunKeepsTheOlderRunsEvents) {
  size_t first = Put("a", kRussiaShells, "2024-01-05");
  ASSERT_GT(first, 0u);
  EXPECT_EQ(BeginRun("test dictionaries 1"), 1);  // same dictionaries: the same run
  int64_t second_run = BeginRun("test dictionaries 2");
  EXPECT_EQ(second_run, 2);
  Put("a", kChinaWarns, "2024-01-05");
  EventFilter first_run;
  first_run.run = 1;
  std::vector<StoredEvent> old_events = Query(first_run);
  ASSERT_EQ(old_events.size(), first);
  EXPECT_EQ(old_events[0].source.code.substr(0, 3), "RUS");
  std::vector<StoredEvent> current = Query({});
  ASSERT_FALSE(current.empty());
  for (const StoredEvent& e : current) EXPECT_EQ(e.run, second_run);
  auto runs = store_->Runs();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs->size(), 2u);
  EXPECT_EQ(runs.value()[0].documents, 0);
  EXPECT_EQ(runs.value()[1].documents, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<std::string>& param) { return param.param; });

}  // namespace
}  // namespace casus::store
