// Tests of the PLOVER GSR scorer (src/eval/plover_gsr*): reading a GSR-style
// file (malformed records included), the early-name mapping, the country code
// normalisation and the scoring. Hand-written records; the real file is read
// only by `casus eval plover-gsr`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "eval/plover_gsr.h"

namespace casus::eval {
namespace {

// Line numbers matter: the malformed records' positions are asserted.
constexpr std::string_view kGsr = R"([
{"id": "DOC-1", "event": "DOCUMENT", "comment": "documentation"},
{"id": "DEMAND-1", "date": "2000-01-01", "event": "DEMAND", "text": "Japan demanded that the US pay.",
 "source": [{"actorText": "Japan", "code": "JAP"}], "target": [{"actorText": "US", "code": "USA"}]},
{"id": "FIGHT-1", "event": "FIGHT", "mode": "heavy-weapons", "text": "Israeli tanks shelled Palestinian gunmen.",
 "source": [{"actorText": "Israeli tanks", "code": "ISR", "sector": "MIL"}],
 "target": [{"actorText": "Palestinian gunmen", "code": "PSE", "sector": "REB"}]},
{"id": "DISAPPROVE-1", "event": "DISAPPROVE", "text": "The UN criticized Serbia.",
 "source": [{"actorText": "UN", "code": "IGO"}], "target": [{"actorText": "Serbia", "code": "SRB"}]},
{"id": "INVESTIGATE-1", "event": "INVESTIGATE", "text": "Italy investigated a US national.",
 "source": [{"actorText": "Italy", "code": "ITL"}], "target": [{"actorText": "US national", "code": "USA"}]},
{"id": "AGREE-1", "event": "AGREE", "text": "Hungarian and Romanian officials agreed.",
 "source": [{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "Romanian", "code": "ROU"}], "target": "",},
{"id": "COERCE-1", "event": "COERCE", "mode": "destroy", "text": "Rebels blew up power lines in Afghanistan.",
 "source": [{"actorText": "Rebels", "code": "AFG", "sector": "REB"}]},
{"id": "THREATEN-1", "event": "THREATEN", "mode": "curfew", "text": "Algeria threatened a curfew.",
 "source": [{"actorText": "Algeria", "code": "DZA"}]},
{"id": "PROTEST-1", "event": "PROTEST", "text": "Crowds marched in Lagos.",
 "source": [{"actorText": "Crowds", "code": "NGA"}]},
{"id": "BROKEN-1", "event": "AGREE", "text": "A record with a missing quote, "source": []},
{"id": "SANCTION-1", "event": "SANCTION", "text": "Sanctions were imposed on Iraq by the US.",
 "source": [{"actorText": "US", "code": "USA"}], "target": [{"actorText": "Iraq", "code": "IRQ"}]},
{"id": "ODD-1", "event": "EXPLAIN", "text": "Not a PLOVER category."},
{"id": "MOBILIZE-1", "event": "MOBILIZE", "text": "Russian troops massed.", "source": [{"code": "RUS"}], "target": "diplomatic"}
]
)";

EvalEvent Coded(std::string doc, std::string plover, std::string source, std::string target) {
  EvalEvent e;
  e.doc = std::move(doc);
  e.plover = std::move(plover);
  e.plover_given = true;
  e.source_code = std::move(source);
  e.target_code = std::move(target);
  return e;
}

CountryAliases OurAliases() {
  auto aliases = ParseCameoCountryAliases("# comment\ncode\tROU\tROM\t# Romania\nname\tCOD\tCongo\n", "<table>");
  EXPECT_TRUE(aliases.ok()) << aliases.status().message();
  return aliases.value();
}

const GsrOutcome& OutcomeOf(const PloverGsrScores& s, std::string_view id) {
  for (const GsrOutcome& o : s.outcomes) {
    if (o.record->id == id) return o;
  }
  ADD_FAILURE() << "no outcome for " << id;
  return s.outcomes.front();
}

const GsrRow& RowOf(const std::vector<GsrRow>& rows, std::string_view name) {
  for (const GsrRow& r : rows) {
    if (r.name == name) return r;
  }
  ADD_FAILURE() << "no row " << name;
  return rows.front();
}

TEST(PloverGsrCategories, EarlyNamesMapToTodays) {
  EXPECT_EQ(TodaysPloverCategory("DEMAND"), "REQUEST");
  EXPECT_EQ(TodaysPloverCategory("DISAPPROVE"), "ACCUSE");
  EXPECT_EQ(TodaysPloverCategory("INVESTIGATE"), "ACCUSE");
  EXPECT_EQ(TodaysPloverCategory("FIGHT"), "ASSAULT");
  EXPECT_EQ(TodaysPloverCategory("ASSAULT"), "ASSAULT");
  EXPECT_EQ(TodaysPloverCategory("RETREAT"), "RETREAT");
  EXPECT_EQ(TodaysPloverCategory("EXPLAIN"), "");
  EXPECT_EQ(TodaysPloverCategory("demand"), "");  // names are upper case in PLOVER
}

TEST(PloverGsrCategories, ModeDecidesOnlyWithinTheQuadAndWhenUnambiguous) {
  EXPECT_EQ(ModeAlternativeCategory("COERCE", "destroy"), "ASSAULT");   // today an ASSAULT mode
  EXPECT_EQ(ModeAlternativeCategory("ASSAULT", "deport"), "COERCE");    // today a COERCE mode
  EXPECT_EQ(ModeAlternativeCategory("THREATEN", "curfew"), "");         // COERCE is material, THREATEN verbal
  EXPECT_EQ(ModeAlternativeCategory("COERCE", "restrict"), "");         // its own mode
  EXPECT_EQ(ModeAlternativeCategory("SANCTION", "restrict"), "");       // THREATEN and COERCE: ambiguous
  EXPECT_EQ(ModeAlternativeCategory("ASSAULT", "heavy-weapons"), "");   // its own mode
  EXPECT_EQ(ModeAlternativeCategory("COERCE", "confiscate"), "");       // not a mode today
  EXPECT_EQ(ModeAlternativeCategory("COERCE", ""), "");
}

TEST(PloverGsrCountries, CodesAreNormalisedOnBothSides) {
  EXPECT_EQ(ActorCountry("JAP", GsrCodeAliases()), "JPN");
  EXPECT_EQ(ActorCountry("ITL", GsrCodeAliases()), "ITA");
  EXPECT_EQ(ActorCountry("IGO", GsrCodeAliases()), "IGO");
  EXPECT_EQ(ActorCountry("usa", GsrCodeAliases()), "USA");
  CountryAliases ours = OurAliases();
  EXPECT_EQ(ActorCountry("ROMGOV", ours), "ROU");
  EXPECT_EQ(ActorCountry("PALREB", ours), "PSE");  // always added
  EXPECT_EQ(ActorCountry("IGOUNO", ours), "IGO");
  EXPECT_EQ(ActorCountry("CONGO", ours), "CON");   // 'name' lines are not aliases
  EXPECT_EQ(ActorCountry("US", ours), "");
  EXPECT_FALSE(ParseCameoCountryAliases("code\tROU\n", "t.tsv").ok());
}

TEST(PloverGsrRecords, MalformedRecordsAreReportedWithTheirPosition) {
  auto gsr = ParsePloverGsr(kGsr, "tiny.json");
  ASSERT_TRUE(gsr.ok()) << gsr.status().message();
  const PloverGsr& g = gsr.value();
  EXPECT_EQ(g.elements, 13u);
  EXPECT_EQ(g.documentation, 1u);
  EXPECT_EQ(g.records.size(), 10u);
  EXPECT_EQ(g.lost, 2u);
  ASSERT_EQ(g.problems.size(), 4u);
  // AGREE-1 ends in a trailing comma: repaired and read.
  EXPECT_FALSE(g.problems[0].record_lost);
  EXPECT_EQ(g.problems[0].position, 6u);
  EXPECT_EQ(g.problems[0].id, "AGREE-1");
  EXPECT_NE(g.problems[0].message.find("trailing comma"), std::string::npos);
  // BROKEN-1 lost its closing quote: reported at its line, the next record read.
  EXPECT_TRUE(g.problems[1].record_lost);
  EXPECT_EQ(g.problems[1].position, 10u);
  EXPECT_EQ(g.problems[1].line, 20u);
  EXPECT_EQ(g.problems[1].id, "BROKEN-1");
  EXPECT_NE(g.problems[1].message.find("invalid JSON"), std::string::npos);
  EXPECT_TRUE(g.problems[2].record_lost);
  EXPECT_EQ(g.problems[2].id, "ODD-1");
  EXPECT_NE(g.problems[2].message.find("EXPLAIN"), std::string::npos);
  // A string where the target list belongs: read, without a target.
  EXPECT_FALSE(g.problems[3].record_lost);
  EXPECT_EQ(g.problems[3].position, 13u);
  EXPECT_NE(g.problems[3].message.find("\"diplomatic\""), std::string::npos);
  EXPECT_TRUE(g.records[9].targets.empty());

  const GsrRecord& demand = g.records[0];
  EXPECT_EQ(demand.category, "REQUEST");
  EXPECT_EQ(demand.date, "2000-01-01");
  ASSERT_EQ(demand.sources.size(), 1u);
  EXPECT_EQ(demand.sources[0].code, "JAP");
  EXPECT_EQ(demand.sources[0].country, "JPN");
  EXPECT_TRUE(g.records[4].targets.empty());  // AGREE-1: "target": ""
  EXPECT_EQ(g.records[5].mode_category, "ASSAULT");
}

TEST(PloverGsrRecords, StructuralProblemsAreWarnings) {
  auto gsr = ParsePloverGsr(R"([{"event": "AID", "text": "a", "source": [{"code": "USA"}]} {"event": "AID", "text": "b"},])",
                            "x");
  ASSERT_TRUE(gsr.ok());
  EXPECT_EQ(gsr.value().records.size(), 2u);
  EXPECT_EQ(gsr.value().records[0].id, "record-1");
  ASSERT_EQ(gsr.value().problems.size(), 2u);
  EXPECT_NE(gsr.value().problems[0].message.find("missing comma"), std::string::npos);
  EXPECT_NE(gsr.value().problems[1].message.find("trailing comma"), std::string::npos);
  EXPECT_FALSE(ParsePloverGsr("{\"event\": \"AID\"}", "x").ok());
  EXPECT_FALSE(ParsePloverGsr("", "x").ok());
  // A stray brace and an unclosed array cost nothing else.
  auto stray = ParsePloverGsr(R"([}, {"event": "AID", "text": "b"})", "x");
  ASSERT_TRUE(stray.ok());
  EXPECT_EQ(stray.value().records.size(), 1u);
  EXPECT_EQ(stray.value().lost, 1u);
}

TEST(PloverGsrScoring, CategoriesAndDyads) {
  auto gsr = ParsePloverGsr(kGsr, "tiny.json");
  ASSERT_TRUE(gsr.ok());
  std::vector<EvalEvent> events = {
      Coded("DEMAND-1", "REQUEST", "JPNGOV", "USA"),          // early name + JAP
      Coded("FIGHT-1", "ACCUSE", "ISR", "PSE"),               // another category first
      Coded("FIGHT-1", "ASSAULT", "ISRMIL", "PALREB"),        // PAL is PSE
      Coded("DISAPPROVE-1", "ACCUSE", "IGOUNO", "SRBGOV"),    // IGO matches IGO...
      Coded("INVESTIGATE-1", "ACCUSE", "USA", "ITAGOV"),      // reversed
      Coded("AGREE-1", "AGREE", "ROMGOV", "HUNGOV"),          // ROM is ROU; no target required
      Coded("COERCE-1", "ASSAULT", "AFGREB", ""),             // through the mode
      Coded("THREATEN-1", "COERCE", "DZAGOV", ""),            // not through the mode
      Coded("SANCTION-1", "SANCTION", "", "IRN"),             // source missing, target wrong
      Coded("SANCTION-1", "", "USA", "IRQ"),                  // no PLOVER category
      Coded("MOBILIZE-1", "MOBILIZE", "MILGOV", ""),           // no country
      Coded("NOT-A-RECORD", "AID", "USA", "IRQ"),
  };
  PloverGsrScores s = ScorePloverGsr(gsr.value(), events, OurAliases(), {"GOV", "MIL"});
  EXPECT_EQ(s.events, 11u);
  EXPECT_EQ(s.events_unknown_doc, 1u);
  EXPECT_EQ(s.events_without_category, 1u);

  EXPECT_TRUE(OutcomeOf(s, "DEMAND-1").category_dyad);
  EXPECT_TRUE(OutcomeOf(s, "FIGHT-1").category_dyad);
  EXPECT_TRUE(OutcomeOf(s, "DISAPPROVE-1").category_dyad);
  EXPECT_TRUE(OutcomeOf(s, "AGREE-1").category_dyad);
  const GsrOutcome& investigate = OutcomeOf(s, "INVESTIGATE-1");
  EXPECT_TRUE(investigate.category);
  EXPECT_FALSE(investigate.category_source);
  EXPECT_EQ(investigate.failure, "source and target swapped");
  const GsrOutcome& coerce = OutcomeOf(s, "COERCE-1");
  EXPECT_TRUE(coerce.category_dyad);
  EXPECT_TRUE(coerce.by_mode_category);
  EXPECT_EQ(s.mode_category_hits, 1u);
  const GsrOutcome& threaten = OutcomeOf(s, "THREATEN-1");
  EXPECT_FALSE(threaten.category);
  EXPECT_EQ(threaten.failure, "no event of the category");
  EXPECT_EQ(OutcomeOf(s, "PROTEST-1").failure, "no event");
  EXPECT_EQ(OutcomeOf(s, "SANCTION-1").failure, "source missing + target wrong country");
  EXPECT_EQ(OutcomeOf(s, "MOBILIZE-1").failure, "source without country");

  // By GSR name: both ACCUSE names, with today's category beside them.
  const GsrRow& disapprove = RowOf(s.by_gsr_event, "DISAPPROVE");
  EXPECT_EQ(disapprove.category, "ACCUSE");
  EXPECT_EQ(disapprove.category_dyad.hits, 1u);
  const GsrRow& accuse = RowOf(s.by_category, "ACCUSE");
  EXPECT_EQ(accuse.records, 2u);
  EXPECT_EQ(accuse.category_hit.hits, 2u);
  EXPECT_EQ(accuse.category_source.hits, 1u);
  EXPECT_EQ(accuse.category_dyad.hits, 1u);
  EXPECT_EQ(s.total.records, 10u);
  EXPECT_EQ(s.total.detected.hits, 9u);
  EXPECT_EQ(s.total.category_hit.hits, 8u);
  EXPECT_EQ(s.total.category_source.hits, 5u);
  EXPECT_EQ(s.total.category_dyad.hits, 5u);

  ASSERT_FALSE(s.category_confusions.empty());
  EXPECT_EQ(s.category_confusions[0].first, "THREATEN -> COERCE");
  ASSERT_EQ(s.country_confusions.size(), 1u);
  EXPECT_EQ(s.country_confusions[0].first, "target IRQ -> IRN");
  // Every failure kind is counted once per failed record.
  uint64_t failed = 0;
  for (const auto& [kind, n] : s.failures) failed += n;
  EXPECT_EQ(failed, s.total.records - s.total.category_dyad.hits);

  nlohmann::json json = nlohmann::json::parse(FormatPloverGsrJson(s));
  EXPECT_EQ(json["total"]["category_dyad"]["hits"], 5);
  EXPECT_EQ(json["gold"]["lost"], 2);
  EXPECT_EQ(json["records"].size(), 10u);
  std::string table = FormatPloverGsrTable(s);
  EXPECT_NE(table.find("lost record 10 (line 20) BROKEN-1"), std::string::npos) << table;
  EXPECT_NE(table.find("category_dyad=50.0%"), std::string::npos) << table;
}

}  // namespace
}  // namespace casus::eval
