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
