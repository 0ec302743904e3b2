#include "store/event_query.h"

#include <string_view>

namespace casus::store {
namespace {

// A WHERE clause under construction with its bound values in order.
class WhereClause {
 public:
  void AddPrefix(std::string_view column, const std::string& code) {
    if (code.empty()) return;
    Add(PrefixTest(column, code));
  }
  void AddEquals(std::string_view column, const std::string& value) {
    if (value.empty()) return;
    Add(std::string(column) + " = ?");
    values_.push_back(value);
  }
  void AddCompare(std::string_view column, std::string_view op, const std::string& value) {
    if (value.empty()) return;
    Add(std::string(column) + " " + std::string(op) + " ?");
    values_.push_back(value);
  }
  void AddInt(std::string_view column, int64_t value) {
    Add(std::string(column) + " = ?");
    values_.push_back(value);
  }
  void AddActorEitherSide(const std::string& code) {
    if (code.empty()) return;
    std::string left = PrefixTest("e.source_code", code);
    std::string right = PrefixTest("e.target_code", code);
    Add("(" + left + " OR " + right + ")");
  }
  void AddDyad(const std::string& a, const std::string& b, bool both_directions) {
    if (a.empty() && b.empty()) return;
    // One test per statement: values are pushed in the order the SQL names them,
    // and the operands of + are not sequenced.
    std::string forward_source = PrefixTest("e.source_code", a);
    std::string forward_target = PrefixTest("e.target_code", b);
    std::string forward = "(" + forward_source + " AND " + forward_target + ")";
    if (!both_directions) return Add(forward);
    std::string backward_source = PrefixTest("e.source_code", b);
    std::string backward_target = PrefixTest("e.target_code", a);
    Add("(" + forward + " OR (" + backward_source + " AND " + backward_target + "))");
  }
  void AddRaw(std::string sql, std::string value) {
    Add(std::move(sql));
    values_.push_back(std::move(value));
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
  // The code's length is our own integer; the code itself is bound.
  std::string PrefixTest(std::string_view column, const std::string& code) {
    if (code.empty()) return "1";
    values_.push_back(code);
    return "substr(" + std::string(column) + ", 1, " + std::to_string(code.size()) + ") = ?";
  }

  std::string clauses_;
  struct Value {
    Value(std::string t) : text(std::move(t)) {}  // NOLINT(google-explicit-constructor)
    Value(int64_t n) : is_number(true), number(n) {}  // NOLINT(google-explicit-constructor)
    bool is_number = false;
    std::string text;
    int64_t number = 0;
  };
  std::vector<Value> values_;
};

Result<WhereClause> BuildWhere(const Store& store, const EventFilter& filter) {
  WhereClause where;
  where.AddActorEitherSide(filter.actor);
  where.AddPrefix("e.source_code", filter.source);
  where.AddPrefix("e.target_code", filter.target);
  where.AddDyad(filter.dyad_source, filter.dyad_target, filter.both_directions);
  where.AddEquals("e.code", filter.code);
  where.AddEquals("e.root", filter.root);
  if (filter.quad != 0) where.AddInt("e.quad", filter.quad);
  where.AddCompare("e.date", ">=", filter.from);
  where.AddCompare("e.date", "<=", filter.to);
  if (filter.event_id != 0) where.AddInt("e.id", filter.event_id);
  if (!filter.text.empty()) {
    if (!store.has_full_text()) return Status::Invalid("text search needs SQLite with FTS5, which this one lacks");
    where.AddRaw(
        "EXISTS (SELECT 1 FROM sentences s WHERE s.doc = e.doc AND s.idx = e.sentence AND s.id IN "
        "(SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))",
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
  // substr over a BLOB counts bytes, matching our byte offsets; over TEXT it
  // would count characters.
  std::string sql =
      "SELECT e.doc, e.sentence, e.date, e.code, e.root, e.quad, e.penta, e.goldstein, e.plover, "
      "e.source_code, e.source_text, e.source_begin, e.source_end, "
      "e.target_code, e.target_text, e.target_begin, e.target_end, "
      "e.trigger_text, e.trigger_begin, e.trigger_end, e.flags, e.run, "
      "substr(CAST(d.text AS BLOB), s.begin + 1, s.end - s.begin), e.id "
      "FROM events e JOIN documents d ON d.id = e.doc "
      "LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence" +
      where->Sql() + " ORDER BY d.rowid, e.id" + LimitSql(filter.limit);
  auto query = store.database().Prepare(sql);
  if (!query.ok()) return query.status();
  where->Bind(query.value());
  Status status;
  StoredEvent event;
  while (query->Step(status)) {
    const Statement& row = query.value();
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
    if (!visit(event)) break;
  }
  return status;
}

Result<std::vector<PeriodCount>> CountByPeriod(Store& store, const EventFilter& filter, Period period) {
  CASUS_RETURN_IF_ERROR(store.Flush());
  auto where = BuildWhere(store, filter);
  if (!where.ok()) return where.status();
  const char* key = "e.date";
  if (period == Period::kMonth) key = "substr(e.date, 1, 7)";
  // 'weekday 0' moves to the coming Sunday (or stays on one); six days back is Monday.
  if (period == Period::kWeek) key = "date(e.date, 'weekday 0', '-6 days')";
  std::string filter_sql = where->Sql();
  filter_sql = filter_sql.empty() ? " WHERE e.date IS NOT NULL" : filter_sql + " AND e.date IS NOT NULL";
  std::string sql = std::string("SELECT ") + key +
                    " AS period, e.quad, COUNT(*), SUM(e.goldstein), AVG(e.goldstein) FROM events e" + filter_sql +
                    " GROUP BY period, e.quad ORDER BY period, e.quad" + LimitSql(filter.limit);
  auto query = store.database().Prepare(sql);
  if (!query.ok()) return query.status();
  where->Bind(query.value());
  std::vector<PeriodCount> counts;
  Status status;
  while (query->Step(status)) {
    const Statement& row = query.value();
    counts.push_back({std::string(row.Text(0)), static_cast<int>(row.Int(1)), row.Int(2), row.Double(3),
                      row.Double(4)});
  }
  if (!status.ok()) return status;
  return counts;
}

}  // namespace casus::store
