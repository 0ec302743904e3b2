#include "store/extras_query.h"

namespace casus::store {
namespace {

// Rows of `sql` handed to `read`. Parameters: ?1 the document id, ?2 and ?3
// the run (0: the document's current run; RunOf).
template <typename Read>
Status ForEachRow(Store& store, const std::string& sql, const std::string& doc, int64_t run, Read read) {
  auto query = store.database().Prepare(sql);
  if (!query.ok()) return query.status();
  Statement& row = *query.value();
  row.BindText(1, doc);
  row.BindInt(2, run);
  row.BindInt(3, run);
  Status status;
  while (row.Step(status)) read(row);
  return status;
}

void ReadActor(const Statement& row, int column, StoredEvent::Actor& actor) {
  actor.present = !row.IsNull(column);
  actor.code = row.Text(column);
  actor.text = row.Text(column + 1);
  actor.begin = row.IsNull(column + 2) ? 0 : row.Int(column + 2);
  actor.end = row.IsNull(column + 3) ? 0 : row.Int(column + 3);
}

// The rows of table `alias` that belong to the run asked for.
std::string RunOf(const char* alias) {
  return std::string("((?2 = 0 AND ") + alias + ".run = d.coded_with) OR " + alias + ".run = ?3)";
}

}  // namespace

Result<StoredExtras> ReadExtras(Store& store, const std::string& doc, int64_t run) {
  CASUS_RETURN_IF_ERROR(store.Flush());
  StoredExtras extras;
  CASUS_RETURN_IF_ERROR(ForEachRow(
      store,
      "SELECT q.sentence, q.quote_text, q.quote_begin, q.quote_end, q.speaker_code, q.speaker_text, "
      "q.speaker_begin, q.speaker_end, q.verb FROM quotations q JOIN documents d ON d.id = q.doc "
      "WHERE q.doc = ?1 AND " + RunOf("q") + " ORDER BY q.idx",
      doc, run, [&](const Statement& row) {
        StoredQuotation q;
        q.sentence = row.Int(0);
        q.text = row.Text(1);
        q.begin = row.Int(2);
        q.end = row.Int(3);
        ReadActor(row, 4, q.speaker);
        q.verb = row.Text(8);
        extras.quotations.push_back(std::move(q));
      }));
  CASUS_RETURN_IF_ERROR(ForEachRow(
      store,
      "SELECT c.sentence, c.text, c.text_begin, c.text_end, c.number, c.kind, c.actor_code, c.actor_text, "
      "c.actor_begin, c.actor_end, c.event, ev.event_key FROM reported_counts c JOIN documents d ON d.id = c.doc "
      "LEFT JOIN events ev ON ev.doc = c.doc AND ev.run = c.run AND ev.idx = c.event "
      "WHERE c.doc = ?1 AND " + RunOf("c") + " ORDER BY c.idx",
      doc, run, [&](const Statement& row) {
        StoredCount c;
        c.sentence = row.Int(0);
        c.text = row.Text(1);
        c.begin = row.Int(2);
        c.end = row.Int(3);
        c.number = row.Int(4);
        c.kind = row.Text(5);
        ReadActor(row, 6, c.actor);
        c.event = row.IsNull(10) ? -1 : row.Int(10);
        c.event_key = row.Text(11);
        extras.counts.push_back(std::move(c));
      }));
  CASUS_RETURN_IF_ERROR(ForEachRow(
      store,
      "SELECT p.text, p.text_begin, p.text_end, p.name, p.admin1, p.country, p.lat, p.lon FROM places p "
      "JOIN documents d ON d.id = p.doc WHERE p.doc = ?1 AND " + RunOf("p") + " ORDER BY p.idx",
      doc, run, [&](const Statement& row) {
        extras.places.push_back({std::string(row.Text(0)), row.Int(1), row.Int(2), std::string(row.Text(3)),
                                 std::string(row.Text(4)), std::string(row.Text(5)), row.Double(6), row.Double(7)});
      }));
  return extras;
}

}  // namespace casus::store
