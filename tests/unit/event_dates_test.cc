#include "code/event_dates.h"

#include <gtest/gtest.h>

#include "core/text_util.h"

namespace casus {
namespace {

using Mention = EventDater::Mention;
using Tense = EventDater::Tense;

int Day(const char* iso) {
  int days = 0;
  EXPECT_TRUE(ParseIsoDate(iso, days)) << iso;
  return days;
}

TEST(ParseIsoDate, TakesExactlyOneDay) {
  int days = -1;
  EXPECT_TRUE(ParseIsoDate("1970-01-02", days));
  EXPECT_EQ(days, 1);
  EXPECT_FALSE(ParseIsoDate("2019-01-01xyz", days));
  EXPECT_EQ(days, 0);
  EXPECT_FALSE(ParseIsoDate("2019-01-01T10:00:00Z", days));
  EXPECT_FALSE(ParseIsoDate("9999-99-99", days));
  EXPECT_FALSE(ParseIsoDate("2019-02-29", days));
  EXPECT_TRUE(ParseIsoDate("2020-02-29", days));
}

std::string Resolved(const Mention& m, const char* article, Tense tense) {
  auto day = EventDater::Resolve(m, article ? Day(article) : 0, tense);
  return day ? FormatIsoDate(*day) : "none";
}

Mention Make(Mention::Kind kind, int value = 0, int direction = 0) {
  Mention m;
  m.kind = kind;
  m.value = value;
  m.direction = direction;
  return m;
}

TEST(EventDatesTest, WeekdaysFollowTenseAndDirection) {
  // 2024-03-13 is a Wednesday.
  EXPECT_EQ(Resolved(Make(Mention::kWeekday, 0), "2024-03-13", Tense::kPast), "2024-03-11");
  EXPECT_EQ(Resolved(Make(Mention::kWeekday, 2), "2024-03-13", Tense::kPast), "2024-03-13");
  EXPECT_EQ(Resolved(Make(Mention::kWeekday, 2, -1), "2024-03-13", Tense::kPast), "2024-03-06");
  EXPECT_EQ(Resolved(Make(Mention::kWeekday, 4), "2024-03-13", Tense::kFuture), "2024-03-15");
  EXPECT_EQ(Resolved(Make(Mention::kWeekday, 2, 1), "2024-03-13", Tense::kFuture), "2024-03-20");
  EXPECT_EQ(Resolved(Make(Mention::kWeekday, 0), nullptr, Tense::kPast), "none");
}

TEST(EventDatesTest, UnitsAgoClampToTheMonth) {
  Mention m = Make(Mention::kUnitsAgo, 1);
  m.unit = Mention::kMonthUnit;
  EXPECT_EQ(Resolved(m, "2024-03-31", Tense::kPast), "2024-02-29");
  m.unit = Mention::kYearUnit;
  m.value = 30;
  EXPECT_EQ(Resolved(m, "2024-03-13", Tense::kPast), "1994-03-13");
  m.unit = Mention::kWeek;
  m.value = 2;
  EXPECT_EQ(Resolved(m, "2024-01-05", Tense::kPast), "2023-12-22");
}

TEST(EventDatesTest, AdjacentPeriodsStartAtTheirFirstDay) {
  Mention m = Make(Mention::kAdjacent, 0, -1);
  m.unit = Mention::kWeek;
  EXPECT_EQ(Resolved(m, "2024-03-13", Tense::kPast), "2024-03-04");
  m.unit = Mention::kMonthUnit;
  EXPECT_EQ(Resolved(m, "2024-01-20", Tense::kPast), "2023-12-01");
  m.unit = Mention::kYearUnit;
  m.direction = 1;
  EXPECT_EQ(Resolved(m, "2024-03-13", Tense::kFuture), "2025-01-01");
}

TEST(EventDatesTest, MonthsAndYears) {
  Mention m = Make(Mention::kMonthDay, 3);
  m.month = 6;
  EXPECT_EQ(Resolved(m, "2024-03-13", Tense::kPast), "2023-06-03");
  EXPECT_EQ(Resolved(m, "2024-03-13", Tense::kFuture), "2024-06-03");
  m.value = 31;  // June has 30 days
  EXPECT_EQ(Resolved(m, "2024-03-13", Tense::kPast), "none");
  m.value = 29;
  m.month = 2;
  m.year = 2023;
  EXPECT_EQ(Resolved(m, nullptr, Tense::kPast), "none");
  m.year = 2024;
  EXPECT_EQ(Resolved(m, nullptr, Tense::kPast), "2024-02-29");

  Mention month = Make(Mention::kMonth);
  month.month = 3;
  EXPECT_EQ(Resolved(month, "2024-03-13", Tense::kPast), "2024-03-13");  // holds the article date
  month.month = 11;
  EXPECT_EQ(Resolved(month, "2024-03-13", Tense::kPast), "2023-11-01");
  Mention year = Make(Mention::kYear);
  year.year = 1990;
  EXPECT_EQ(Resolved(year, "2024-03-13", Tense::kPast), "1990-01-01");
  year.year = 2024;
  EXPECT_EQ(Resolved(year, "2024-03-13", Tense::kPast), "2024-03-13");
  EXPECT_EQ(Resolved(Make(Mention::kNoDate), "2024-03-13", Tense::kPast), "none");
}

}  // namespace
}  // namespace casus
