// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user layers' marks on the timeline: one bar per dated feature over its days, in a band
// per shown layer, in the layer's colour; undated features and hidden layers get none; the
// timeline widget draws them (real pixels from grab()).
#include "timeline/user_layer_marks.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "session/user_layers.h"
#include "timeline/timeline_widget.h"

#include <QImage>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

std::shared_ptr<const UserLayerData> layerData() {
  auto data = std::make_shared<UserLayerData>();
  data->ok = true;
  UserFeature span;
  span.days = DayRange{day(1900, 1, 1), day(1909, 12, 31)};
  UserFeature undated;
  UserFeature outside;
  outside.days = DayRange{day(2100, 1, 1), day(2100, 1, 1)};
  UserFeature single;
  single.days = DayRange{day(1950, 6, 1), day(1950, 6, 1)};
  data->features = {span, undated, outside, single};
  return data;
}

UserLayerSpec specWithColour(quint32 colour) {
  UserLayerSpec spec;
  spec.path = QStringLiteral("memory.geojson");
  spec.colour = colour;
  return spec;
}

TEST(UserLayerMarksTest, OneBarPerDatedFeatureInRangeInItsLayersBand) {
  UserLayers layers;
  layers.add(specWithColour(0x00'80'00u), layerData());
  layers.add(specWithColour(0x80'00'80u), layerData());
  const TimeAxis axis({day(1850, 1, 1), day(2000, 12, 31)}, 0.0, 1000.0);
  std::vector<UserTimelineMark> marks;
  userTimelineMarks(layers, axis, QRectF(0, 10, 1000, 8), marks);
  ASSERT_EQ(marks.size(), 4U);  // two per layer: the span and the single day
  EXPECT_EQ(marks[0].layer, 0);
  EXPECT_EQ(marks[0].feature, 0U);
  EXPECT_NEAR(marks[0].rect.left(), axis.dayEdgeX(day(1900, 1, 1)), 0.5);
  EXPECT_NEAR(marks[0].rect.right(), axis.dayEdgeX(day(1910, 1, 1)), 0.5);
  EXPECT_EQ(marks[0].colour, QColor(0x00, 0x80, 0x00));
  EXPECT_EQ(marks[1].feature, 3U);
  EXPECT_GE(marks[1].rect.width(), 3.0);  // a single day is still visible
  EXPECT_NEAR(marks[1].rect.center().x(), axis.xForDay(day(1950, 6, 1)), 1.0);
  EXPECT_EQ(marks[2].layer, 1);
  EXPECT_GE(marks[2].rect.top(), marks[0].rect.bottom());  // its own band
  ASSERT_TRUE(layers.setShown(0, false));
  userTimelineMarks(layers, axis, QRectF(0, 10, 1000, 8), marks);
  ASSERT_EQ(marks.size(), 2U);
  EXPECT_EQ(marks[0].layer, 1);
  EXPECT_DOUBLE_EQ(marks[0].rect.top(), 10.0);  // the remaining layer takes the whole row
}

TEST(UserLayerMarksTest, ToolTipNamesTheFeaturesUnderThePointer) {
  UserLayers layers;
  auto data = std::make_shared<UserLayerData>();
  data->ok = true;
  UserFeature zone;
  zone.label = "Zone <A>";
  zone.days = DayRange{day(1945, 8, 28), day(1946, 2, 1)};
  UserFeature open;
  open.days = DayRange{day(1960, 1, 1), kDayMax};
  data->features = {zone, open};
  layers.add(specWithColour(0x00'80'00u), data);
  const TimeAxis axis({day(1850, 1, 1), day(2000, 12, 31)}, 0.0, 1000.0);
  std::vector<UserTimelineMark> marks;
  userTimelineMarks(layers, axis, QRectF(0, 10, 1000, 8), marks);
  ASSERT_EQ(marks.size(), 2U);
  // The longer (open) span comes first, the short zone after it, on top.
  ASSERT_EQ(marks[0].feature, 1U);
  ASSERT_EQ(marks[1].feature, 0U);
  const QString text = userMarksToolTip(layers, marks, marks[1].rect.center(), 3.0);
  EXPECT_EQ(text, QStringLiteral("<b>Zone &lt;A&gt;</b> — 1945-08-28 – 1946-02-01"));
  EXPECT_EQ(userMarksToolTip(layers, marks, QPointF(marks[0].rect.left() + 1, 14), 3.0),
            QStringLiteral("<b>memory.geojson</b> — 1960-01-01 – …"));
  EXPECT_TRUE(userMarksToolTip(layers, marks, QPointF(axis.xForDay(day(1900, 1, 1)), 14), 3.0).isEmpty());
  EXPECT_TRUE(userMarksToolTip(layers, marks, QPointF(marks[1].rect.center().x(), 40), 3.0).isEmpty());
}

TEST(UserLayerMarksTest, TheTimelineDrawsThemInTheLayersColour) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid")));
  TimeController controller{document};
  DisplaySettings settings;
  TimelineWidget timeline{controller, document, settings};
  timeline.resize(1000, 140);
  timeline.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
  UserLayers layers;
  layers.add(specWithColour(0x00'C0'00u), layerData());
  timeline.setUserLayers(&layers);
  controller.setFollowCurrentDay(false);
  controller.setCurrentDay(day(1990, 1, 1));  // the handle's label away from the bars
  controller.setVisibleRange({day(1850, 1, 1), day(2000, 12, 31)});
  const QImage image = timeline.grab().toImage();
  ASSERT_EQ(timeline.userMarks().size(), 2U);
  const QRectF bar = timeline.userMarks()[0].rect;
  const double ratio = image.devicePixelRatio();
  const QColor pixel = image.pixelColor(QPointF(bar.center() * ratio).toPoint());
  EXPECT_GT(pixel.green(), pixel.red() + 80) << pixel.name().toStdString();
  EXPECT_GT(pixel.green(), pixel.blue() + 80) << pixel.name().toStdString();
  // Removed: no marks on the next drawing.
  ASSERT_TRUE(layers.remove(0));
  (void)timeline.grab();
  EXPECT_TRUE(timeline.userMarks().empty());
}

}  // namespace
}  // namespace okhotsk::app
