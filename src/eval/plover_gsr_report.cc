// Printing the PLOVER GSR scores: a table by category, and its --json object.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "eval/plover_gsr.h"

namespace casus::eval {
namespace {

constexpr size_t kListedKinds = 10;  // the most common failures, confusions shown

std::string Cell(const Ratio& r) { return fmt::format("{:>4} {:>5.1f}%", r.hits, r.percent()); }

std::string Where(const GsrProblem& p) {
  std::string where = p.position ? fmt::format("record {} (line {})", p.position, p.line) : fmt::format("line {}", p.line);
  if (!p.id.empty()) where += " " + p.id;
  return where;
}

void AppendRows(std::string& out, const std::vector<GsrRow>& rows, const GsrRow& total, bool with_category) {
  out += fmt::format("{:<12} {:<10} {:>7}  {:>11}  {:>11}  {:>11}  {:>11}\n", with_category ? "GSR event" : "category",
                     with_category ? "today" : "", "records", "any event", "category", "+source", "+src+target");
  auto append = [&](const GsrRow& row) {
    out += fmt::format("{:<12} {:<10} {:>7}  {}  {}  {}  {}\n", row.name, with_category ? row.category : "",
                       row.records, Cell(row.detected), Cell(row.category_hit), Cell(row.category_source),
                       Cell(row.category_dyad));
  };
  for (const GsrRow& row : rows) append(row);
  append(total);
}

void AppendCounts(std::string& out, const std::string& title,
                  const std::vector<std::pair<std::string, uint64_t>>& counts) {
  if (counts.empty()) return;
  out += "\n" + title + "\n";
  for (size_t i = 0; i < counts.size() && i < kListedKinds; ++i) {
    out += fmt::format("  {:>4}  {}\n", counts[i].second, counts[i].first);
  }
  if (counts.size() > kListedKinds) out += fmt::format("  ... {} more kinds (--json lists all)\n", counts.size() - kListedKinds);
}

nlohmann::json RatioJson(const Ratio& r) {
  return {{"hits", r.hits}, {"n", r.n}, {"pct", r.n ? nlohmann::json(RoundPrinted(r.percent(), 2)) : nlohmann::json()}};
}

nlohmann::json RowJson(const GsrRow& row) {
  return {{"name", row.name},
          {"category", row.category},
          {"records", row.records},
          {"detected", RatioJson(row.detected)},
          {"category_hit", RatioJson(row.category_hit)},
          {"category_source", RatioJson(row.category_source)},
          {"category_dyad", RatioJson(row.category_dyad)}};
}

nlohmann::json CountsJson(const std::vector<std::pair<std::string, uint64_t>>& counts) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [kind, n] : counts) out.push_back({{"kind", kind}, {"records", n}});
  return out;
}

}  // namespace

std::string FormatPloverGsrTable(const PloverGsrScores& s, std::string_view events_label) {
  std::string out;
  out += fmt::format("gold: {} records read from {} ({} array elements, {} DOCUMENT skipped, {} could not be read)\n",
                     s.total.records, s.path, s.elements, s.documentation, s.lost);
  for (const GsrProblem& p : s.problems) {
    out += fmt::format("  {} {}: {}\n", p.record_lost ? "lost" : "note", Where(p), p.message);
  }
  out += fmt::format("events: {} ({}), {} without a PLOVER category; {} from unknown documents\n", s.events,
                     events_label, s.events_without_category, s.events_unknown_doc);
  out += fmt::format("{} records found only through the category of their mode (docs/eval.md)\n\n",
                     s.mode_category_hits);
  AppendRows(out, s.by_gsr_event, s.total, true);
  out += "\nby today's category\n";
  AppendRows(out, s.by_category, s.total, false);
  AppendCounts(out, "failures (records without a category event with both countries right)", s.failures);
  AppendCounts(out, "categories coded instead (records without an event of their category: gold -> casus)",
               s.category_confusions);
  AppendCounts(out, "wrong countries (best event of the category: gold -> casus)", s.country_confusions);
  out += fmt::format("\ncategory={:.1f}% category_source={:.1f}% category_dyad={:.1f}% records={}\n",
                     s.total.category_hit.percent(), s.total.category_source.percent(),
                     s.total.category_dyad.percent(), s.total.records);
  return out;
}

std::string FormatPloverGsrJson(const PloverGsrScores& s) {
  nlohmann::json by_event = nlohmann::json::array(), by_category = nlohmann::json::array();
  for (const GsrRow& row : s.by_gsr_event) by_event.push_back(RowJson(row));
  for (const GsrRow& row : s.by_category) by_category.push_back(RowJson(row));
  nlohmann::json problems = nlohmann::json::array();
  for (const GsrProblem& p : s.problems) {
    problems.push_back({{"position", p.position}, {"line", p.line}, {"id", p.id}, {"message", p.message},
                        {"record_lost", p.record_lost}});
  }
  nlohmann::json records = nlohmann::json::array();
  for (const GsrOutcome& o : s.outcomes) {
    records.push_back({{"id", o.record->id},
                       {"event", o.record->event},
                       {"category", o.record->category},
                       {"mode_category", o.record->mode_category.empty() ? nlohmann::json()
                                                                          : nlohmann::json(o.record->mode_category)},
                       {"events", o.events},
                       {"category_hit", o.category},
                       {"category_source", o.category_source},
                       {"category_dyad", o.category_dyad},
                       {"by_mode_category", o.by_mode_category},
                       {"failure", o.failure.empty() ? nlohmann::json() : nlohmann::json(o.failure)}});
  }
  nlohmann::json out = {
      {"gold",
       {{"path", s.path},
        {"records", s.total.records},
        {"elements", s.elements},
        {"documentation", s.documentation},
        {"lost", s.lost},
        {"problems", problems}}},
      {"events", s.events},
      {"events_without_category", s.events_without_category},
      {"events_unknown_doc", s.events_unknown_doc},
      {"mode_category_hits", s.mode_category_hits},
      {"by_gsr_event", by_event},
      {"by_category", by_category},
      {"total", RowJson(s.total)},
      {"failures", CountsJson(s.failures)},
      {"category_confusions", CountsJson(s.category_confusions)},
      {"country_confusions", CountsJson(s.country_confusions)},
      {"records", records},
  };
  return out.dump();
}

}  // namespace casus::eval
