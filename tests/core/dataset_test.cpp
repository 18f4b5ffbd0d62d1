// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dataset queries on content built in code (no files): state on a date with the half-open
// rule and imprecise hand-overs, the event interval index against a brute-force scan,
// stepping, boundaries and trade series. The checks are in dataset_checks_test.cpp.

#include "okhotsk/dataset.h"

#include "dataset_content.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace okhotsk {
namespace {

using namespace testdata;  // the content helpers of dataset_content.h

class StateOnADay : public ::testing::Test {
 protected:
  void SetUp() override {
    DatasetContent content = baseContent();
    content.controlPeriods = {
        period("e1", "etorofu", "1855-02-07/1945-08-28", {"japan"}, {"japan"}),
        period("e2", "etorofu", "1945-08-28/1991-12-26", {"ussr"}, {"japan", "ussr"},
               ControlKind::MilitaryOccupation),
        period("e3", "etorofu", "1991-12-26/..", {"russian_federation"}, {"japan", "russian_federation"},
               ControlKind::AdministeredDisputed),
        period("h1", "habomai", "1855-02-07/1945-09-03", {"japan"}, {"japan"}),
        period("h2", "habomai", "1945-09-03/1945-09-05", {"japan", "ussr"}, {"japan", "ussr"},
               ControlKind::Transition),
        period("h3", "habomai", "1945-09-05/..", {"ussr"}, {"japan", "ussr"}),
        // Listed out of order on purpose: the dataset sorts periods by date.
        period("s2", "sakhalin", "1875-08-22/1905", {"russian_empire"}, {"russian_empire"}),
        period("s1", "sakhalin", "1855-02-07/1875-08-22", {"japan", "russian_empire"},
               {"japan", "russian_empire"}, ControlKind::Joint),
        period("s3", "sakhalin", "1905/1905-09-05", {"japan"}, {"russian_empire", "japan"},
               ControlKind::MilitaryOccupation),
    };
    // A disputed period states both legal positions, each with its sources.
    ControlPeriod& e3 = content.controlPeriods[2];
    e3.positionJapan.en = "Japan holds the test position.";
    e3.positionRussia.en = "Russia holds the test position.";
    e3.positionJapanSourceIds = {"s"};
    e3.positionRussiaSourceIds = {"s"};
    m_dataset = build(std::move(content), m_diagnostics);
  }
  TerritoryState stateOf(const char* territory, DayNumber d) const {
    return m_dataset->stateOf(*m_dataset->territory(territory), d);
  }
  Diagnostics m_diagnostics;
  std::unique_ptr<Dataset> m_dataset;
};

TEST_F(StateOnADay, TheDatasetWithContiguousPeriodsHasNoDiagnostics) {
  for (const Diagnostic& d : m_diagnostics.items()) ADD_FAILURE() << d.toString();
}

TEST_F(StateOnADay, HandOverDayBelongsToTheNewPeriod) {
  EXPECT_EQ(stateOf("etorofu", day(1945, 8, 27)).period->id, "e1");
  EXPECT_EQ(stateOf("etorofu", day(1945, 8, 28)).period->id, "e2");
  EXPECT_FALSE(stateOf("etorofu", day(1945, 8, 27)).disputed());
  const TerritoryState occupied = stateOf("etorofu", day(1945, 8, 30));
  EXPECT_TRUE(occupied.disputed());
  EXPECT_FALSE(occupied.uncertain());
  EXPECT_EQ(occupied.period->administeredBy, std::vector<std::string>{"ussr"});
  EXPECT_EQ(stateOf("etorofu", day(2026, 1, 1)).period->id, "e3");
}

TEST_F(StateOnADay, BeforeTheFirstPeriodNothingIsKnown) {
  const TerritoryState before = stateOf("etorofu", day(1800, 1, 1));
  EXPECT_FALSE(before.known());
  EXPECT_FALSE(before.disputed());
}

TEST_F(StateOnADay, ATransitionIntervalIsItsOwnState) {
  EXPECT_EQ(stateOf("habomai", day(1945, 9, 2)).period->id, "h1");
  EXPECT_EQ(stateOf("habomai", day(1945, 9, 3)).period->id, "h2");
  EXPECT_EQ(stateOf("habomai", day(1945, 9, 4)).period->kind, ControlKind::Transition);
  EXPECT_EQ(stateOf("habomai", day(1945, 9, 6)).period->id, "h3");
}

TEST_F(StateOnADay, AnImpreciseHandOverReportsBothCandidates) {
  const TerritoryState in1905 = stateOf("sakhalin", day(1905, 3, 1));
  ASSERT_TRUE(in1905.known());
  ASSERT_TRUE(in1905.uncertain());
  EXPECT_EQ(in1905.period->id, "s2");
  EXPECT_EQ(in1905.alternative->id, "s3");
  EXPECT_EQ(stateOf("sakhalin", day(1904, 12, 31)).period->id, "s2");
  EXPECT_FALSE(stateOf("sakhalin", day(1904, 12, 31)).uncertain());
  EXPECT_EQ(stateOf("sakhalin", day(1870, 1, 1)).period->kind, ControlKind::Joint);
  EXPECT_EQ(stateOf("sakhalin", day(1905, 9, 5)).period, nullptr) << "no period after s3 in this fixture";
}

TEST_F(StateOnADay, StateOnListsEveryTerritoryInOrder) {
  const auto states = m_dataset->stateOn(day(1950, 1, 1));
  ASSERT_EQ(states.size(), 3U);
  EXPECT_EQ(states[0].territory->id, "etorofu");
  EXPECT_EQ(states[1].period->id, "h3");
  EXPECT_FALSE(states[2].known());
}

TEST_F(StateOnADay, ControlHistoryIsInDateOrder) {
  const auto history = m_dataset->controlHistory(*m_dataset->territory("sakhalin"));
  ASSERT_EQ(history.size(), 3U);
  EXPECT_EQ(history[0].id, "s1");
  EXPECT_EQ(history[1].id, "s2");
  EXPECT_EQ(history[2].id, "s3");
}

TEST_F(StateOnADay, SteppingThroughControlChanges) {
  EXPECT_EQ(m_dataset->nextControlChange(day(1945, 8, 1)), day(1945, 8, 28));
  EXPECT_EQ(m_dataset->nextControlChange(day(1945, 8, 28)), day(1945, 9, 3));
  EXPECT_EQ(m_dataset->previousControlChange(day(1945, 9, 3)), day(1945, 8, 28));
  EXPECT_EQ(m_dataset->nextControlChange(day(1904, 6, 1)), day(1905, 1, 1)) << "the imprecise year begins";
  EXPECT_FALSE(m_dataset->previousControlChange(day(1855, 2, 7)).has_value());
}

TEST(DatasetEvents, IntervalQueriesMatchABruteForceScan) {
  DatasetContent content = baseContent();
  std::mt19937 random(20261121);
  std::uniform_int_distribution<int> year(1850, 2025);
  std::uniform_int_distribution<int> month(1, 12);
  std::uniform_int_distribution<int> dayOfMonth(1, 28);
  std::uniform_int_distribution<int> shape(0, 5);
  for (int i = 0; i < 3000; ++i) {
    const std::string id = "E" + std::to_string(i);
    std::string date;
    const int y = year(random);
    switch (shape(random)) {
      case 0:
        date = std::to_string(y);
        break;
      case 1: {
        const int m = month(random);
        date = std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
        break;
      }
      case 2:
        date = std::to_string(y / 10) + "X";
        break;
      case 3:
        date = std::to_string(y) + "/" + std::to_string(std::min(2025, y + shape(random) * 7));
        break;
      default: {
        const int m = month(random);
        const int d = dayOfMonth(random);
        date = std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m) + (d < 10 ? "-0" : "-") +
               std::to_string(d);
      }
    }
    Event e = event(id.c_str(), date.c_str());
    content.events.push_back(std::move(e));
  }
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  ASSERT_TRUE(diagnostics.empty());
  const auto events = dataset->events();
  for (int q = 0; q < 300; ++q) {
    const DayNumber a = day(year(random), month(random), dayOfMonth(random));
    const DayNumber b = a + std::uniform_int_distribution<int>(0, 4000)(random);
    std::vector<const Event*> expected;
    for (const Event& e : events)
      if (e.date.range().overlaps({a, b})) expected.push_back(&e);
    EXPECT_EQ(dataset->eventsIn({a, b}), expected) << "query " << isoDate(a) << ".." << isoDate(b);
  }
  for (std::size_t i = 1; i < events.size(); ++i)
    EXPECT_LE(events[i - 1].date.earliest(), events[i].date.earliest()) << "events are in date order";
}

TEST(DatasetEvents, OpenEndedEventsAreFoundFromAnyLaterDay) {
  DatasetContent content = baseContent();
  content.events = {event("E1", "1991-12/.."), event("E2", "1956-10-19"), event("E3", "../1855")};
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  auto ids = [](const std::vector<const Event*>& events) {
    std::vector<std::string> result;
    result.reserve(events.size());
    for (const Event* e : events) result.push_back(e->id);
    return result;
  };
  EXPECT_EQ(ids(dataset->eventsIn({day(2020, 1, 1), day(2020, 1, 1)})), std::vector<std::string>{"E1"});
  EXPECT_EQ(ids(dataset->eventsIn({day(1700, 1, 1), day(1956, 10, 19)})),
            (std::vector<std::string>{"E3", "E2"}));
  EXPECT_TRUE(dataset->eventsIn({day(1960, 1, 1), day(1990, 1, 1)}).empty());
}

TEST(DatasetEvents, SteppingFindsNextAndPreviousEventStarts) {
  DatasetContent content = baseContent();
  content.events = {event("E1", "1956-10-19"), event("E2", "1956-12-12"), event("E3", "1978-08")};
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  EXPECT_EQ(dataset->nextEventStart(day(1956, 10, 19)), day(1956, 12, 12));
  EXPECT_EQ(dataset->nextEventStart(day(1956, 12, 12)), day(1978, 8, 1));
  EXPECT_FALSE(dataset->nextEventStart(day(1978, 8, 1)).has_value());
  EXPECT_EQ(dataset->previousEventStart(day(1978, 8, 1)), day(1956, 12, 12));
  EXPECT_FALSE(dataset->previousEventStart(day(1956, 10, 19)).has_value());
}

TEST(DatasetBoundaries, OnlyBoundariesInForceAreReturned) {
  DatasetContent content = baseContent();
  Boundary b;
  b.id = "sakhalin_50n";
  b.inForce = edtf("1905-09-05/1945-08-25");
  b.sourceIds = {"s"};
  content.boundaries.push_back(b);
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  EXPECT_TRUE(dataset->boundariesOn(day(1905, 9, 4)).empty());
  EXPECT_EQ(dataset->boundariesOn(day(1905, 9, 5)).size(), 1U);
  EXPECT_EQ(dataset->boundariesOn(day(1945, 8, 24)).size(), 1U);
  EXPECT_TRUE(dataset->boundariesOn(day(1945, 8, 25)).empty());
}

TEST(DatasetTrade, SeriesHaveOnePointPerYearAndMissingYearsStayEmpty) {
  DatasetContent content = baseContent();
  content.sources.push_back({"prose", "Prose source", {"https://example.org/p"}});
  for (int year = 1900; year <= 1910; ++year)
    if (year != 1905)
      content.trade.push_back(observation(("c" + std::to_string(year)).c_str(), "s", TradeFlow::JapanExports,
                                          year, year - 1899.0));
  content.trade.push_back(observation("p1", "prose", TradeFlow::Total, 1979, 4400));
  content.trade.push_back(observation("p2", "prose", TradeFlow::Total, 1988, 6000));
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  const auto series = dataset->tradeSeries();
  ASSERT_EQ(series.size(), 2U);
  const TradeSeries& annual = series[1].sourceId == "s" ? series[1] : series[0];
  const TradeSeries& prose = series[1].sourceId == "s" ? series[0] : series[1];
  EXPECT_TRUE(annual.annual);
  ASSERT_EQ(annual.points.size(), 11U);
  EXPECT_EQ(annual.points[5].year, 1905);
  EXPECT_FALSE(annual.points[5].value.has_value()) << "a missing year is explicit, never interpolated";
  EXPECT_EQ(annual.points[5].observation, nullptr);
  EXPECT_DOUBLE_EQ(*annual.points[6].value, 7.0);
  EXPECT_FALSE(prose.annual);
  EXPECT_EQ(prose.points.size(), 10U);
  EXPECT_EQ(std::count_if(prose.points.begin(), prose.points.end(), [](const auto& p) { return p.value; }),
            2);
  const auto clipped = dataset->tradeSeries(1903, 1906);
  const TradeSeries& clippedAnnual = clipped[0].sourceId == "s" ? clipped[0] : clipped[1];
  ASSERT_EQ(clippedAnnual.points.size(), 4U);
  EXPECT_EQ(clippedAnnual.points.front().year, 1903);
}

// Disputed means two states dispute the status: not an occupation only the occupied side
// claims (North Sakhalin 1905, 1920-1925), not a joint regime.
TEST(DatasetDisputes, DisputedFollowsTheKindAndTheClaimants) {
  const ControlPeriod occupation = period("n", "sakhalin", "1905-07-31/1905-10-15", {"japan"},
                                          {"russian_empire"}, ControlKind::MilitaryOccupation);
  EXPECT_FALSE(occupation.isDisputed());
  const ControlPeriod joint = period("j", "sakhalin", "1855-02-07/1875-08-22", {"japan", "russian_empire"},
                                     {"japan", "russian_empire"}, ControlKind::Joint);
  EXPECT_FALSE(joint.isDisputed());
  const ControlPeriod contested = period("c", "etorofu", "1945-08-28/1946-02-02", {"ussr"}, {"japan", "ussr"},
                                         ControlKind::MilitaryOccupation);
  EXPECT_TRUE(contested.isDisputed());
  const ControlPeriod administered =
      period("a", "etorofu", "1946-02-02/..", {"ussr"}, {"japan"}, ControlKind::AdministeredDisputed);
  EXPECT_TRUE(administered.isDisputed());
  EXPECT_EQ(controlKindFromCode("administered_disputed"), ControlKind::AdministeredDisputed);
  EXPECT_FALSE(controlKindFromCode("annexed").has_value()) << "annexation is an act, not a kind";
}

// The same source's figures in two units are two series, not a second figure for the year.
TEST(DatasetTrade, UnitsAreSeriesOfTheirOwn) {
  DatasetContent content = baseContent();
  TradeObservation yen = observation("jpy", "s", TradeFlow::Total, 2023, 1430);
  yen.unit = "JPY_billion_current";
  yen.partnerStateId = "russian_federation";
  TradeObservation dollars = observation("usd", "s", TradeFlow::Total, 2023, 9600);
  dollars.partnerStateId = "russian_federation";
  dollars.bound = TradeBound::About;
  dollars.approximate = true;
  content.trade = {yen, dollars};
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  for (const Diagnostic& d : diagnostics.items()) ADD_FAILURE() << d.toString();
  const auto series = dataset->tradeSeries();
  ASSERT_EQ(series.size(), 2U);
  EXPECT_EQ(series[0].unit, "JPY_billion_current");
  EXPECT_EQ(series[0].points[0].value, std::optional<double>(1430));
  EXPECT_EQ(series[1].unit, "USD_million_current");
  EXPECT_EQ(series[1].points[0].value, std::optional<double>(9600));
}

}  // namespace
}  // namespace okhotsk

namespace okhotsk {
namespace {

TEST(SourceTypeCodes, EveryTypeHasACodeThatReadsBackAsItself) {
  const std::vector<std::string_view> codes{"treaty_text",    "archival_record", "official_statement",
                                            "scholarly_work", "press",           "reference_work",
                                            "dataset"};
  for (std::size_t index = 0; index < codes.size(); ++index) {
    const auto type = static_cast<SourceType>(index);
    EXPECT_EQ(sourceTypeCode(type), codes[index]);
    EXPECT_EQ(sourceTypeFromCode(codes[index]), type);
  }
  EXPECT_EQ(sourceTypeFromCode("treaty"), std::nullopt);
  EXPECT_EQ(sourceTypeFromCode(""), std::nullopt);
}

}  // namespace
}  // namespace okhotsk
