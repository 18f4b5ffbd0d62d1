// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The map's tools driven as a user would, offscreen: the legend's menu, the polyline measure,
// the chooser for markers at one place and selecting a boundary.
#include "map/widget/legend_menu.h"
#include "map/widget/map_widget.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"
#include "session/view/map_viewport.h"

#include "okhotsk/projection.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

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
