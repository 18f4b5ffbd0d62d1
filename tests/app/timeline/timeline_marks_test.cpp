// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's layout and marks without a widget: bands, tick label placement, control
// marks and the packing of event marks into rows.
#include "timeline/timeline_marks.h"
#include "timeline/timeline_layout.h"

#include "okhotsk/calendar.h"
#include "okhotsk/edtf.h"
#include "okhotsk/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

TimelineMetrics metricsFor(double width, double height, double scale = 1.0) {
  TimelineMetrics metrics;
  metrics.width = width;
  metrics.height = height;
  metrics.scale = scale;
  metrics.textHeight = 15.0 * scale;
  metrics.yearWidth = 28.0 * scale;
  metrics.legendTextHeight = 13.0 * scale;
  return metrics;
}

// --- Layout ---------------------------------------------------------------------------------------

TEST(TimelineLayoutTest, BandsRunTopToBottomWithoutOverlapping) {
  for (double height : {90.0, 120.0, 140.0, 200.0, 400.0}) {
    for (double scale : {1.0, 2.0}) {
      const TimelineLayout l = computeTimelineLayout(metricsFor(1000.0 * scale, height * scale, scale));
      const double bottom = l.legendRow.isEmpty() ? height * scale : l.legendRow.top();
      EXPECT_LE(l.labelStrip.bottom(), l.eventLane.top()) << height;
      EXPECT_LE(l.eventLane.bottom(), l.controlLane.top()) << height;
      EXPECT_LT(l.controlLane.bottom(), l.axisY) << height;
      EXPECT_LT(l.axisY + l.tickLength, l.tickLabels.top()) << height;
      EXPECT_LE(l.tickLabels.bottom(), bottom) << height;
      if (!l.legendRow.isEmpty()) {
        EXPECT_LE(l.legendRow.bottom(), height * scale);
      }
      EXPECT_GE(l.rows, 1);
      EXPECT_LE(l.rows, kMaxMarkRows);
      // The rows of marks fit in the event lane.
      if (l.rows > 1) {
        EXPECT_LE(l.rows * l.rowPitch, l.eventLane.height()) << height;
      }
      EXPECT_DOUBLE_EQ(l.eventLane.left(), l.left);
      EXPECT_DOUBLE_EQ(l.eventLane.right(), l.right);
    }
  }
}

TEST(TimelineLayoutTest, TheLegendShowsOnlyWhenThereIsRoomForTwoRowsOfMarks) {
  EXPECT_FALSE(computeTimelineLayout(metricsFor(1000.0, 140.0)).legendRow.isEmpty());
  const TimelineLayout low = computeTimelineLayout(metricsFor(1000.0, 90.0));
  EXPECT_TRUE(low.legendRow.isEmpty());
  EXPECT_EQ(computeTimelineLayout(metricsFor(1000.0, 1000.0)).rows, kMaxMarkRows);
}

TEST(TimelineLayoutTest, TheAxisLeavesRoomForHalfAYearLabelAtEachEnd) {
  const TimelineLayout l = computeTimelineLayout(metricsFor(800.0, 120.0));
  EXPECT_GE(l.left, 14.0);
  EXPECT_GE(l.left, 28.0 / 2.0);
  EXPECT_DOUBLE_EQ(800.0 - l.right, l.left);
}

// --- Tick labels --------------------------------------------------------------------------------------

double fakeWidth(const QString& text, bool bold) {
  return 7.0 * static_cast<double>(text.size()) + (bold ? 3.0 : 0.0);
}

TEST(TimelineLayoutTest, TickLabelsNeverCrowdEachOtherAndStayInside) {
  const TimelineLayout layout = computeTimelineLayout(metricsFor(700.0, 140.0));
  const std::vector<std::pair<DayRange, TickScale>> cases = {
      {{day(1850, 1, 1), day(2025, 1, 1)}, {TickUnit::Year, 1, 365.2425}},  // far too dense
      {{day(1944, 1, 1), day(1947, 1, 1)}, {TickUnit::Month, 1, 30.44}},
      {{day(1945, 7, 20), day(1945, 10, 5)}, {TickUnit::Day, 1, 1.0}},
  };
  std::vector<AxisLabel> labels;
  for (const auto& [range, scale] : cases) {
    const TimeAxis axis(range, layout.left, layout.right);
    placeTickLabels(axis, scale, Language::English, layout, 700.0, fakeWidth, labels);
    ASSERT_FALSE(labels.empty());
    for (std::size_t i = 0; i < labels.size(); ++i) {
      EXPECT_GE(labels[i].rect.left(), 1.0);
      EXPECT_LE(labels[i].rect.right(), 699.0);
      EXPECT_EQ(labels[i].rect.top(), layout.tickLabels.top());
      EXPECT_DOUBLE_EQ(labels[i].rect.width(), fakeWidth(labels[i].text, labels[i].bold));
      for (std::size_t j = 0; j < i; ++j)
        EXPECT_FALSE(labels[i].rect.adjusted(-6.0, 0.0, 6.0, 0.0).intersects(labels[j].rect))
            << labels[i].text.toStdString() << " crowds " << labels[j].text.toStdString();
    }
  }
}

TEST(TimelineLayoutTest, ZoomedInTheMonthIsNamedAtTheLeftEdgeAndBoundariesComeFirst) {
  const TimelineLayout layout = computeTimelineLayout(metricsFor(1000.0, 140.0));
  const TimeAxis axis({day(1945, 8, 20), day(1945, 9, 10)}, layout.left, layout.right);
  std::vector<AxisLabel> labels;
  placeTickLabels(axis, {TickUnit::Day, 1, 1.0}, Language::English, layout, 1000.0, fakeWidth, labels);
  ASSERT_GE(labels.size(), 3u);
  EXPECT_EQ(labels[0].text, QStringLiteral("Sep 1945"));  // the boundary inside the range
  EXPECT_TRUE(labels[0].bold);
  EXPECT_EQ(labels[1].text, QStringLiteral("Aug 1945"));  // the month at the left edge
  EXPECT_DOUBLE_EQ(labels[1].rect.left(), 1.0);
  for (std::size_t i = 2; i < labels.size(); ++i) EXPECT_FALSE(labels[i].bold);
}

// --- Control marks --------------------------------------------------------------------------------------

ControlPeriod period(const char* interval) {
  ControlPeriod p;
  p.interval = *Edtf::parse(interval);
  return p;
}

TEST(ControlMarksTest, OneMarkPerDistinctStartSortedAndImpreciseStartsFlagged) {
  const std::vector<ControlPeriod> periods = {
      period("1945-08-28/1991-12-25"), period("1905/1945-08-27"), period("1855-02-07/1905"),
      period("1945-08-28/1946-02-02"),  // the same day for another territory
      period("../1855-02-06"),          // no known start: no mark
  };
  ControlMarks marks;
  marks.rebuild(periods);
  ASSERT_EQ(marks.all().size(), 3u);
  EXPECT_EQ(marks.all()[0].days, (DayRange{day(1855, 2, 7), day(1855, 2, 7)}));
  EXPECT_FALSE(marks.all()[0].imprecise);
  EXPECT_EQ(marks.all()[1].days, (DayRange{day(1905, 1, 1), day(1905, 12, 31)}));
  EXPECT_TRUE(marks.all()[1].imprecise);
  EXPECT_EQ(marks.all()[2].days.first, day(1945, 8, 28));
}

TEST(ControlMarksTest, ForEachInFindsMarksOverlappingTheRangeIncludingLongOnesStartingBefore) {
  ControlMarks marks;
  const std::vector<ControlPeriod> periods = {period("1855-02-07/1905"), period("1905/1945"),
                                              period("1945-08-28/1991")};
  marks.rebuild(periods);
  std::vector<DayNumber> found;
  marks.forEachIn({day(1905, 6, 1), day(1940, 1, 1)},
                  [&](const ControlMark& m) { found.push_back(m.days.first); });
  EXPECT_EQ(found, (std::vector<DayNumber>{day(1905, 1, 1)}));
  found.clear();
  marks.forEachIn({day(1800, 1, 1), day(2000, 1, 1)},
                  [&](const ControlMark& m) { found.push_back(m.days.first); });
  EXPECT_EQ(found.size(), 3u);
}

// --- Event marks ------------------------------------------------------------------------------------------

Event event(const char* date, Confidence confidence = Confidence::Confirmed) {
  Event e;
  e.date = *Edtf::parse(date);
  e.confidence = confidence;
  return e;
}

std::vector<std::size_t> allIndices(const std::vector<Event>& events) {
  std::vector<std::size_t> indices(events.size());
  std::iota(indices.begin(), indices.end(), std::size_t{0});
  return indices;
}

class EventMarksTest : public ::testing::Test {
 protected:
  TimelineLayout layout = computeTimelineLayout(metricsFor(1000.0, 140.0));
  std::vector<EventMark> marks;

  void pack(const std::vector<Event>& events, DayRange range) {
    packEventMarks(events, allIndices(events), TimeAxis(range, layout.left, layout.right), layout, marks);
  }
  [[nodiscard]] int rowOf(const EventMark& mark) const {
    return static_cast<int>(std::lround((mark.rect.top() - marks.front().rect.top()) / layout.rowPitch));
  }
};

TEST_F(EventMarksTest, MarksInARowNeverOverlapWhileThereAreRowsToSpare) {
  ASSERT_GE(layout.rows, 3);
  // A busy year: events every few days, more than one row can hold side by side.
  std::vector<Event> events;
  for (int month = 1; month <= 12; ++month)
    for (int d : {1, 4, 9, 13, 20}) events.push_back(event(isoDate(day(1945, month, d)).c_str()));
  events.push_back(event("1945-03/1945-06"));
  std::sort(events.begin(), events.end(),
            [](const Event& a, const Event& b) { return a.date.earliest() < b.date.earliest(); });
  pack(events, {day(1945, 1, 1), day(1945, 12, 31)});
  ASSERT_EQ(marks.size(), events.size());
  std::map<int, std::vector<QRectF>> rows;
  for (const EventMark& mark : marks) {
    ASSERT_TRUE(layout.eventLane.contains(QPointF(mark.rect.center().x(), mark.rect.top())));
    ASSERT_LE(mark.rect.bottom(), layout.eventLane.bottom());
    rows[rowOf(mark)].push_back(mark.rect);
  }
  EXPECT_GE(rows.size(), 2u);  // they did need more than one row
  EXPECT_LE(rows.size(), static_cast<std::size_t>(layout.rows));
  for (const auto& [row, rects] : rows)
    for (std::size_t i = 1; i < rects.size(); ++i)
      EXPECT_GE(rects[i].left(), rects[i - 1].right() + 2.0) << "row " << row;
}

TEST_F(EventMarksTest, SparseEventsShareTheFirstRow) {
  const std::vector<Event> events = {event("1855-02-07"), event("1904-02-08"), event("1945-08-28")};
  pack(events, {day(1850, 1, 1), day(2025, 1, 1)});
  ASSERT_EQ(marks.size(), 3u);
  for (const EventMark& mark : marks) EXPECT_EQ(mark.rect.top(), marks[0].rect.top());
  EXPECT_LT(marks[0].rect.right(), marks[1].rect.left());
}

TEST_F(EventMarksTest, WhenEveryRowIsFullAMarkGoesToTheRowThatFreesFirst) {
  std::vector<Event> events;
  for (int i = 0; i <= layout.rows; ++i) events.push_back(event("1945-08-28"));
  pack(events, {day(1850, 1, 1), day(2025, 1, 1)});
  std::set<int> usedRows;
  for (int i = 0; i < layout.rows; ++i) usedRows.insert(rowOf(marks[static_cast<std::size_t>(i)]));
  EXPECT_EQ(usedRows.size(), static_cast<std::size_t>(layout.rows));  // each row once
  EXPECT_EQ(rowOf(marks.back()), 0);  // all end at the same x: the first of them
}

TEST_F(EventMarksTest, ShapesFollowTheDateAndTheZoom) {
  const std::vector<Event> events = {event("1904-02-08/1905-09-05"), event("1945-08-28"), event("1964?"),
                                     event("1978-08", Confidence::Unconfirmed)};
  pack(events, {day(1900, 1, 1), day(1990, 1, 1)});
  ASSERT_EQ(marks.size(), 4u);
  const EventMark& war = marks[0];
  EXPECT_TRUE(war.interval);
  EXPECT_TRUE(war.span);  // a year and a half at this zoom: its days
  EXPECT_FALSE(war.pointLike());
  const TimeAxis axis({day(1900, 1, 1), day(1990, 1, 1)}, layout.left, layout.right);
  EXPECT_DOUBLE_EQ(war.rect.left(), axis.dayEdgeX(day(1904, 2, 8)));
  EXPECT_DOUBLE_EQ(war.rect.right(), axis.dayEdgeX(day(1905, 9, 6)));
  EXPECT_TRUE(marks[1].pointLike());
  EXPECT_DOUBLE_EQ(marks[1].rect.width(), layout.markSize);
  EXPECT_TRUE(marks[2].soft);  // "1964?": uncertain
  EXPECT_FALSE(marks[1].soft);
  EXPECT_TRUE(marks[3].unconfirmed);
  EXPECT_TRUE(marks[3].soft);  // known to the month only

  // Seen from far away the war is too short to span: a short capsule, still an interval.
  pack(events, {day(1000, 1, 1), day(2025, 1, 1)});
  EXPECT_FALSE(marks[0].span);
  EXPECT_TRUE(marks[0].interval);
  EXPECT_NEAR(marks[0].rect.width(), layout.markSize * 1.6, 1e-9);
}

TEST_F(EventMarksTest, PackingCountsTheMarksThatHadNoRoom) {
  // Every mark on one day: the first of each row has room, the rest lie on others.
  const std::vector<Event> events(static_cast<std::size_t>(layout.rows) + 5, event("1945-08-28"));
  EXPECT_EQ(packEventMarks(events, allIndices(events),
                           TimeAxis({day(1945, 1, 1), day(1945, 12, 31)}, layout.left, layout.right), layout,
                           marks),
            5U);
  // Spread a month apart they all fit.
  std::vector<Event> spread;
  spread.reserve(12);
  for (int month = 1; month <= 12; ++month) spread.push_back(event(isoDate(day(1945, month, 15)).c_str()));
  EXPECT_EQ(packEventMarks(spread, allIndices(spread),
                           TimeAxis({day(1945, 1, 1), day(1945, 12, 31)}, layout.left, layout.right), layout,
                           marks),
            0U);
  // Density only once more marks overlap than the lane shows side by side.
  const auto capacity = static_cast<std::size_t>(eventLaneCapacity(layout));
  EXPECT_FALSE(drawsDensity(capacity, layout));
  EXPECT_TRUE(drawsDensity(capacity + 1, layout));
}

// --- Density --------------------------------------------------------------------------------------

TEST(EventDensityTest, CountsEachEventOnceInTheBinOfTheMiddleOfItsDaysInView) {
  // 100 days on 100 px: one pixel a day; bins of at least 3 px hold 3 days, the last one 1.
  const DayNumber first = day(1945, 1, 1);
  const DayRange range{first, first + 99};
  const TimeAxis axis(range, 10.0, 110.0);
  auto at = [&](DayNumber offset) { return isoDate(first + offset); };
  std::vector<Event> events{event(at(4).c_str()), event(at(5).c_str()),
                            event((at(10) + "/" + at(20)).c_str()),    // middle: day 15
                            event((at(-50) + "/" + at(2)).c_str()),    // in view: 0-2, middle 1
                            event((at(98) + "/" + at(400)).c_str())};  // in view: 98-99, middle 98
  events[0].category = EventCategory::Trade;
  events[1].category = EventCategory::Trade;
  events[2].category = EventCategory::Military;
  events[3].category = EventCategory::Treaty;
  events[4].category = EventCategory::Treaty;
  EventDensity density;
  density.rebuild(events, allIndices(events), axis, 3.0);
  EXPECT_EQ(density.daysPerBin(), 3);
  ASSERT_EQ(density.binCount(), 34);
  EXPECT_EQ(density.binDays(0), (DayRange{first, first + 2}));
  EXPECT_EQ(density.binDays(33), (DayRange{first + 99, first + 99}));
  EXPECT_EQ(density.count(EventCategory::Trade, 1), 2);  // days 4 and 5: bin 3-5
  EXPECT_EQ(density.count(EventCategory::Military, 5), 1);
  EXPECT_EQ(density.count(EventCategory::Treaty, 0), 1);
  EXPECT_EQ(density.count(EventCategory::Treaty, 32), 1);  // day 98: bin 96-98
  EXPECT_EQ(density.count(EventCategory::Trade, 0), 0);
  EXPECT_EQ(density.total(), 5U);
  EXPECT_EQ(density.maxCount(), 2);
  // Bins on the axis: bin 1 covers days 3-5, x 13 to 16.
  EXPECT_NEAR(density.binLeft(1), 13.0, 1e-9);
  EXPECT_NEAR(density.binRight(1), 16.0, 1e-9);
  EXPECT_EQ(density.binAtX(14.5), 1);
  EXPECT_EQ(density.binAtX(5.0), -1);

  const TimelineLayout layout = computeTimelineLayout(metricsFor(1000.0, 140.0));
  // A fuller bin stands higher; every row lies inside the event lane, one under the other.
  const QRectF two = density.barRect(layout, EventCategory::Trade, 1);
  const QRectF one = density.barRect(layout, EventCategory::Military, 5);
  EXPECT_GT(two.height(), one.height());
  EXPECT_GT(one.height(), 0.0);
  EXPECT_TRUE(density.barRect(layout, EventCategory::Trade, 0).isEmpty());
  for (int c = 0; c < kEventCategoryCount; ++c) {
    const QRectF row = EventDensity::categoryRow(layout, static_cast<EventCategory>(c));
    EXPECT_TRUE(layout.eventLane.contains(row)) << c;
    EXPECT_EQ(EventDensity::categoryAtY(layout, row.center().y()), static_cast<EventCategory>(c));
  }

  density.clear();
  EXPECT_TRUE(density.empty());
  EXPECT_EQ(density.binAtX(14.5), -1);
}

}  // namespace
}  // namespace okhotsk::app
