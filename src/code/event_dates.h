// The day an event happened. News dates events relative to the article ("on
// Monday", "last week", "three years ago") or absolutely ("on June 3", "in
// 1990"); CAMEO data sets that stamp every event with the article date count
// the 1990 invasion of Kuwait as news of 2024. EventDater reads the date
// expressions of each sentence, gives each event the one nearest its trigger,
// resolved against the article date and the tense of the trigger, and flags
// events more than a year before the article as historical. Events with no
// date expression keep the article date. See docs/coding.md, "Dates".
#pragma once

#include <optional>
#include <vector>

#include "casus/doc.h"
#include "casus/vocabulary.h"

namespace casus {

class EventDater {
 public:
  explicit EventDater(Vocabulary& vocab);

  // Re-dates doc.events; `article_day` is the document date (days since
  // 1970-01-01), 0 when unknown (then only absolute dates with a year apply).
  void Apply(Doc& doc, int article_day) const;

  enum class Tense : uint8_t { kPast, kPresent, kFuture };

  // A date expression in a sentence, not yet resolved (tense decides "Monday").
  struct Mention {
    enum Kind : uint8_t {
      kDayOffset,   // yesterday/today/tomorrow: value = offset in days
      kWeekday,     // value = 0 (Monday) .. 6; direction -1 "last", +1 "next", 0 by tense
      kUnitsAgo,    // "three weeks ago": value = count, unit
      kAdjacent,    // "last month", "next week": direction, unit
      kMonthDay,    // month, value = day, year (0: by tense)
      kMonth,       // month, year (0: by tense)
      kYear,        // year
      kDecade,      // "the 1990s": year
      kNoDate,      // "since 2016", "by 2030": a span, not the event's day
    };
    enum Unit : uint8_t { kDay, kWeek, kMonthUnit, kYearUnit, kDecadeUnit };
    uint32_t first = 0, end = 0;  // tokens
    Kind kind = kNoDate;
    Unit unit = kDay;
    int value = 0, month = 0, year = 0, direction = 0;
  };

  // The date expressions of tokens [first, end) of doc, in order.
  void FindMentions(const Doc& doc, uint32_t first, uint32_t end, std::vector<Mention>& out) const;
  // The day a mention names for an event in `tense`, or nothing.
  static std::optional<int> Resolve(const Mention& mention, int article_day, Tense tense);

 private:
  bool IsWord(const Token& t, WordId w) const { return t.lower == w; }
  int MonthOf(const Token& t) const;    // 1-12 or 0
  int WeekdayOf(const Token& t) const;  // 0-6 or -1
  int UnitOf(const Token& t) const;     // Mention::Unit or -1
  int CountOf(const Doc& doc, const Token& t) const;  // "three", "3", "a" -> 3, 3, 1; else 0
  Tense TenseOf(const Doc& doc, uint32_t sentence_first, uint32_t trigger) const;

  std::vector<WordId> months_[12];
  std::vector<WordId> weekdays_[7];
  std::vector<WordId> units_[5];
  std::vector<std::pair<WordId, int>> number_words_;
  WordId yesterday_, today_, tonight_, tomorrow_, last_, next_, past_, this_, ago_, in_, on_, during_,
      since_, by_, until_, the_, early_, late_, mid_, will_, shall_, ll_, going_;
};

}  // namespace casus
