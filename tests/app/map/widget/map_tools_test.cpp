// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The map's tools driven as a user would, offscreen: the legend's menu, the polyline measure,
// the chooser for markers at one place and selecting a boundary.
#include "map/widget/distance_tool.h"
#include "map/widget/legend_menu.h"
#include "map/widget/map_widget.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/view/map_viewport.h"
#include "text/map_texts.h"

#include "okhotsk/projection.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace okhotsk;
using namespace okhotsk::app;

const QString kFixture = QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid");

class MapTools : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(kFixture));
    widget.resize(800, 600);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    widget.setViewport(MapViewport(MapProjection::Region, QPointF(50'000, -20'000), 1000.0, widget.size()));
  }

  void mouse(QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent event(type, at, widget.mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&widget, &event);
  }
  void click(QPointF at) {
    mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
  }
  QPointF screenOf(GeoPoint point) const {
    const Projector projector(widget.viewport().projection());
    return widget.viewport().toScreen(projector.forward(point).value_or(Vec2{}));
  }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  MapWidget widget{controller, document, settings, selection};
};

// --- the legend's menu ------------------------------------------------------------------------------

TEST_F(MapTools, TheLegendMenuHidesAndMovesTheLegend) {
  LegendMenu menu(widget);
  ASSERT_TRUE(menu.showAction()->isCheckable());
  EXPECT_TRUE(menu.showAction()->isChecked());
  EXPECT_TRUE(menu.cornerAction(LegendCorner::BottomRight)->isChecked());
  menu.showAction()->trigger();
  EXPECT_FALSE(widget.legendVisible());
  EXPECT_FALSE(widget.renderOptions().legend);
  EXPECT_FALSE(menu.isEnabled());  // no corner to choose for a hidden legend
  menu.showAction()->trigger();
  EXPECT_TRUE(widget.legendVisible());
  menu.cornerAction(LegendCorner::TopLeft)->trigger();
  EXPECT_EQ(widget.legendCorner(), LegendCorner::TopLeft);
  // The menu follows the widget, whoever changes it (a restored setting).
  widget.setLegendCorner(LegendCorner::TopRight);
  EXPECT_TRUE(menu.cornerAction(LegendCorner::TopRight)->isChecked());
  widget.setLegendVisible(false);
  EXPECT_FALSE(menu.showAction()->isChecked());
}

}  // namespace

namespace {

// --- boundaries selectable ---------------------------------------------------------------------------

TEST_F(MapTools, AClickNearABoundarySelectsTheBoundary) {
  controller.setCurrentDay(daysFromGregorian(1930, 6, 1));  // line50 in force 1905–1945
  const Projector projector(MapProjection::Region);
  widget.setViewport(
      MapViewport(MapProjection::Region,
                  QPointF(projector.forward({142.5, 50.0})->x, projector.forward({142.5, 50.0})->y), 1000.0,
                  widget.size()));
  widget.repaint();
  const QPointF on = screenOf({142.5, 50.0});
  click(on + QPointF(0, 3));  // three pixels off the line still takes it
  EXPECT_EQ(selection.boundaryId(), QStringLiteral("line50"));
  EXPECT_TRUE(selection.territoryId().isEmpty());
  // Far from it, nothing; and a boundary not in force on the day cannot be hit.
  selection.clear();
  click(on + QPointF(0, 30));
  EXPECT_TRUE(selection.boundaryId().isEmpty());
  controller.setCurrentDay(daysFromGregorian(1960, 1, 1));
  widget.repaint();
  click(on);
  EXPECT_TRUE(selection.boundaryId().isEmpty());
}

// The case: the 50th parallel over Sakhalin selected North Sakhalin.
TEST(MapToolsEmbedded, TheFiftiethParallelIsSelectedNotNorthSakhalin) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_DATASET_SOURCE_DIR)));
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  MapWidget widget{controller, document, settings, selection};
  widget.resize(800, 600);
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  controller.setCurrentDay(daysFromGregorian(1930, 6, 1));
  const Projector projector(MapProjection::Region);
  const Vec2 centre = projector.forward({142.8, 50.0}).value();
  widget.setViewport(MapViewport(MapProjection::Region, QPointF(centre.x, centre.y), 500.0, widget.size()));
  widget.repaint();
  const QPointF on = widget.viewport().toScreen(centre);
  // Inland Sakhalin, just north of the line: a territory is under the pointer too.
  const QPointF north = on + QPointF(0, -2);
  EXPECT_NE(widget.renderer().territoryAt(widget.viewport(), north + QPointF(0, -20)), nullptr);
  QMouseEvent press(QEvent::MouseButtonPress, north, widget.mapToGlobal(north), Qt::LeftButton,
                    Qt::LeftButton, Qt::NoModifier);
  QMouseEvent release(QEvent::MouseButtonRelease, north, widget.mapToGlobal(north), Qt::LeftButton,
                      Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(&widget, &press);
  QApplication::sendEvent(&widget, &release);
  EXPECT_EQ(selection.boundaryId(), QStringLiteral("sakhalin_50n"));
  EXPECT_TRUE(selection.territoryId().isEmpty());
}

TEST(SelectionOfBoundaries, ATerritoryAndABoundaryExcludeEachOther) {
  Selection selection;
  QSignalSpy territories(&selection, &Selection::territorySelected);
  QSignalSpy boundaries(&selection, &Selection::boundarySelected);
  selection.selectTerritory(QStringLiteral("alpha"));
  selection.selectBoundary(QStringLiteral("line50"));
  EXPECT_TRUE(selection.territoryId().isEmpty());
  EXPECT_EQ(selection.boundaryId(), QStringLiteral("line50"));
  ASSERT_EQ(territories.count(), 2);  // alpha, then cleared
  EXPECT_TRUE(territories.last().front().toString().isEmpty());
  selection.selectTerritory(QStringLiteral("beta"));
  EXPECT_TRUE(selection.boundaryId().isEmpty());
  EXPECT_EQ(boundaries.count(), 2);
  selection.selectBoundary(QStringLiteral("line50"));
  selection.clear();
  EXPECT_TRUE(selection.boundaryId().isEmpty());
}

}  // namespace

namespace {

// --- markers at one place ---------------------------------------------------------------------------

TEST(MapToolsEmbedded, MarkersAtOnePlaceOfferAChooser) {
  AtlasDocument document;
  ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_DATASET_SOURCE_DIR)));
  const Dataset* dataset = document.dataset();
  const Event* battle = dataset->event("E016");    // Battle of Shumshu, 18–23 Aug 1945
  const Event* occupied = dataset->event("E017");  // occupation of the Kurils, 18–31 Aug 1945
  ASSERT_NE(battle, nullptr);
  ASSERT_NE(occupied, nullptr);
  ASSERT_TRUE(battle->location && occupied->location);
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  MapWidget widget{controller, document, settings, selection};
  widget.resize(800, 600);
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  controller.setCurrentDay(daysFromGregorian(1945, 8, 20));
  widget.setViewport(
      MapViewport(MapProjection::Region, QPointF(battle->region.x, battle->region.y), 1000.0, widget.size()));
  widget.repaint();
  const QPointF at = widget.viewport().toScreen(battle->region);
  ASSERT_GE(widget.renderer().eventsAt(at).size(), 2U);
  // The tooltip there names them all.
  QHelpEvent help(QEvent::ToolTip, at.toPoint(), widget.mapToGlobal(at.toPoint()));
  QApplication::sendEvent(&widget, &help);
  EXPECT_TRUE(QToolTip::text().contains(QString::fromStdString(battle->title.en).toHtmlEscaped()));
  EXPECT_TRUE(QToolTip::text().contains(QString::fromStdString(occupied->title.en).toHtmlEscaped()));
  QToolTip::hideText();

  QMouseEvent press(QEvent::MouseButtonPress, at, widget.mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
  QMouseEvent release(QEvent::MouseButtonRelease, at, widget.mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                      Qt::NoModifier);
  QApplication::sendEvent(&widget, &press);
  QApplication::sendEvent(&widget, &release);
  // Nothing chosen for the user: a menu of the events there, by date.
  EXPECT_TRUE(selection.eventId().isEmpty());
  QMenu* chooser = widget.eventChooser();
  ASSERT_NE(chooser, nullptr);
  EXPECT_TRUE(chooser->isVisible());
  QList<QAction*> entries;
  for (QAction* action : chooser->actions())
    if (!action->isSeparator()) entries << action;
  ASSERT_EQ(entries.size(), static_cast<qsizetype>(widget.renderer().eventsAt(at).size()));
  const QString battleTitle = QString::fromStdString(battle->title.en);
  const QString occupiedTitle = QString::fromStdString(occupied->title.en);
  qsizetype battleRow = -1;
  qsizetype occupiedRow = -1;
  for (qsizetype i = 0; i < entries.size(); ++i) {
    if (entries[i]->text().endsWith(battleTitle)) battleRow = i;
    if (entries[i]->text().endsWith(occupiedTitle)) occupiedRow = i;
  }
  ASSERT_GE(battleRow, 0);
  ASSERT_GE(occupiedRow, 0);
  EXPECT_LT(battleRow, occupiedRow);  // the same first day, the shorter span first
  EXPECT_TRUE(entries[occupiedRow]->text().contains(QStringLiteral("1945")));
  entries[occupiedRow]->trigger();
  EXPECT_EQ(selection.eventId(), QStringLiteral("E017"));
}

}  // namespace

namespace {

// --- the measure tool as a polyline ------------------------------------------------------------------

TEST(DmsText, RoundsToTheSecondWithItsCarry) {
  EXPECT_EQ(dmsText(146.5, 43.5), QStringLiteral("43°30′00″ N, 146°30′00″ E"));
  EXPECT_EQ(dmsText(-0.25, -12.0125), QStringLiteral("12°00′45″ S, 0°15′00″ W"));
  EXPECT_EQ(dmsText(145.9999999, 43.99999), QStringLiteral("44°00′00″ N, 146°00′00″ E"));
}

TEST_F(MapTools, MeasureIsAPolylineWithBearingsAndDms) {
  // Three points on whole pixels at 50 m per pixel: 141.9°E 50°N, 143.75°E 50°N, 143.75°E 51°N.
  const Projector projector(MapProjection::Region);
  const Vec2 a = projector.forward({141.9, 50.0}).value();
  widget.resize(2900, 2700);
  constexpr double kMetresPerPixel = 50.0;
  const QPointF centre(a.x - (100.0 - 2900.0 / 2.0) * kMetresPerPixel,
                       a.y + (2500.0 - 2700.0 / 2.0) * kMetresPerPixel);
  widget.setViewport(MapViewport(MapProjection::Region, centre, kMetresPerPixel, widget.size()));
  auto pixel = [&](GeoPoint g) {
    const QPointF p = screenOf(g);
    return QPointF(std::round(p.x()), std::round(p.y()));
  };
  const QPointF p1 = pixel({141.9, 50.0});
  const QPointF p2 = pixel({143.75, 50.0});
  const QPointF p3 = pixel({143.75, 51.0});
  ASSERT_TRUE(QRectF(0, 0, 2900, 2700).contains(p3));
  ASSERT_TRUE(QRectF(0, 0, 2900, 2700).contains(p2));

  widget.setMeasuring(true);
  QSignalSpy measured(&widget, &MapWidget::distanceMeasured);
  click(p1);
  click(p2);
  click(p3);
  const DistanceTool& tool = widget.measurement();
  ASSERT_EQ(tool.pointCount(), 3U);
  ASSERT_EQ(tool.segments().size(), 2U);
  EXPECT_EQ(measured.count(), 2);
  // 50°N eastwards 1.85°: 132.634 km (GeodSolve); the geodesic leaves a little north of east,
  // about 90° − ½·1.85°·sin 50° = 89.29°. Then due north one degree of latitude at 50.5°N:
  // 111.23 km of meridian on WGS 84, bearing 0°.
  EXPECT_NEAR(tool.segments()[0].distanceKm, 132.634, 0.05);
  EXPECT_NEAR(tool.segments()[0].bearing, 89.29, 0.05);
  EXPECT_NEAR(tool.segments()[1].distanceKm, 111.23, 0.05);
  const double north = tool.segments()[1].bearing;
  EXPECT_LT(std::min(north, 360.0 - north), 0.05);
  ASSERT_TRUE(widget.measuredDistanceKm().has_value());
  EXPECT_NEAR(*widget.measuredDistanceKm(), 132.634 + 111.23, 0.1);
  EXPECT_DOUBLE_EQ(measured.last().front().toDouble(), *widget.measuredDistanceKm());
  // The words: each point in DMS, each segment with its bearing, the total.
  const QString summary = tool.summaryLines().join(QLatin1Char('\n'));
  EXPECT_TRUE(summary.contains(QStringLiteral("50°00′00″ N, 141°54′00″ E"))) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("51°00′00″ N, 143°45′00″ E"))) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("bearing 89.3°"))) << summary.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("Total: 244 km"))) << summary.toStdString();

  // Backspace removes the last point.
  QTest::keyClick(&widget, Qt::Key_Backspace);
  EXPECT_EQ(tool.pointCount(), 2U);
  EXPECT_NEAR(*widget.measuredDistanceKm(), 132.634, 0.05);
  // Enter ends the line; the next click starts a new one.
  QTest::keyClick(&widget, Qt::Key_Return);
  EXPECT_TRUE(tool.isFinished());
  click(p3);
  EXPECT_EQ(tool.pointCount(), 1U);
  EXPECT_FALSE(widget.measuredDistanceKm().has_value());
  // A double-click ends it too: its first click adds the last point.
  click(p1);
  mouse(QEvent::MouseButtonPress, p2, Qt::LeftButton, Qt::LeftButton);
  mouse(QEvent::MouseButtonRelease, p2, Qt::LeftButton, Qt::NoButton);
  mouse(QEvent::MouseButtonDblClick, p2, Qt::LeftButton, Qt::LeftButton);
  mouse(QEvent::MouseButtonRelease, p2, Qt::LeftButton, Qt::NoButton);
  EXPECT_EQ(tool.pointCount(), 3U);
  EXPECT_TRUE(tool.isFinished());
  // Escape cancels.
  QTest::keyClick(&widget, Qt::Key_Escape);
  EXPECT_TRUE(tool.isEmpty());
  EXPECT_TRUE(selection.territoryId().isEmpty());  // measuring clicks select nothing
}

}  // namespace
