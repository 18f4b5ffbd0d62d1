// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The trade chart's data without widgets: from hand-made trade series to the runs and point
// groups drawn, the figures hovering reports, the partner bands, the axis ranges and the
// legend's sources. Every expected value below is worked out by hand from the rows.
#include "chart/trade_chart_data.h"

#include "okhotsk/calendar.h"

#include <gtest/gtest.h>

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace okhotsk::app {
namespace {

using Points = std::vector<QPointF>;

// Hand-made rows: observations live here (series points point into them) and series are
// assembled from them as the dataset would, one point per year with missing years explicit.
class Rows {
 public:
  const TradeObservation& add(int year, const std::string& partner, double value,
                              TradeBound bound = TradeBound::Exact, bool derived = false) {
    TradeObservation observation;
    observation.year = year;
    observation.partnerStateId = partner;
    observation.value = value;
    observation.bound = bound;
    observation.derived = derived;
    return m_observations.emplace_back(std::move(observation));
  }

  static TradeSeriesPoint point(const TradeObservation& observation) {
    return {observation.year, observation.value, &observation};
  }
  static TradeSeriesPoint missing(int year) { return {year, std::nullopt, nullptr}; }

 private:
  std::deque<TradeObservation> m_observations;  // stable addresses
};

TradeSeries series(const std::string& sourceId, TradeFlow flow, bool annual,
                   std::vector<TradeSeriesPoint> points) {
  TradeSeries result;
  result.sourceId = sourceId;
  result.flow = flow;
  result.annual = annual;
  result.points = std::move(points);
  return result;
}

TEST(TradeChartDataTest, AnnualLineBreaksAtAMissingYearIntoRunsAtYearCentres) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("cow", TradeFlow::JapanExports, true,
             {Rows::point(rows.add(1970, "ussr", 341)), Rows::missing(1971),
              Rows::point(rows.add(1972, "ussr", 504)), Rows::point(rows.add(1973, "ussr", 484))})};
  const TradeChartData data = buildTradeChartData(all, false);

  ASSERT_EQ(data.series.size(), 2U);
  EXPECT_EQ(data.series[0].points, (Points{{1970.5, 341}}));
  EXPECT_EQ(data.series[1].points, (Points{{1972.5, 504}, {1973.5, 484}}));
  for (const TradeChartSeries& run : data.series) {
    EXPECT_TRUE(run.annual);
    EXPECT_FALSE(run.derived);
    EXPECT_EQ(run.sourceId, "cow");
    EXPECT_EQ(run.flow, TradeFlow::JapanExports);
  }
  // Every figure is there for hovering, the missing year is not.
  ASSERT_EQ(data.figures.size(), 3U);
  EXPECT_DOUBLE_EQ(data.figures[1].x, 1972.5);
  EXPECT_DOUBLE_EQ(data.figures[1].value, 504);
  EXPECT_TRUE(data.figures[1].drawn);
  EXPECT_EQ(data.figures[1].observation->year, 1972);
  EXPECT_FALSE(data.anyDerived);
  EXPECT_TRUE(data.cuesUsed.empty());
}

TEST(TradeChartDataTest, DerivedTotalsGetTheirOwnRunJoinedToThePreviousYear) {
  Rows rows;
  const std::vector<TradeSeries> all{series("cow", TradeFlow::Total, true,
                                            {Rows::point(rows.add(1980, "ussr", 10)),
                                             Rows::point(rows.add(1981, "ussr", 20, TradeBound::Exact, true)),
                                             Rows::point(rows.add(1982, "ussr", 30, TradeBound::Exact, true)),
                                             Rows::point(rows.add(1983, "ussr", 40))})};
  const TradeChartData data = buildTradeChartData(all, false);

  ASSERT_EQ(data.series.size(), 3U);
  EXPECT_FALSE(data.series[0].derived);
  EXPECT_EQ(data.series[0].points, (Points{{1980.5, 10}}));
  // The dashed run starts at the last stated year so that the line stays joined, and the
  // stated run after it starts at the last derived year.
  EXPECT_TRUE(data.series[1].derived);
  EXPECT_EQ(data.series[1].points, (Points{{1980.5, 10}, {1981.5, 20}, {1982.5, 30}}));
  EXPECT_FALSE(data.series[2].derived);
  EXPECT_EQ(data.series[2].points, (Points{{1982.5, 30}, {1983.5, 40}}));
  EXPECT_TRUE(data.anyDerived);
  EXPECT_EQ(data.figures.size(), 4U);  // shared years are still one figure each
}

TEST(TradeChartDataTest, ZerosAreLeftOutOnTheLogScaleButStayFigures) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("cow", TradeFlow::JapanImports, true,
             {Rows::point(rows.add(1939, "ussr", 5)), Rows::point(rows.add(1940, "ussr", 0)),
              Rows::point(rows.add(1941, "ussr", 0)), Rows::point(rows.add(1942, "ussr", 7))})};

  const TradeChartData linear = buildTradeChartData(all, false);
  ASSERT_EQ(linear.series.size(), 1U);
  EXPECT_EQ(linear.series[0].points, (Points{{1939.5, 5}, {1940.5, 0}, {1941.5, 0}, {1942.5, 7}}));
  EXPECT_EQ(linear.hiddenZeros, 0);

  const TradeChartData log = buildTradeChartData(all, true);
  ASSERT_EQ(log.series.size(), 2U);
  EXPECT_EQ(log.series[0].points, (Points{{1939.5, 5}}));
  EXPECT_EQ(log.series[1].points, (Points{{1942.5, 7}}));
  EXPECT_EQ(log.hiddenZeros, 2);
  ASSERT_EQ(log.figures.size(), 4U);
  EXPECT_TRUE(log.figures[0].drawn);
  EXPECT_FALSE(log.figures[1].drawn);
  EXPECT_FALSE(log.figures[2].drawn);
  EXPECT_TRUE(log.figures[3].drawn);
}

TEST(TradeChartDataTest, ProseFiguresAreGroupedByBoundAndDerivedInTheOrderTheyAppear) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("encyclopaedia", TradeFlow::Total, false,
             {Rows::point(rows.add(1960, "ussr", 150, TradeBound::About)),
              Rows::point(rows.add(1965, "ussr", 400, TradeBound::Nearly)),
              Rows::point(rows.add(1970, "ussr", 800, TradeBound::About)),
              Rows::point(rows.add(1975, "ussr", 2500, TradeBound::Nearly, true)),
              Rows::point(rows.add(1980, "ussr", 4000, TradeBound::LessThan)),
              // A year without a figure and a figure without its row draw nothing.
              Rows::missing(1985), TradeSeriesPoint{1986, 99.0, nullptr}})};
  const TradeChartData data = buildTradeChartData(all, false);

  ASSERT_EQ(data.series.size(), 4U);
  EXPECT_EQ(data.series[0].bound, TradeBound::About);
  EXPECT_EQ(data.series[0].points, (Points{{1960.5, 150}, {1970.5, 800}}));
  EXPECT_EQ(data.series[1].bound, TradeBound::Nearly);
  EXPECT_FALSE(data.series[1].derived);
  EXPECT_EQ(data.series[1].points, (Points{{1965.5, 400}}));
  EXPECT_EQ(data.series[2].bound, TradeBound::Nearly);
  EXPECT_TRUE(data.series[2].derived);  // a derived total is flagged and drawn apart
  EXPECT_EQ(data.series[2].points, (Points{{1975.5, 2500}}));
  EXPECT_EQ(data.series[3].bound, TradeBound::LessThan);
  for (const TradeChartSeries& group : data.series) EXPECT_FALSE(group.annual);

  EXPECT_TRUE(data.anyDerived);
  // Nearly and less than share the upper-bound marker; nothing here is stated as is.
  EXPECT_EQ(data.cuesUsed, (std::set<MarkerCue>{MarkerCue::About, MarkerCue::UpperBound}));
  EXPECT_EQ(data.figures.size(), 5U);
}

TEST(TradeChartDataTest, AnnualRunsComeBeforeProseGroupsWhateverTheSeriesOrder) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("prose", TradeFlow::Total, false, {Rows::point(rows.add(1900, "russian_empire", 5))}),
      series("cow", TradeFlow::JapanExports, true, {Rows::point(rows.add(1950, "ussr", 1))})};
  const TradeChartData data = buildTradeChartData(all, false);

  ASSERT_EQ(data.series.size(), 2U);
  EXPECT_EQ(data.series[0].sourceId, "cow");
  EXPECT_EQ(data.series[1].sourceId, "prose");
  ASSERT_EQ(data.figures.size(), 2U);
  EXPECT_EQ(data.figures[0].sourceId, "cow");
  // The legend lists annual sources first too, though the prose source starts earlier.
  ASSERT_EQ(data.sources.size(), 2U);
  EXPECT_EQ(data.sources[0].id, "cow");
  EXPECT_TRUE(data.sources[0].annual);
  EXPECT_EQ(data.sources[1].id, "prose");
  EXPECT_DOUBLE_EQ(data.sources[1].firstYear, 1900.5);
}

TEST(TradeChartDataTest, LegendListsProseSourcesByTheirFirstFigure) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("late", TradeFlow::Total, false, {Rows::point(rows.add(1990, "ussr", 5))}),
      series(
          "early", TradeFlow::JapanExports, false,
          {Rows::point(rows.add(1960, "ussr", 5, TradeBound::Over)), Rows::point(rows.add(1958, "ussr", 5))}),
      series("late", TradeFlow::JapanImports, false, {Rows::point(rows.add(1985, "ussr", 5))})};
  const TradeChartData data = buildTradeChartData(all, false);

  ASSERT_EQ(data.sources.size(), 2U);
  EXPECT_EQ(data.sources[0].id, "early");
  EXPECT_DOUBLE_EQ(data.sources[0].firstYear, 1958.5);  // the earliest of its groups
  EXPECT_EQ(data.sources[1].id, "late");
  EXPECT_DOUBLE_EQ(data.sources[1].firstYear, 1985.5);  // merged over its two flows
  EXPECT_FALSE(data.sources[1].annual);
}

TEST(TradeChartDataTest, PartnerBandsFollowTheStatesOfTheFiguresAcrossTheAxis) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("cow", TradeFlow::Total, true,
             {Rows::point(rows.add(1913, "russian_empire", 30)), Rows::missing(1914), Rows::missing(1915),
              Rows::point(rows.add(1925, "ussr", 12)), Rows::point(rows.add(1926, "ussr", 14))}),
      series(
          "prose", TradeFlow::Total, false,
          {Rows::point(rows.add(1990, "ussr", 6000)), Rows::point(rows.add(1995, "russian_federation", 6000)),
           Rows::point(rows.add(1996, "russian_federation", 7000))})};
  const TradeChartData data = buildTradeChartData(all, false);

  EXPECT_DOUBLE_EQ(data.xMin, 1913);
  EXPECT_DOUBLE_EQ(data.xMax, 1997);
  ASSERT_EQ(data.bands.size(), 3U);
  // A gap in the data goes to the earlier partner: the empire's band runs up to the first
  // Soviet figure, the Soviet band up to the first figure of the Federation.
  EXPECT_EQ(data.bands[0].partnerId, "russian_empire");
  EXPECT_DOUBLE_EQ(data.bands[0].from, 1913);
  EXPECT_DOUBLE_EQ(data.bands[0].to, 1925);
  EXPECT_EQ(data.bands[1].partnerId, "ussr");
  EXPECT_DOUBLE_EQ(data.bands[1].from, 1925);
  EXPECT_DOUBLE_EQ(data.bands[1].to, 1995);
  EXPECT_EQ(data.bands[2].partnerId, "russian_federation");
  EXPECT_DOUBLE_EQ(data.bands[2].from, 1995);
  EXPECT_DOUBLE_EQ(data.bands[2].to, 1997);  // to the end of the axis
}

TEST(TradeChartDataTest, PartnerOfAYearIsTheFirstSeriesToGiveIt) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("a", TradeFlow::Total, true, {Rows::point(rows.add(1991, "ussr", 1))}),
      series("b", TradeFlow::Total, true, {Rows::point(rows.add(1991, "russian_federation", 1))})};
  const TradeChartData data = buildTradeChartData(all, false);
  ASSERT_EQ(data.bands.size(), 1U);
  EXPECT_EQ(data.bands[0].partnerId, "ussr");
}

TEST(TradeChartDataTest, AxisRangesCoverEveryFigure) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("cow", TradeFlow::JapanExports, true,
             {Rows::point(rows.add(1950, "ussr", 0)), Rows::point(rows.add(1951, "ussr", 3.2)),
              Rows::point(rows.add(1952, "ussr", 250))}),
      series("prose", TradeFlow::Total, false, {Rows::point(rows.add(2010, "russian_federation", 23000))})};
  const TradeChartData data = buildTradeChartData(all, false);

  // Years: from the first year with a figure to the end of the last one.
  EXPECT_DOUBLE_EQ(data.xMin, 1950);
  EXPECT_DOUBLE_EQ(data.xMax, 2011);
  // Linear: from zero to 4 % over the largest figure.
  EXPECT_DOUBLE_EQ(data.linear.min, 0);
  EXPECT_DOUBLE_EQ(data.linear.max, 23000 * 1.04);
  // Logarithmic: whole decades, from under the smallest positive figure to over the largest.
  EXPECT_DOUBLE_EQ(data.logarithmic.min, 1);
  EXPECT_DOUBLE_EQ(data.logarithmic.max, 100000);
  for (const TradeFigure& figure : data.figures) {
    EXPECT_GE(figure.x, data.xMin);
    EXPECT_LE(figure.x, data.xMax);
    EXPECT_LE(figure.value, data.linear.max);
    if (figure.value > 0) {
      EXPECT_GE(figure.value, data.logarithmic.min);
      EXPECT_LE(figure.value, data.logarithmic.max);
    }
  }
}

TEST(TradeChartDataTest, LogRangeSpansAtLeastOneDecade) {
  Rows rows;
  const std::vector<TradeSeries> all{
      series("cow", TradeFlow::Total, true, {Rows::point(rows.add(1960, "ussr", 100))})};
  const TradeChartData data = buildTradeChartData(all, true);
  EXPECT_DOUBLE_EQ(data.logarithmic.min, 100);
  EXPECT_DOUBLE_EQ(data.logarithmic.max, 1000);
}

TEST(TradeChartDataTest, NoFiguresGiveTheDefaultFrameAndNothingToDraw) {
  const TradeChartData data = buildTradeChartData({}, false);
  EXPECT_TRUE(data.series.empty());
  EXPECT_TRUE(data.figures.empty());
  EXPECT_TRUE(data.bands.empty());
  EXPECT_TRUE(data.sources.empty());
  EXPECT_DOUBLE_EQ(data.xMin, 1850);
  EXPECT_DOUBLE_EQ(data.xMax, 2025);
  EXPECT_DOUBLE_EQ(data.linear.max, 1);
  EXPECT_DOUBLE_EQ(data.logarithmic.min, 1);
  EXPECT_DOUBLE_EQ(data.logarithmic.max, 10);
}

TEST(TradeChartDataTest, MarkerCuesFollowTheBound) {
  EXPECT_EQ(markerCueOf(TradeBound::Exact), MarkerCue::Stated);
  EXPECT_EQ(markerCueOf(TradeBound::About), MarkerCue::About);
  EXPECT_EQ(markerCueOf(TradeBound::Nearly), MarkerCue::UpperBound);
  EXPECT_EQ(markerCueOf(TradeBound::LessThan), MarkerCue::UpperBound);
  EXPECT_EQ(markerCueOf(TradeBound::Over), MarkerCue::LowerBound);
}

TEST(TradeChartDataTest, FractionalYearCountsTheDaysOfThatYear) {
  EXPECT_DOUBLE_EQ(fractionalYear(daysFromGregorian(1957, 1, 1)), 1957.0);
  EXPECT_DOUBLE_EQ(fractionalYear(daysFromGregorian(1957, 7, 1)), 1957 + 181.0 / 365);
  EXPECT_DOUBLE_EQ(fractionalYear(daysFromGregorian(1956, 7, 1)), 1956 + 182.0 / 366);  // a leap year
  EXPECT_DOUBLE_EQ(fractionalYear(daysFromGregorian(1956, 12, 31)), 1956 + 365.0 / 366);
  EXPECT_DOUBLE_EQ(tradeYearCentre(1956), 1956.5);
}

}  // namespace
}  // namespace okhotsk::app
