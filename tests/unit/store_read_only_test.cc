// What `casus serve` needs from the store: a read-only open that changes
// nothing and refuses what is not a casus store, and a per-connection deadline
// that stops a long statement.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "store/database.h"
#include "store/store.h"

namespace casus::store {
namespace {

class ReadOnlyStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("casus_read_only_test_" + std::to_string(getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    Remove();
  }
  void TearDown() override { Remove(); }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string Bytes() {
    std::ifstream file(path_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
  }

  std::string path_;
};

TEST_F(ReadOnlyStoreTest, OpensAStoreWithoutChangingIt) {
  {
    auto written = Store::Open(path_);
    ASSERT_TRUE(written.ok()) << written.status().message();
    RunInfo run;
    run.kind = "ingest";
    ASSERT_TRUE(written.value()->BeginRun(run, false).ok());
    ASSERT_TRUE(written.value()->Flush().ok());
  }
  std::string before = Bytes();
  auto opened = Store::Open(path_, StoreOptions{.read_only = true});
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  Store& store = *opened.value();
  auto counts = store.Counts();
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(counts->documents, 0);
  auto runs = store.Runs();
  ASSERT_TRUE(runs.ok());
  EXPECT_EQ(runs->size(), 1u);
  EXPECT_FALSE(store.BeginRun(RunInfo{}, false).ok()) << "a read-only store must refuse writes";
  opened.value().reset();
  EXPECT_EQ(Bytes(), before);
}

TEST_F(ReadOnlyStoreTest, RefusesAMissingFileAndAFileThatIsNoStore) {
  EXPECT_FALSE(Store::Open(path_, StoreOptions{.read_only = true}).ok());
  EXPECT_FALSE(std::filesystem::exists(path_)) << "a read-only open must not create the file";
  {
    auto db = OpenSqliteDatabase(path_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->Exec("CREATE TABLE t(x)").ok());
  }
  auto opened = Store::Open(path_, StoreOptions{.read_only = true});
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("not a casus store"), std::string::npos) << opened.status().message();
}

TEST(DatabaseDeadlineTest, StopsAStatementPastItsDeadline) {
  auto db = OpenSqliteDatabase(":memory:");
  ASSERT_TRUE(db.ok());
  // Seconds of work without the deadline; stopped at the first check with it.
  const char* kLong =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000) SELECT COUNT(*) FROM c";
  db.value()->SetDeadline(std::chrono::steady_clock::now());
  auto statement = db.value()->Prepare(kLong);
  ASSERT_TRUE(statement.ok());
  Status status;
  EXPECT_FALSE(statement.value()->Step(status));
  EXPECT_EQ(status.code(), StatusCode::kLimitExceeded) << status.message();
  statement.value()->Reset();

  db.value()->SetDeadline(std::chrono::steady_clock::time_point::max());
  auto short_one = db.value()->Prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
                                       "SELECT COUNT(*) FROM c");
  ASSERT_TRUE(short_one.ok());
  Status ok;
  ASSERT_TRUE(short_one.value()->Step(ok)) << ok.message();
  EXPECT_EQ(short_one.value()->Int(0), 100000);
}

}  // namespace
}  // namespace casus::store
