// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The map widget driven as a user would: wheel, drag, the measure tool and centring on an
// event, offscreen.
#include "map/widget/map_widget.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/view/map_viewport.h"

#include "okhotsk/projection.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

const QString kFixture = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

class MapWidgetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(kFixture));
    widget.resize(800, 600);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    widget.setViewport(MapViewport(MapProjection::Region, QPointF(50'000, -20'000), 1000.0, widget.size()));
  }

  void wheel(QPointF at, int angle) {
    QWheelEvent event(at, widget.mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
  }

  void mouse(QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent event(type, at, widget.mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
  }

  void click(QPointF at) {
    mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
  }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  MapWidget widget{controller, document, settings, selection};
};

void expectNear(QPointF actual, QPointF expected, double tolerance) {
  EXPECT_NEAR(actual.x(), expected.x(), tolerance);
  EXPECT_NEAR(actual.y(), expected.y(), tolerance);
}

TEST_F(MapWidgetTest, WheelZoomsInKeepingThePointUnderTheCursor) {
  const QPointF cursor(200, 150);
  const QPointF before = widget.viewport().toMap(cursor);
  QSignalSpy changed(&widget, &MapWidget::viewportChanged);
  wheel(cursor, 120);  // one notch forward
  EXPECT_EQ(changed.count(), 1);
  EXPECT_NEAR(widget.viewport().metresPerPixel(), 1000.0 / std::sqrt(1.5), 1e-6);
  expectNear(widget.viewport().toMap(cursor), before, 1e-6);
  wheel(cursor, -240);  // two notches back: zoomed out past the start
  EXPECT_NEAR(widget.viewport().metresPerPixel(), 1000.0 * std::sqrt(1.5), 1e-6);
  expectNear(widget.viewport().toMap(cursor), before, 1e-6);
}

TEST_F(MapWidgetTest, DragMovesTheMapWithThePointer) {
  const QPointF press(300, 300);
  const QPointF release(360, 270);
  const QPointF grabbed = widget.viewport().toMap(press);
  mouse(QEvent::MouseButtonPress, press, Qt::LeftButton, Qt::LeftButton);
  mouse(QEvent::MouseMove, QPointF(330, 290), Qt::NoButton, Qt::LeftButton);
  mouse(QEvent::MouseMove, release, Qt::NoButton, Qt::LeftButton);
  mouse(QEvent::MouseButtonRelease, release, Qt::LeftButton, Qt::NoButton);
  // The point grabbed is under the pointer where it was let go; the scale is unchanged.
  expectNear(widget.viewport().toMap(release), grabbed, 1e-6);
  EXPECT_DOUBLE_EQ(widget.viewport().metresPerPixel(), 1000.0);
  EXPECT_TRUE(selection.territoryId().isEmpty());  // a drag is not a click
}

TEST_F(MapWidgetTest, MeasureGivesTheDistanceOnTheEllipsoid) {
  // 141.9°E to 143.75°E along 50°N: 132.634 km on WGS 84 (GeodSolve); a sphere gives 132.21.
  const Projector projector(MapProjection::Region);
  const Vec2 west = projector.forward(GeoPoint{141.9, 50.0}).value();
  const Vec2 east = projector.forward(GeoPoint{143.75, 50.0}).value();
  // 50 m per pixel, the west end exactly on the pixel (100, 150).
  constexpr double kMetresPerPixel = 50.0;
  widget.resize(2900, 300);
  const QPointF centre(west.x - (100.0 - 2900.0 / 2.0) * kMetresPerPixel,
                       west.y + (150.0 - 300.0 / 2.0) * kMetresPerPixel);
  widget.setViewport(MapViewport(MapProjection::Region, centre, kMetresPerPixel, widget.size()));
  const QPointF westScreen = widget.viewport().toScreen(west);
  const QPointF eastScreen = widget.viewport().toScreen(east);
  expectNear(westScreen, QPointF(100, 150), 1e-6);
  ASSERT_LT(eastScreen.x(), 2900.0);

  QSignalSpy measuring(&widget, &MapWidget::measuringChanged);
  QSignalSpy measured(&widget, &MapWidget::distanceMeasured);
  widget.setMeasuring(true);
  EXPECT_EQ(measuring.count(), 1);
  click(westScreen);
  EXPECT_EQ(measured.count(), 0);
  EXPECT_FALSE(widget.measuredDistanceKm().has_value());
  // The east end lands on the nearest pixel, at most 0.71 px (36 m) from the point.
  click(QPointF(std::round(eastScreen.x()), std::round(eastScreen.y())));
  ASSERT_EQ(measured.count(), 1);
  ASSERT_TRUE(widget.measuredDistanceKm().has_value());
  EXPECT_NEAR(*widget.measuredDistanceKm(), 132.633763, 0.04);
  EXPECT_DOUBLE_EQ(measured.front().front().toDouble(), *widget.measuredDistanceKm());
  EXPECT_TRUE(selection.territoryId().isEmpty());  // measuring clicks select nothing
  QTest::keyClick(&widget, Qt::Key_Escape);
  EXPECT_FALSE(widget.measuredDistanceKm().has_value());
}

TEST_F(MapWidgetTest, CentreOnEventPutsTheEventInTheMiddle) {
  const Event* landing = document.dataset()->event("E2");  // 146.5°E 43.5°N
  ASSERT_NE(landing, nullptr);
  widget.centreOnEvent(QStringLiteral("E2"));
  EXPECT_EQ(widget.viewport().projection(), MapProjection::Region);
  expectNear(widget.viewport().toScreen(landing->region), QPointF(400, 300), 1e-6);
  EXPECT_DOUBLE_EQ(widget.viewport().metresPerPixel(), 1000.0);  // centring keeps the scale

  // Far away (Moscow): the world map, the place on screen.
  const Event* treaty = document.dataset()->event("E1");
  ASSERT_NE(treaty, nullptr);
  widget.centreOnEvent(QStringLiteral("E1"));
  EXPECT_EQ(widget.viewport().projection(), MapProjection::World);
  EXPECT_TRUE(QRectF(0, 0, 800, 600).contains(widget.viewport().toScreen(treaty->world)));

  // Selecting an event elsewhere (a list, the timeline) centres the map on it.
  selection.selectEvent(QStringLiteral("E2"));
  expectNear(widget.viewport().toScreen(landing->region), QPointF(400, 300), 1e-6);
}

TEST_F(MapWidgetTest, ClickSelectsTheTerritoryUnderThePointer) {
  const Projector projector(MapProjection::Region);
  const QPointF at = widget.viewport().toScreen(projector.forward(GeoPoint{146.2, 43.75}).value());
  ASSERT_TRUE(QRectF(0, 0, 800, 600).contains(at));
  click(at);
  EXPECT_EQ(selection.territoryId(), QStringLiteral("alpha"));
}

}  // namespace

namespace {

TEST_F(MapWidgetTest, ZoomingOutStopsWhenTheDataBoxFits) {
  for (int i = 0; i < 40; ++i) widget.zoomOut();
  const double limit = MapViewport::maxRegionMetresPerPixel(widget.size());
  EXPECT_NEAR(widget.viewport().metresPerPixel(), limit, 1e-6);
  wheel(QPointF(100, 100), -1200);
  EXPECT_NEAR(widget.viewport().metresPerPixel(), limit, 1e-6);
  // Zooming in still works from there.
  widget.zoomIn();
  EXPECT_LT(widget.viewport().metresPerPixel(), limit);
}

}  // namespace
