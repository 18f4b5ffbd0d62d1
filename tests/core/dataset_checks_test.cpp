// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dataset::build's checks (dataset_checks.cpp) on content built in code: overlaps and gaps
// in the control history, references to unknown territories, states, places, sources and
// events, duplicate ids, repeated trade figures.

#include "okhotsk/dataset.h"

#include "dataset_content.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace okhotsk {
namespace {

using namespace testdata;  // the content helpers of dataset_content.h

TEST(DatasetChecks, OverlapsAreErrorsAndGapsAreWarnings) {
  DatasetContent content = baseContent();
  content.controlPeriods = {
      period("a", "etorofu", "1855-02-07/1945-09-01", {"japan"}, {"japan"}),
      period("b", "etorofu", "1945-08-28/1990-01-01", {"ussr"}, {"ussr"}),
      period("c", "etorofu", "1991-12-26/..", {"russian_federation"}, {"russian_federation"}),
  };
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  ASSERT_EQ(diagnostics.size(), 2U);
  EXPECT_EQ(diagnostics.items()[0].severity, Severity::Error);
  EXPECT_EQ(diagnostics.items()[0].featureId, "b");
  EXPECT_EQ(diagnostics.items()[0].field, "interval");
  EXPECT_NE(diagnostics.items()[0].message.find("overlaps period a"), std::string::npos);
  EXPECT_EQ(diagnostics.items()[1].severity, Severity::Warning);
  EXPECT_NE(diagnostics.items()[1].message.find(
                "gap in the control history of etorofu from 1990-01-01 to 1991-12-25"),
            std::string::npos)
      << diagnostics.items()[1].message;
  EXPECT_EQ(dataset->controlPeriods().size(), 3U) << "checked, not dropped";
}

TEST(DatasetChecks, UnknownReferencesAreReportedAndDroppedWhereUnsafe) {
  DatasetContent content = baseContent();
  content.controlPeriods = {period("a", "atlantis", "1855/..", {"japan"}, {}),
                            period("b", "etorofu", "1855/..", {"prussia"}, {})};
  Event e = event("E1", "1956-10-19");
  e.territoryIds = {"etorofu", "atlantis"};
  e.placeId = "nowhere";
  e.sourceIds = {"missing_source"};
  content.events.push_back(e);
  content.events.push_back(event("E1", "1960"));
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  EXPECT_TRUE(dataset->controlPeriods().empty());
  ASSERT_EQ(dataset->events().size(), 1U) << "the duplicate id is dropped";
  EXPECT_EQ(dataset->events()[0].territoryIds, std::vector<std::string>{"etorofu"});
  EXPECT_TRUE(dataset->events()[0].placeId.empty());
  std::vector<std::string> fields;
  for (const Diagnostic& d : diagnostics.items())
    fields.push_back(d.layer + "/" + d.featureId + "/" + d.field);
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{
                        "control_periods/a/territory_id", "control_periods/b/administered_by", "events/E1/id",
                        "events/E1/place_id", "events/E1/source_ids", "events/E1/territories"}));
}

// The events are sorted, and duplicates dropped, in place (dataset_checks.cpp): whatever the
// file's order, the result is sorted by first day, last day and id, keeps the first of each id
// with its own title, and the index by id finds each event where it now stands.
TEST(DatasetChecks, EventsAreSortedInPlaceAndFoundByIdWhereTheyStand) {
  std::mt19937 random(1208);
  const std::vector<const char*> dates{
      "1855-02-07", "1855",     "1855-02",    "1956-10-19", "1956-10-19/1956-12-12",
      "1905~",      "1945-08?", "1991-12/..", "../1875",    "1956"};
  for (int round = 0; round < 50; ++round) {
    DatasetContent content = baseContent();
    std::map<std::string, std::string> firstTitle;  // the title of the first event of each id
    const int count = 1 + round * 7;
    for (int i = 0; i < count; ++i) {
      const std::string id = "E" + std::to_string(std::uniform_int_distribution<int>(0, count)(random));
      Event e =
          event(id.c_str(), dates[std::uniform_int_distribution<std::size_t>(0, dates.size() - 1)(random)]);
      e.title.en = id + " row " + std::to_string(i);
      firstTitle.try_emplace(id, e.title.en);
      content.events.push_back(std::move(e));
    }
    Diagnostics diagnostics;
    auto dataset = build(std::move(content), diagnostics);
    const auto& events = dataset->events();
    ASSERT_EQ(events.size(), firstTitle.size()) << "round " << round;
    for (std::size_t i = 0; i < events.size(); ++i) {
      EXPECT_EQ(events[i].title.en, firstTitle.at(events[i].id)) << "the first of each id is kept";
      EXPECT_EQ(dataset->eventIndex(events[i].id), static_cast<std::ptrdiff_t>(i));
      EXPECT_EQ(dataset->event(events[i].id), &events[i]);
      if (i == 0) continue;
      const auto key = [](const Event& e) {
        const auto range = e.date.range();
        return std::tuple(range.first, range.last, e.id);
      };
      EXPECT_LE(key(events[i - 1]), key(events[i])) << "round " << round << ", position " << i;
    }
  }
}

TEST(DatasetChecks, BoundariesNeedKnownSourcesAndBasisEvents) {
  DatasetContent content = baseContent();
  content.events.push_back(event("E1", "1905-09-05"));
  Boundary known;
  known.id = "sakhalin_50n";
  known.inForce = edtf("1905-09-05/1945-08-25");
  known.sourceIds = {"s"};
  known.basisEventId = "E1";
  Boundary unknown = known;
  unknown.id = "other";
  unknown.sourceIds = {"nowhere"};
  unknown.basisEventId = "E9";
  content.boundaries = {known, unknown};
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  ASSERT_EQ(diagnostics.size(), 2U);
  for (const Diagnostic& d : diagnostics.items()) {
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_EQ(d.layer, "boundaries");
    EXPECT_EQ(d.featureId, "other");
  }
  EXPECT_EQ(diagnostics.items()[0].field, "source_ids");
  EXPECT_EQ(diagnostics.items()[0].message, "unknown source 'nowhere' (not in the sources layer)");
  EXPECT_EQ(diagnostics.items()[1].field, "basis_event_id");
  EXPECT_EQ(diagnostics.items()[1].message, "unknown event 'E9'");
  EXPECT_EQ(dataset->boundaries().size(), 2U) << "warned, not dropped";
}

TEST(DatasetTrade, ASecondFigureForTheSameYearAndSourceIsReported) {
  DatasetContent content = baseContent();
  content.trade.push_back(observation("a", "s", TradeFlow::Total, 1979, 4400));
  content.trade.push_back(observation("b", "s", TradeFlow::Total, 1979, 4338));
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics.items()[0].featureId, "b");
  EXPECT_EQ(diagnostics.items()[0].severity, Severity::Warning);
}

// A year outside the schema's trade years (content built in code; the loader rejects them
// first) is dropped with an error, so a series never spans billions of years: INT_MAX used
// to overflow the series loop and exhaust memory.
TEST(DatasetTrade, YearsOutsideTheSchemaAreDroppedAndSeriesStayBounded) {
  DatasetContent content = baseContent();
  content.trade.push_back(observation("ok", "s", TradeFlow::Total, 1979, 4400));
  content.trade.push_back(observation("max", "s", TradeFlow::Total, std::numeric_limits<int>::max(), 1));
  content.trade.push_back(observation("min", "s", TradeFlow::Total, std::numeric_limits<int>::min(), 1));
  content.trade.push_back(observation("million", "s", TradeFlow::Total, 1'000'000, 1));
  content.trade.push_back(observation("early", "s", TradeFlow::Total, schema::kFirstTradeYear - 1, 1));
  content.trade.push_back(observation("first", "s", TradeFlow::Total, schema::kFirstTradeYear, 1));
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  std::vector<std::string> dropped;
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::Error && d.field == "year") dropped.push_back(d.featureId);
  EXPECT_EQ(dropped, (std::vector<std::string>{"max", "min", "million", "early"}));
  ASSERT_EQ(dataset->trade().size(), 2U);
  const auto series = dataset->tradeSeries();
  ASSERT_EQ(series.size(), 1U);
  EXPECT_EQ(series[0].points.size(), static_cast<std::size_t>(1979 - schema::kFirstTradeYear + 1));
  const auto clipped = dataset->tradeSeries(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
  ASSERT_EQ(clipped.size(), 1U);
  EXPECT_EQ(clipped[0].points.size(), series[0].points.size()) << "extreme bounds do not overflow";
}

// Dates outside the schema's years in content built in code are dropped with an error; open
// ends are not outside.
TEST(DatasetChecks, DatesOutsideTheSchemaYearsAreDropped) {
  DatasetContent content = baseContent();
  content.events = {event("E1", "1956-10-19"), event("E2", "Y170000002"), event("E3", "-9999"),
                    event("E4", "1499-12-31"), event("E5", "1500-01-01")};
  content.controlPeriods = {period("a", "etorofu", "1855-02-07/..", {"japan"}, {"japan"}),
                            period("b", "habomai", "1855/2101", {"japan"}, {"japan"})};
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  std::vector<std::string> dropped;
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::Error) dropped.push_back(d.featureId + "/" + d.field);
  EXPECT_EQ(dropped, (std::vector<std::string>{"E2/date", "E3/date", "E4/date", "b/interval"}));
  EXPECT_EQ(dataset->events().size(), 2U);
  EXPECT_EQ(dataset->controlPeriods().size(), 1U);
}

// A period or trade figure naming a state outside the days it existed is a warning.
TEST(DatasetChecks, StatesAreNamedOnlyWhileTheyExisted) {
  DatasetContent content = baseContent();
  content.states[2].valid = edtf("1922-12-30/1991-12-26");  // ussr
  content.controlPeriods = {
      period("early", "sakhalin", "1920-04-21/1922-12-30", {"japan"}, {"ussr"},
             ControlKind::MilitaryOccupation),
      period("late", "sakhalin", "1922-12-30/1991-12-26", {"ussr"}, {"ussr"}),
  };
  content.trade.push_back(observation("t1920", "s", TradeFlow::Total, 1920, 1));
  content.trade.push_back(observation("t1922", "s", TradeFlow::Total, 1922, 1));  // the USSR's last two days
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  std::vector<std::string> flagged;
  for (const Diagnostic& d : diagnostics.items()) {
    EXPECT_EQ(d.severity, Severity::Warning) << d.toString();
    flagged.push_back(d.featureId + "/" + d.field);
  }
  EXPECT_EQ(flagged, (std::vector<std::string>{"early/claimed_by", "t1920/partner"}));
}

// An administered_disputed period without both legal positions is a warning.
TEST(DatasetChecks, ADisputedPeriodNeedsBothPositions) {
  DatasetContent content = baseContent();
  ControlPeriod disputed =
      period("d", "etorofu", "1946-02-02/..", {"ussr"}, {"japan", "ussr"}, ControlKind::AdministeredDisputed);
  disputed.positionJapan.en = "Japan holds the test position.";
  disputed.positionJapanSourceIds = {"s"};
  content.controlPeriods = {disputed};
  Diagnostics diagnostics;
  auto dataset = build(std::move(content), diagnostics);
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics.items()[0].field, "position_russia_en");
  EXPECT_EQ(diagnostics.items()[0].severity, Severity::Warning);
}

}  // namespace
}  // namespace okhotsk
