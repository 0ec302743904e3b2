#include "code/event_dates.h"

#include <algorithm>
#include <cstdlib>

#include "core/text_util.h"

namespace casus {
namespace {

constexpr int kHistoricalDays = 365;  // older than a year before the article: a reference to the past

// Monday = 0; 1970-01-01 was a Thursday.
int WeekdayOfDay(int days) { return ((days % 7) + 7 + 3) % 7; }

int AddMonths(int days, int months) {
  CivilDate c = CivilFromDays(days);
  int index = c.year * 12 + static_cast<int>(c.month) - 1 + months;
  int year = index >= 0 ? index / 12 : (index - 11) / 12;
  unsigned month = static_cast<unsigned>(index - year * 12) + 1;
  return DaysFromCivil(year, month, std::min(c.day, DaysInMonth(year, month)));
}

int FirstOfMonth(int year, int month) { return DaysFromCivil(year, static_cast<unsigned>(month), 1); }

// Digits only ("2016", "3", "3rd" -> 3); -1 when the token is no plain number.
int NumberValue(std::string_view s) {
  int value = 0;
  size_t k = 0;
  for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) {
    if (k >= 6) return -1;
    value = value * 10 + (s[k] - '0');
  }
  if (k == 0) return -1;
  std::string_view rest = s.substr(k);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  return value;
}

bool IsYear(int n) { return n >= 1900 && n <= 2100; }

}  // namespace

EventDater::EventDater(Vocabulary& vocab) {
  auto I = [&](std::string_view s) { return vocab.Intern(s); };
  const char* months[12][3] = {{"january", "jan.", "jan"},   {"february", "feb.", "feb"}, {"march", "mar.", "march"},
                               {"april", "apr.", "apr"},     {"may", "may", "may"},       {"june", "jun.", "jun"},
                               {"july", "jul.", "jul"},      {"august", "aug.", "aug"},   {"september", "sept.", "sep."},
                               {"october", "oct.", "oct"},   {"november", "nov.", "nov"}, {"december", "dec.", "dec"}};
  for (int m = 0; m < 12; ++m)
    for (const char* name : months[m]) months_[m].push_back(I(name));
  const char* weekdays[7] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) weekdays_[d].push_back(I(weekdays[d]));
  const char* units[5][2] = {{"day", "days"}, {"week", "weeks"}, {"month", "months"}, {"year", "years"}, {"decade", "decades"}};
  for (int u = 0; u < 5; ++u)
    for (const char* name : units[u]) units_[u].push_back(I(name));
  const std::pair<const char*, int> numbers[] = {
      {"a", 1},       {"an", 1},       {"one", 1},      {"two", 2},     {"three", 3},   {"four", 4},
      {"five", 5},    {"six", 6},      {"seven", 7},    {"eight", 8},   {"nine", 9},    {"ten", 10},
      {"eleven", 11}, {"twelve", 12},  {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
      {"fifty", 50},  {"sixty", 60},   {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"hundred", 100}};
  for (auto [word, n] : numbers) number_words_.emplace_back(I(word), n);
  yesterday_ = I("yesterday");
  today_ = I("today");
  tonight_ = I("tonight");
  tomorrow_ = I("tomorrow");
  last_ = I("last");
  next_ = I("next");
  past_ = I("past");
  this_ = I("this");
  ago_ = I("ago");
  in_ = I("in");
  on_ = I("on");
  during_ = I("during");
  since_ = I("since");
  by_ = I("by");
  until_ = I("until");
  the_ = I("the");
  early_ = I("early");
  late_ = I("late");
  mid_ = I("mid");
  will_ = I("will");
  shall_ = I("shall");
  ll_ = I("'ll");
  going_ = I("going");
}

int EventDater::MonthOf(const Token& t) const {
  if (!t.Has(kCapitalized)) return 0;  // "may", "march" as words
  for (int m = 0; m < 12; ++m)
    if (std::find(months_[m].begin(), months_[m].end(), t.lower) != months_[m].end()) return m + 1;
  return 0;
}

int EventDater::WeekdayOf(const Token& t) const {
  if (!t.Has(kCapitalized)) return -1;
  for (int d = 0; d < 7; ++d)
    if (weekdays_[d][0] == t.lower) return d;
  return -1;
}

int EventDater::UnitOf(const Token& t) const {
  for (int u = 0; u < 5; ++u)
    if (std::find(units_[u].begin(), units_[u].end(), t.lower) != units_[u].end()) return u;
  return -1;
}

int EventDater::CountOf(const Doc& doc, const Token& t) const {
  if (t.Has(kNumber)) return std::max(0, NumberValue(doc.Surface(t)));
  for (auto [word, n] : number_words_)
    if (word == t.lower) return n;
  return 0;
}

void EventDater::FindMentions(const Doc& doc, uint32_t first, uint32_t end, std::vector<Mention>& out) const {
  const auto& tok = doc.tokens;
  auto word_at = [&](uint32_t i, WordId w) { return i >= first && i < end && tok[i].lower == w; };
  // The preposition before a date decides whether it dates an event ("in
  // 2016") or bounds a span ("since 2016", "by 2030", "until June").
  auto bounds_span = [&](uint32_t i) {
    return i > first && (word_at(i - 1, since_) || word_at(i - 1, by_) || word_at(i - 1, until_));
  };
  auto number_at = [&](uint32_t i) { return i < end && tok[i].Has(kNumber) ? NumberValue(doc.Surface(tok[i])) : -1; };

  for (uint32_t i = first; i < end; ++i) {
    const Token& t = tok[i];
    Mention m;
    m.first = i;
    if (t.lower == yesterday_ || t.lower == today_ || t.lower == tonight_ || t.lower == tomorrow_) {
      m.kind = Mention::kDayOffset;
      m.value = t.lower == yesterday_ ? -1 : t.lower == tomorrow_ ? 1 : 0;
      m.end = i + 1;
    } else if ((t.lower == last_ || t.lower == next_ || t.lower == this_ || t.lower == past_) && i + 1 < end) {
      int weekday = WeekdayOf(tok[i + 1]);
      int unit = UnitOf(tok[i + 1]);
      if (weekday < 0 && (unit < 0 || unit == Mention::kDay || unit == Mention::kDecadeUnit)) continue;
      m.end = i + 2;
      int direction = t.lower == last_ ? -1 : t.lower == next_ ? 1 : 0;
      if (t.lower == past_) {
        m.kind = Mention::kNoDate;  // "the past week": a span up to now
      } else if (weekday >= 0) {
        m.kind = Mention::kWeekday;
        m.value = weekday;
        m.direction = direction;
      } else if (direction == 0) {
        m.kind = Mention::kDayOffset;  // "this week": the article's own period
      } else {
        m.kind = Mention::kAdjacent;
        m.unit = static_cast<Mention::Unit>(unit);
        m.direction = direction;
      }
    } else if (int weekday = WeekdayOf(t); weekday >= 0) {
      m.kind = bounds_span(i) ? Mention::kNoDate : Mention::kWeekday;
      m.value = weekday;
      m.end = i + 1;
    } else if (int count = CountOf(doc, t); count > 0 && i + 2 < end && UnitOf(tok[i + 1]) >= 0 && tok[i + 2].lower == ago_) {
      m.kind = Mention::kUnitsAgo;
      m.value = count;
      m.unit = static_cast<Mention::Unit>(UnitOf(tok[i + 1]));
      m.end = i + 3;
    } else if (int month = MonthOf(t); month > 0) {
      // "June 3", "June 3, 2019", "June 2019", "3 June 2019", "in June".
      uint32_t k = i + 1;
      int day = number_at(k);
      if (day >= 1 && day <= 31 && !IsYear(day)) ++k;
      else day = 0;
      if (day > 0 && k < end && doc.Surface(tok[k]) == ",") ++k;
      int year = number_at(k);
      if (IsYear(year)) ++k;
      else year = 0;
      if (day == 0 && i > first) {
        int before = number_at(i - 1);
        if (before >= 1 && before <= 31) {
          day = before;
          m.first = i - 1;
        }
      }
      uint32_t lead = m.first;
      bool dated_by_preposition = lead > first && (word_at(lead - 1, in_) || word_at(lead - 1, on_) ||
                                                   word_at(lead - 1, during_) || word_at(lead - 1, early_) ||
                                                   word_at(lead - 1, late_) || word_at(lead - 1, mid_));
      if (day == 0 && year == 0 && !dated_by_preposition && !bounds_span(lead)) continue;  // "May" the modal
      m.kind = bounds_span(lead) ? Mention::kNoDate : day > 0 ? Mention::kMonthDay : Mention::kMonth;
      m.month = month;
      m.value = day;
      m.year = year;
      m.end = k;
    } else if (int year = t.Has(kNumber) ? NumberValue(doc.Surface(t)) : -1; IsYear(year)) {
      // "in 2016", "in early 2016", "during 2016"; a bare year modifies a noun ("the 2016 election").
      uint32_t lead = i;
      if (lead > first && (word_at(lead - 1, early_) || word_at(lead - 1, late_) || word_at(lead - 1, mid_))) --lead;
      if (bounds_span(lead)) m.kind = Mention::kNoDate;
      else if (lead > first && (word_at(lead - 1, in_) || word_at(lead - 1, during_))) m.kind = Mention::kYear;
      else continue;
      m.year = year;
      m.end = i + 1;
    } else if (std::string_view s = doc.Surface(t);
               s.size() == 5 && s[4] == 's' && NumberValue(s.substr(0, 4)) % 10 == 0 && IsYear(NumberValue(s.substr(0, 4)))) {
      m.kind = bounds_span(i) || (i > first && word_at(i - 1, since_)) ? Mention::kNoDate : Mention::kDecade;
      m.year = NumberValue(s.substr(0, 4));
      m.end = i + 1;
    } else {
      continue;
    }
    out.push_back(m);
    i = m.end - 1;
  }
}

std::optional<int> EventDater::Resolve(const Mention& m, int article_day, Tense tense) {
  bool known = article_day != 0;
  bool future = tense == Tense::kFuture;
  // A named period that holds the article date dates the event no better than the article.
  auto period = [&](int from, int to_exclusive) -> int {
    return known && article_day >= from && article_day < to_exclusive ? article_day : from;
  };
  switch (m.kind) {
    case Mention::kNoDate:
      return std::nullopt;
    case Mention::kDayOffset:
      if (!known) return std::nullopt;
      return article_day + m.value;
    case Mention::kWeekday: {
      if (!known) return std::nullopt;
      int today = WeekdayOfDay(article_day);
      int direction = m.direction != 0 ? m.direction : future ? 1 : -1;
      if (direction < 0) {
        int back = (today - m.value + 7) % 7;
        if (back == 0 && m.direction != 0) back = 7;  // "last Monday" on a Monday
        return article_day - back;
      }
      int ahead = (m.value - today + 7) % 7;
      if (ahead == 0 && m.direction != 0) ahead = 7;
      return article_day + ahead;
    }
    case Mention::kUnitsAgo: {
      if (!known) return std::nullopt;
      switch (m.unit) {
        case Mention::kDay: return article_day - m.value;
        case Mention::kWeek: return article_day - 7 * m.value;
        case Mention::kMonthUnit: return AddMonths(article_day, -m.value);
        case Mention::kYearUnit: return AddMonths(article_day, -12 * m.value);
        case Mention::kDecadeUnit: return AddMonths(article_day, -120 * m.value);
      }
      return std::nullopt;
    }
    case Mention::kAdjacent: {
      if (!known) return std::nullopt;
      CivilDate c = CivilFromDays(article_day);
      switch (m.unit) {
        case Mention::kWeek: return article_day - WeekdayOfDay(article_day) + 7 * m.direction;
        case Mention::kMonthUnit: return AddMonths(FirstOfMonth(c.year, static_cast<int>(c.month)), m.direction);
        case Mention::kYearUnit: return DaysFromCivil(c.year + m.direction, 1, 1);
        default: return std::nullopt;
      }
    }
    case Mention::kMonthDay: {
      auto valid = [&](int year) { return static_cast<unsigned>(m.value) <= DaysInMonth(year, static_cast<unsigned>(m.month)); };
      if (m.year != 0) {
        if (!valid(m.year)) return std::nullopt;
        return DaysFromCivil(m.year, static_cast<unsigned>(m.month), static_cast<unsigned>(m.value));
      }
      if (!known) return std::nullopt;
      int year = CivilFromDays(article_day).year;
      std::optional<int> best;
      for (int y : {year - 1, year, year + 1}) {
        if (!valid(y)) continue;
        int day = DaysFromCivil(y, static_cast<unsigned>(m.month), static_cast<unsigned>(m.value));
        if (tense == Tense::kPast && day > article_day) continue;
        if (future && day < article_day) continue;
        if (!best || std::abs(day - article_day) < std::abs(*best - article_day)) best = day;
      }
      return best;
    }
    case Mention::kMonth: {
      int year = m.year;
      if (year == 0) {
        if (!known) return std::nullopt;
        CivilDate c = CivilFromDays(article_day);
        year = c.year;
        if (!future && m.month > static_cast<int>(c.month)) --year;
        if (future && m.month < static_cast<int>(c.month)) ++year;
      }
      int from = FirstOfMonth(year, m.month);
      return period(from, AddMonths(from, 1));
    }
    case Mention::kYear:
      return period(DaysFromCivil(m.year, 1, 1), DaysFromCivil(m.year + 1, 1, 1));
    case Mention::kDecade:
      return period(DaysFromCivil(m.year, 1, 1), DaysFromCivil(m.year + 10, 1, 1));
  }
  return std::nullopt;
}

EventDater::Tense EventDater::TenseOf(const Doc& doc, uint32_t sentence_first, uint32_t trigger) const {
  const Token& t = doc.tokens[trigger];
  for (uint32_t k = trigger; k > sentence_first && trigger - k < 4;) {
    --k;
    WordId w = doc.tokens[k].lower;
    if (w == will_ || w == shall_ || w == ll_ || w == going_) return Tense::kFuture;
  }
  if (t.tag == PosTag::VBD || t.tag == PosTag::VBN) return Tense::kPast;
  return Tense::kPresent;
}

void EventDater::Apply(Doc& doc, int article_day) const {
  thread_local std::vector<Mention> mentions;
  uint32_t mentions_of = UINT32_MAX;
  for (Event& e : doc.events) {
    const Sentence& s = doc.sentences[e.sentence];
    if (mentions_of != e.sentence) {
      mentions.clear();
      FindMentions(doc, s.first_token, s.end_token, mentions);
      mentions_of = e.sentence;
    }
    if (mentions.empty()) continue;
    auto first_token = doc.tokens.begin() + s.first_token, end_token = doc.tokens.begin() + s.end_token;
    auto at = std::lower_bound(first_token, end_token, e.trigger.begin,
                               [](const Token& t, uint32_t begin) { return t.begin < begin; });
    if (at == end_token) continue;
    uint32_t trigger = static_cast<uint32_t>(at - doc.tokens.begin());
    const Mention* nearest = nullptr;
    uint32_t best = UINT32_MAX;
    for (const Mention& m : mentions) {
      uint32_t distance = trigger < m.first ? m.first - trigger : trigger >= m.end ? trigger - m.end + 1 : 0;
      if (distance < best) best = distance, nearest = &m;
    }
    Tense tense = TenseOf(doc, s.first_token, trigger);
    // "Iran will meet the inspectors on Monday" is coded as a statement of
    // intent, which happened when it was said: the article's date.
    if (tense == Tense::kFuture && !(e.flags & kEventFuture)) continue;
    std::optional<int> day = Resolve(*nearest, article_day, tense);
    if (!day) continue;
    e.day = *day;
    if (article_day != 0 && *day < article_day - kHistoricalDays) e.flags |= kEventHistorical;
  }
}

}  // namespace casus
