#include "store/event_query.h"

#include <string_view>

#include <fmt/format.h>

namespace casus::store {
namespace {

// A WHERE clause under construction with its bound values in order; each value
// gets the numbered placeholder ?N both backends accept.
class WhereClause {
 public:
  void AddPrefix(std::string_view column, const std::string& code) {
    if (code.empty()) return;
    Add(PrefixTest(column, code));
  }
  void AddEquals(std::string_view column, const std::string& value) {
    if (value.empty()) return;
    AddCompare(column, "=", value);
  }
  void AddCompare(std::string_view column, std::string_view op, const std::string& value) {
    if (value.empty()) return;
    Add(fmt::format("{} {} {}", column, op, Placeholder(value)));
  }
  void AddInt(std::string_view column, int64_t value) { Add(fmt::format("{} = {}", column, Placeholder(value))); }
  void AddFlags(uint16_t flags) {
    std::string mask = Placeholder(int64_t{flags});
    Add(fmt::format("(e.flags & {}) = {}", mask, Placeholder(int64_t{flags})));
  }
  void AddEitherSide(const std::string& value, std::string (WhereClause::*test)(std::string_view, const std::string&)) {
    if (value.empty()) return;
    std::string left = (this->*test)("e.source_code", value);
    std::string right = (this->*test)("e.target_code", value);
    Add("(" + left + " OR " + right + ")");
  }
  void AddDyad(const std::string& a, const std::string& b, bool both_directions) {
    if (a.empty() && b.empty()) return;
    // One test per statement: values are numbered in the order they are made,
    // and the operands of + are not sequenced.
    std::string forward_source = PrefixTest("e.source_code", a);
    std::string forward_target = PrefixTest("e.target_code", b);
    std::string forward = "(" + forward_source + " AND " + forward_target + ")";
    if (!both_directions) return Add(forward);
    std::string backward_source = PrefixTest("e.source_code", b);
    std::string backward_target = PrefixTest("e.target_code", a);
    Add("(" + forward + " OR (" + backward_source + " AND " + backward_target + "))");
  }
  // `sql` with {0} where the value's placeholder goes.
  void AddWithValue(std::string_view sql, std::string value) {
    Add(fmt::format(fmt::runtime(sql), Placeholder(std::move(value))));
  }
  void AddRaw(std::string sql) { Add(std::move(sql)); }

  // The code's length is our own integer; the code itself is bound.
  std::string PrefixTest(std::string_view column, const std::string& code) {
    if (code.empty()) return "1 = 1";
    return fmt::format("substr({}, 1, {}) = {}", column, code.size(), Placeholder(code));
  }
  // Any three-letter block of the code: codes are a country or group, then agents.
  std::string AgentTest(std::string_view column, const std::string& agent) {
    std::string test = "(";
    for (int start = 1; start <= 13; start += 3) {
      if (start > 1) test += " OR ";
      test += fmt::format("substr({}, {}, 3) = {}", column, start, Placeholder(agent));
    }
    return test + ")";
  }
  std::string CountryTest(std::string_view column, const std::string& country) {
    return fmt::format("substr({}, 1, 3) = {}", column, Placeholder(country));
  }

  std::string Sql() const { return clauses_.empty() ? "" : " WHERE " + clauses_; }
  void Bind(Statement& statement) const {
    int index = 1;
    for (const Value& value : values_) {
      if (value.is_number) statement.BindInt(index++, value.number);
      else statement.BindText(index++, value.text);
    }
  }

 private:
  void Add(std::string clause) {
    if (!clauses_.empty()) clauses_ += " AND ";
    clauses_ += clause;
  }
  struct Value {
    Value(std::string t) : text(std::move(t)) {}  // NOLINT(google-explicit-constructor)
    Value(int64_t n) : is_number(true), number(n) {}  // NOLINT(google-explicit-constructor)
    bool is_number = false;
    std::string text;
    int64_t number = 0;
  };
  std::string Placeholder(Value value) {
    values_.push_back(std::move(value));
    return fmt::format("?{}", values_.size());
  }

  std::string clauses_;
  std::vector<Value> values_;
};

Result<WhereClause> BuildWhere(const Store& store, const EventFilter& filter) {
  WhereClause where;
  if (filter.run != 0) where.AddInt("e.run", filter.run);
  else where.AddRaw("e.run = d.coded_with");
  where.AddEitherSide(filter.actor, &WhereClause::PrefixTest);
  where.AddEitherSide(filter.country, &WhereClause::CountryTest);
  where.AddEitherSide(filter.agent, &WhereClause::AgentTest);
  where.AddPrefix("e.source_code", filter.source);
  where.AddPrefix("e.target_code", filter.target);
  where.AddDyad(filter.dyad_source, filter.dyad_target, filter.both_directions);
  where.AddEquals("e.code", filter.code);
  where.AddEquals("e.root", filter.root);
  if (filter.quad != 0) where.AddInt("e.quad", filter.quad);
  if (filter.penta >= 0) where.AddInt("e.penta", filter.penta);
  where.AddEquals("e.plover", filter.plover);
  where.AddCompare("e.date", ">=", filter.from);
  where.AddCompare("e.date", "<=", filter.to);
  if (filter.flags != 0) where.AddFlags(filter.flags);
  if (filter.unflagged) where.AddRaw("e.flags = 0");
  if (filter.event_id != 0) where.AddInt("e.id", filter.event_id);
  if (filter.unique) where.AddRaw("e.duplicate_of IS NULL");
  where.AddEquals("e.doc", filter.doc);
  if (!filter.text.empty()) {
    if (!store.has_full_text()) return Status::Invalid("text search needs full-text search, which this store lacks");
    where.AddWithValue(
        std::string("EXISTS (SELECT 1 FROM sentences s WHERE s.doc = e.doc AND s.idx = e.sentence AND ") +
            store.dialect().full_text_match + ")",
        filter.text);
  }
  return where;
}

std::string LimitSql(int64_t limit) { return limit > 0 ? " LIMIT " + std::to_string(limit) : ""; }

void ReadActor(const Statement& row, int column, StoredEvent::Actor& actor) {
  actor.present = !row.IsNull(column);
  if (!actor.present) return;
  actor.code = row.Text(column);
  actor.text = row.Text(column + 1);
  actor.begin = row.Int(column + 2);
  actor.end = row.Int(column + 3);
}

}  // namespace

Status ForEachEvent(Store& store, const EventFilter& filter, const std::function<bool(const StoredEvent&)>& visit) {
  CASUS_RETURN_IF_ERROR(store.Flush());
  auto where = BuildWhere(store, filter);
  if (!where.ok()) return where.status();
  std::string sentence_text =
      fmt::format(fmt::runtime(store.dialect().byte_substring), "d.text", "s.\"begin\"", "s.\"end\"");
  std::string sql =
      "SELECT e.doc, e.sentence, e.date, e.code, e.root, e.quad, e.penta, e.goldstein, e.plover, "
      "e.source_code, e.source_text, e.source_begin, e.source_end, "
      "e.target_code, e.target_text, e.target_begin, e.target_end, "
      "e.trigger_text, e.trigger_begin, e.trigger_end, e.flags, e.run, " +
      sentence_text +
      ", e.id, r.started, d.url, d.source, "
      "p.idx, p.text, p.name, p.admin1, p.country, p.lat, p.lon, p.text_begin, p.text_end, "
      "e.event_key, e.duplicate_of, f.event_key, e.reports, e.sources "
      "FROM events e JOIN documents d ON d.id = e.doc JOIN runs r ON r.id = e.run "
      "LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence "
      "LEFT JOIN places p ON p.doc = e.doc AND p.run = e.run AND p.idx = e.place "
      "LEFT JOIN events f ON f.id = e.duplicate_of" +
      where->Sql() + " ORDER BY e.id" + LimitSql(filter.limit);
  auto query = store.database().Prepare(sql);
  if (!query.ok()) return query.status();
  Statement& row = *query.value();
  where->Bind(row);
  Status status;
  StoredEvent event;
  while (row.Step(status)) {
    event.doc = row.Text(0);
    event.sentence = row.Int(1);
    event.date = row.Text(2);
    event.code = row.Text(3);
    event.root = row.Text(4);
    event.quad = static_cast<int>(row.Int(5));
    event.penta = static_cast<int>(row.Int(6));
    event.goldstein = row.Double(7);
    event.plover = row.Text(8);
    ReadActor(row, 9, event.source);
    ReadActor(row, 13, event.target);
    event.trigger_text = row.Text(17);
    event.trigger_begin = row.Int(18);
    event.trigger_end = row.Int(19);
    event.flags = static_cast<uint16_t>(row.Int(20));
    event.run = row.Int(21);
    event.sentence_text = row.Text(22);
    event.id = row.Int(23);
    event.run_started = row.Text(24);
    event.url = row.Text(25);
    event.news_source = row.Text(26);
    StoredEvent::Location& location = event.location;
    location.present = !row.IsNull(27);
    location.text = row.Text(28);
    location.name = row.Text(29);
    location.admin1 = row.Text(30);
    location.country = row.Text(31);
    location.lat = location.present ? row.Double(32) : 0.0;
    location.lon = location.present ? row.Double(33) : 0.0;
    location.begin = location.present ? row.Int(34) : 0;
    location.end = location.present ? row.Int(35) : 0;
    event.key = row.Text(36);
    event.duplicate_of = row.IsNull(37) ? 0 : row.Int(37);
    event.duplicate_of_key = row.Text(38);
    event.reports = row.Int(39);
    event.sources = row.Int(40);
    if (!visit(event)) break;
  }
  row.Reset();
  return status;
}

Result<std::vector<PeriodCount>> CountByPeriod(Store& store, const EventFilter& filter, Period period, bool by_dyad) {
  CASUS_RETURN_IF_ERROR(store.Flush());
  auto where = BuildWhere(store, filter);
  if (!where.ok()) return where.status();
  std::string key = "e.date";
  if (period == Period::kMonth) key = "substr(e.date, 1, 7)";
  if (period == Period::kWeek) key = fmt::format(fmt::runtime(store.dialect().week_start), "e.date");
  std::string dyad = by_dyad ? "COALESCE(substr(e.source_code, 1, 3), ''), COALESCE(substr(e.target_code, 1, 3), '')"
                             : "'', ''";
  std::string group = by_dyad ? "1, 2, 3, 4" : "1, 4";
  std::string filter_sql = where->Sql() + " AND e.date IS NOT NULL";
  std::string sql = "SELECT " + key + ", " + dyad +
                    ", e.quad, COUNT(*), SUM(e.goldstein), AVG(e.goldstein) "
                    "FROM events e JOIN documents d ON d.id = e.doc" +
                    filter_sql + " GROUP BY " + group + " ORDER BY " + group + LimitSql(filter.limit);
  auto query = store.database().Prepare(sql);
  if (!query.ok()) return query.status();
  Statement& row = *query.value();
  where->Bind(row);
  std::vector<PeriodCount> counts;
  Status status;
  while (row.Step(status)) {
    counts.push_back({std::string(row.Text(0)), std::string(row.Text(1)), std::string(row.Text(2)),
                      static_cast<int>(row.Int(3)), row.Int(4), row.Double(5), row.Double(6)});
  }
  if (!status.ok()) return status;
  return counts;
}

}  // namespace casus::store
