// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's axis without a widget: tick scales and their boundaries, the choice of scale
// for a zoom, tick words, calendar steps, and the mapping between days and x.
#include "timeline/time_axis.h"

#include "okhotsk/calendar.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <vector>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

const TickScale& scaleOf(TickUnit unit, int step) {
  for (const TickScale& scale : tickScales())
    if (scale.unit == unit && scale.step == step) return scale;
  throw std::logic_error("no such scale");
}

std::vector<CivilDate> ticks(const TickScale& scale, DayRange range) {
  std::vector<CivilDate> dates;
  forEachTick(scale, range, [&](DayNumber d, const CivilDate& date) {
    EXPECT_EQ(daysFromGregorian(date), d);  // the date handed over is the tick's day
    dates.push_back(date);
  });
  return dates;
}

// --- Ticks -------------------------------------------------------------------------------------

TEST(TimeAxisTicks, YearTicksFallOnTheFirstOfJanuaryOfRoundYears) {
  const auto dates = ticks(scaleOf(TickUnit::Year, 10), {day(1851, 3, 1), day(1905, 6, 1)});
  ASSERT_EQ(dates.size(), 5u);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    EXPECT_EQ(dates[i].year, 1860 + 10 * static_cast<int>(i));
    EXPECT_EQ(dates[i].month, 1);
    EXPECT_EQ(dates[i].day, 1);
  }
}

TEST(TimeAxisTicks, ARangeStartingOnATickIncludesIt) {
  const auto years = ticks(scaleOf(TickUnit::Year, 1), {day(1945, 1, 1), day(1947, 1, 1)});
  ASSERT_EQ(years.size(), 3u);
  EXPECT_EQ(years.front().year, 1945);
  EXPECT_EQ(years.back().year, 1947);
  const auto months = ticks(scaleOf(TickUnit::Month, 1), {day(1945, 8, 1), day(1945, 8, 31)});
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months.front().month, 8);
}

TEST(TimeAxisTicks, QuarterTicksFallOnTheFirstOfJanuaryAprilJulyAndOctober) {
  const auto dates = ticks(scaleOf(TickUnit::Month, 3), {day(1944, 11, 15), day(1946, 2, 1)});
  std::vector<int> months;
  for (const CivilDate& date : dates) {
    EXPECT_EQ(date.day, 1);
    months.push_back(date.month);
  }
  EXPECT_EQ(months, (std::vector<int>{1, 4, 7, 10, 1}));
  EXPECT_EQ(dates.back().year, 1946);
}

TEST(TimeAxisTicks, DayTicksRestartOnTheFirstOfEachMonth) {
  std::vector<int> days;
  for (const CivilDate& date : ticks(scaleOf(TickUnit::Day, 5), {day(1945, 1, 1), day(1945, 2, 11)}))
    days.push_back(date.day);
  // Never the 30th: it would crowd the 1st of the next month.
  EXPECT_EQ(days, (std::vector<int>{1, 5, 10, 15, 20, 25, 1, 5, 10}));
  EXPECT_FALSE(isDayTick(2, 31));
  EXPECT_TRUE(isDayTick(2, 29));
  EXPECT_TRUE(isDayTick(15, 15));
  EXPECT_FALSE(isDayTick(10, 30));
}

TEST(TimeAxisTicks, EveryTickOfAnIncludedScaleIsATickOfTheFinerOne) {
  const DayRange range{day(1899, 11, 20), day(1912, 3, 5)};
  const auto scales = tickScales();
  int pairs = 0;
  for (const TickScale& fine : scales) {
    std::set<DayNumber> fineDays;
    forEachTick(fine, range, [&](DayNumber d, const CivilDate&) { fineDays.insert(d); });
    for (const TickScale& coarse : scales) {
      if (&fine == &coarse || !scaleIncludes(fine, coarse)) continue;
      ++pairs;
      forEachTick(coarse, range, [&](DayNumber d, const CivilDate& date) {
        EXPECT_TRUE(fineDays.count(d) == 1) << "step " << coarse.step << " tick " << date.year << "-"
                                            << date.month << "-" << date.day << " not on step " << fine.step;
      });
    }
  }
  EXPECT_GT(pairs, 40);
  // And the exclusions are real: 2-day ticks (odd days) miss the 10th.
  EXPECT_FALSE(scaleIncludes(scaleOf(TickUnit::Day, 2), scaleOf(TickUnit::Day, 10)));
}

// --- Choosing a scale ----------------------------------------------------------------------------

constexpr TickLabelWidths kWidths{28.0, 30.0, 14.0};

TEST(TimeAxisScales, TheChosenScaleIsTheFinestWhoseLabelsKeepApart) {
  for (double pixelsPerDay : {0.005, 0.02, 0.1, 0.5, 2.0, 8.0, 40.0}) {
    const ScaleChoice choice = chooseTickScales(pixelsPerDay, kWidths, 1.0);
    const auto spacing = [&](const TickScale& scale) {
      return scale.approximateDays * pixelsPerDay * (scale.unit == TickUnit::Day ? 0.8 : 1.0);
    };
    const auto needed = [&](const TickScale& scale) {
      return (scale.unit == TickUnit::Year ? 28.0 : scale.unit == TickUnit::Month ? 30.0 : 14.0) + 14.0;
    };
    const TickScale& major = tickScales()[choice.major];
    if (choice.major + 1 < tickScales().size()) {
      EXPECT_GE(spacing(major), needed(major)) << pixelsPerDay;
    }
    for (std::size_t i = 0; i < choice.major; ++i)
      EXPECT_LT(spacing(tickScales()[i]), needed(tickScales()[i])) << pixelsPerDay;
    if (choice.minor >= 0) {
      const TickScale& minor = tickScales()[static_cast<std::size_t>(choice.minor)];
      EXPECT_GE(minor.approximateDays * pixelsPerDay, 5.0);
      EXPECT_TRUE(scaleIncludes(minor, major));
    }
  }
}

TEST(TimeAxisScales, ZoomingInNeverCoarsensTheScale) {
  std::size_t previous = tickScales().size();
  for (double pixelsPerDay = 0.001; pixelsPerDay < 100.0; pixelsPerDay *= 1.25) {
    const std::size_t major = chooseTickScales(pixelsPerDay, kWidths, 1.0).major;
    EXPECT_LE(major, previous) << pixelsPerDay;
    previous = major;
  }
  EXPECT_EQ(previous, 0u);  // down to single days
}

TEST(TimeAxisScales, TheWholeAxisOnAWindowShowsDecadesAndAMonthShowsDays) {
  const double wholeAxis = 1000.0 / (176.0 * 365.2425);
  const TickScale& years = tickScales()[chooseTickScales(wholeAxis, kWidths, 1.0).major];
  EXPECT_EQ(years.unit, TickUnit::Year);
  EXPECT_EQ(years.step, 10);
  const TickScale& days = tickScales()[chooseTickScales(1000.0 / 31.0, kWidths, 1.0).major];
  EXPECT_EQ(days.unit, TickUnit::Day);
  // Twice the pixels per inch: twice the gap between labels. Ten years that just fit at
  // 96 dpi no longer do.
  const double justFits = (28.0 + 14.0) / scaleOf(TickUnit::Year, 10).approximateDays;
  EXPECT_EQ(tickScales()[chooseTickScales(justFits, kWidths, 1.0).major].step, 10);
  EXPECT_EQ(tickScales()[chooseTickScales(justFits, kWidths, 2.0).major].step, 20);
}

// --- Words -------------------------------------------------------------------------------------------

TEST(TimeAxisWords, TickLabelsNameTheStartOfALargerUnitAsABoundary) {
  const TickScale& days = scaleOf(TickUnit::Day, 5);
  const TickLabel first = tickLabel(days, {1945, 8, 1}, Language::English);
  EXPECT_TRUE(first.boundary);
  EXPECT_EQ(first.text, QStringLiteral("Aug 1945"));
  EXPECT_EQ(tickLabel(days, {1945, 8, 1}, Language::Japanese).text, QStringLiteral("1945年8月"));
  const TickLabel fifteenth = tickLabel(days, {1945, 8, 15}, Language::English);
  EXPECT_FALSE(fifteenth.boundary);
  EXPECT_EQ(fifteenth.text, QStringLiteral("15"));

  const TickScale& months = scaleOf(TickUnit::Month, 1);
  EXPECT_EQ(tickLabel(months, {1946, 1, 1}, Language::English).text, QStringLiteral("1946"));
  EXPECT_TRUE(tickLabel(months, {1946, 1, 1}, Language::English).boundary);
  EXPECT_EQ(tickLabel(months, {1945, 9, 1}, Language::English).text, QStringLiteral("Sep"));
  EXPECT_EQ(tickLabel(months, {1945, 9, 1}, Language::Japanese).text, QStringLiteral("9月"));
  EXPECT_FALSE(tickLabel(scaleOf(TickUnit::Year, 10), {1950, 1, 1}, Language::Russian).boundary);
}

TEST(TimeAxisWords, TheHandleNamesTheDayInEachLanguage) {
  const DayNumber surrender = day(1945, 8, 28);
  EXPECT_EQ(dayLabel(surrender, Language::English), QStringLiteral("28 Aug 1945"));
  EXPECT_EQ(dayLabel(surrender, Language::Japanese), QStringLiteral("1945年8月28日"));
  const QString russian = dayLabel(surrender, Language::Russian);
  EXPECT_TRUE(russian.startsWith(QStringLiteral("28 авг"))) << russian.toStdString();
  EXPECT_TRUE(russian.endsWith(QStringLiteral(" 1945"))) << russian.toStdString();
}

// --- Calendar steps ---------------------------------------------------------------------------------

TEST(TimeAxisSteps, MonthAndYearStepsKeepToTheEndOfShorterMonths) {
  EXPECT_EQ(stepByUnit(day(1945, 1, 31), TickUnit::Month, +1), day(1945, 2, 28));
  EXPECT_EQ(stepByUnit(day(1944, 2, 29), TickUnit::Year, +1), day(1945, 2, 28));
  EXPECT_EQ(stepByUnit(day(1945, 1, 15), TickUnit::Month, -1), day(1944, 12, 15));
  EXPECT_EQ(stepByUnit(day(1944, 12, 15), TickUnit::Month, +1), day(1945, 1, 15));
  EXPECT_EQ(stepByUnit(day(1945, 3, 31), TickUnit::Month, -1), day(1945, 2, 28));
  EXPECT_EQ(stepByUnit(day(1945, 8, 28), TickUnit::Day, -1), day(1945, 8, 27));
}

// --- Days and x ---------------------------------------------------------------------------------------

TEST(TimeAxisMapping, DayAtXInvertsXForDay) {
  for (const DayRange range :
       {DayRange{day(1850, 1, 1), day(2025, 12, 31)}, DayRange{day(1945, 8, 1), day(1945, 8, 9)},
        DayRange{day(1900, 1, 1), day(1950, 1, 1)}}) {
    for (double width : {200.0, 977.0, 2400.0}) {
      const TimeAxis axis(range, 17.0, 17.0 + width);
      for (DayNumber d = range.first; d <= range.last; d += std::max<DayNumber>(1, range.length() / 500)) {
        ASSERT_EQ(axis.dayAtX(axis.xForDay(d)), d);
        // The day's cell runs from its left edge to the next day's.
        const double inset = 0.01 * axis.pixelsPerDay();
        ASSERT_EQ(axis.dayAtX(axis.dayEdgeX(d) + inset), d);
        ASSERT_EQ(axis.dayAtX(axis.dayEdgeX(d + 1) - inset), d);
        ASSERT_LT(axis.xForDay(d), axis.xForDay(d + 1));
      }
      EXPECT_DOUBLE_EQ(axis.dayEdgeX(range.first), 17.0);
      EXPECT_NEAR(axis.dayEdgeX(range.last + 1), 17.0 + width, 1e-6);
    }
  }
}

TEST(TimeAxisMapping, FarAwayDaysStayWithinAFewWidths) {
  const TimeAxis axis({day(1945, 1, 1), day(1945, 12, 31)}, 10.0, 1010.0);
  EXPECT_GE(axis.dayEdgeX(kDayMin), 10.0 - 4.0 * 1000.0 - 1e-6);
  EXPECT_LE(axis.dayEdgeX(day(9999, 1, 1)), 10.0 + 5.0 * 1000.0 + 1e-6);
}

TEST(TimeAxisMapping, ZoomingKeepsTheDayUnderThePointer) {
  TimeAxis axis({day(1850, 1, 1), day(2025, 12, 31)}, 20.0, 980.0);
  const double x = 611.0;
  const DayNumber under = axis.dayAtX(x);
  for (int notch = 0; notch < 50; ++notch) {
    const DayRange zoomed = axis.zoomedAround(x, 0.8);
    ASSERT_GE(zoomed.length(), 8);
    axis = TimeAxis(zoomed, 20.0, 980.0);
    ASSERT_EQ(axis.dayAtX(x), under) << "notch " << notch;
  }
  EXPECT_EQ(axis.range().length(), 8);  // never fewer days than that
  const DayRange out = axis.zoomedAround(x, 2.0);
  EXPECT_EQ(out.length(), 16);
}

TEST(TimeAxisMapping, PanningMovesByWholeDays) {
  const TimeAxis axis({day(1945, 8, 1), day(1945, 8, 10)}, 0.0, 1000.0);  // 100 px a day
  EXPECT_EQ(axis.pannedBy(1000.0), (DayRange{day(1945, 8, 11), day(1945, 8, 20)}));
  EXPECT_EQ(axis.pannedBy(-240.0), (DayRange{day(1945, 7, 30), day(1945, 8, 8)}));
  EXPECT_EQ(axis.pannedBy(40.0), axis.range());
}

}  // namespace
}  // namespace okhotsk::app
