// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's navigation (#15): Page Up/Down step through events wherever the focus is except
// in a text field, the Go menu sets and clears a loop range, and playback, the loop, the chart's
// scale, the map's view and the event filters come back in a fresh window from the same
// settings file.

#include "chart/trade_chart.h"
#include "desktop/atlas_window.h"
#include "map/widget/map_widget.h"
#include "panels/event_list_model.h"
#include "panels/event_panel.h"
#include "session/atlas_session.h"
#include "session/view/map_viewport.h"
#include "timeline/playback_bar.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/dataset.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

// A window on the embedded dataset, shown and active so that keys reach its shortcuts.
struct OpenWindow {
  OpenWindow() {
    EXPECT_TRUE(session.document.openEmbedded());
    window = std::make_unique<AtlasWindow>(session);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QApplication::setActiveWindow(window.get());
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QApplication::processEvents();
  }

  // The menu action whose text, without the mnemonic, is `text`.
  [[nodiscard]] QAction* action(const QString& text) const {
    for (QAction* candidate : window->findChildren<QAction*>())
      if (candidate->text().remove(QLatin1Char('&')) == text) return candidate;
    return nullptr;
  }

  AtlasSession session;
  std::unique_ptr<AtlasWindow> window;
};

class NavigationWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);  // not the user's settings
    QSettings().clear();
  }
  void TearDown() override { QSettings().clear(); }
};

void focus(QWidget* widget) {
  widget->setFocus(Qt::OtherFocusReason);
  QApplication::processEvents();
  ASSERT_EQ(QApplication::focusWidget(), widget);
}

TEST_F(NavigationWindowTest, PageKeysStepThroughEventsWindowWideButNotInTextFields) {
  OpenWindow open;
  const Dataset& dataset = *open.session.document.dataset();
  TimeController& controller = open.session.controller;
  const DayNumber start = day(1945, 1, 1);
  controller.setCurrentDay(start);

  focus(open.window->mapWidget());  // not the timeline
  QTest::keyClick(open.window->mapWidget(), Qt::Key_PageDown);
  ASSERT_TRUE(dataset.nextEventStart(start));
  EXPECT_EQ(controller.currentDay(), *dataset.nextEventStart(start));
  const DayNumber stepped = controller.currentDay();
  QTest::keyClick(open.window->mapWidget(), Qt::Key_PageUp);
  EXPECT_EQ(controller.currentDay(), *dataset.previousEventStart(stepped));

  controller.setCurrentDay(start);
  focus(open.window->tradeChart());
  QTest::keyClick(open.window->tradeChart(), Qt::Key_PageDown, Qt::ControlModifier);
  ASSERT_TRUE(dataset.nextControlChange(start));
  EXPECT_EQ(controller.currentDay(), *dataset.nextControlChange(start));
  const DayNumber changed = controller.currentDay();
  QTest::keyClick(open.window->tradeChart(), Qt::Key_PageUp, Qt::ControlModifier);
  EXPECT_EQ(controller.currentDay(), *dataset.previousControlChange(changed));

  // The timeline still steps with them (now through the window's actions).
  controller.setCurrentDay(start);
  focus(open.window->timelineWidget());
  QTest::keyClick(open.window->timelineWidget(), Qt::Key_PageDown);
  EXPECT_EQ(controller.currentDay(), *dataset.nextEventStart(start));

  // A text field keeps them: the date stays.
  for (QLineEdit* field :
       {open.window->playbackBar()->dateField(), open.window->eventPanel()->searchField()}) {
    controller.setCurrentDay(start);
    focus(field);
    QTest::keyClick(field, Qt::Key_PageDown);
    QTest::keyClick(field, Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(controller.currentDay(), start) << field->accessibleName().toStdString();
  }

  // What the tooltips promise is what the Go menu does.
  EXPECT_TRUE(
      open.window->playbackBar()->nextEventButton()->toolTip().contains(QLatin1String("(Page Down)")));
  QAction* next = open.action(QStringLiteral("Next Event"));
  ASSERT_NE(next, nullptr);
  EXPECT_TRUE(next->shortcuts().contains(QKeySequence(Qt::Key_PageDown)));
  QAction* previousChange = open.action(QStringLiteral("Previous Control Change"));
  ASSERT_NE(previousChange, nullptr);
  EXPECT_TRUE(previousChange->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_PageUp)));
}

TEST_F(NavigationWindowTest, TheGoMenuSetsAndClearsTheLoop) {
  OpenWindow open;
  TimeController& controller = open.session.controller;
  QAction* start = open.action(QStringLiteral("Set Loop Start at Current Date"));
  QAction* end = open.action(QStringLiteral("Set Loop End at Current Date"));
  QAction* clear = open.action(QStringLiteral("Clear Loop"));
  ASSERT_NE(start, nullptr);
  ASSERT_NE(end, nullptr);
  ASSERT_NE(clear, nullptr);
  controller.setCurrentDay(day(1945, 8, 1));
  start->trigger();
  controller.setCurrentDay(day(1945, 8, 31));
  end->trigger();
  ASSERT_TRUE(controller.loopRange());
  EXPECT_EQ(*controller.loopRange(), (DayRange{day(1945, 8, 1), day(1945, 8, 31)}));
  EXPECT_TRUE(open.window->playbackBar()->loopButton()->isChecked());
  clear->trigger();
  EXPECT_FALSE(controller.loopRange());
  EXPECT_FALSE(open.window->playbackBar()->loopButton()->isChecked());
}

TEST_F(NavigationWindowTest, PlaybackLoopChartScaleMapViewAndFiltersAreRemembered) {
  QString savedView;
  {
    OpenWindow first;
    TimeController& controller = first.session.controller;
    controller.setSpeedYearsPerSecond(TimeController::kMinimumSpeed);
    controller.setLoopRange({day(1945, 8, 1), day(1945, 9, 2)});
    first.window->tradeChart()->setLogarithmic(!first.window->tradeChart()->isLogarithmic());
    first.window->mapWidget()->fitHabomai();
    savedView = first.window->mapWidget()->viewport().toSpec();
    ASSERT_FALSE(savedView.isEmpty());
    first.window->eventPanel()->filterModel()->setCategoryVisible(EventCategory::Trade, false);
    first.window->eventPanel()->nearDateButton()->setChecked(true);
    first.window->mapWidget()->setLegendVisible(false);
    first.window->mapWidget()->setLegendCorner(LegendCorner::TopLeft);
    ASSERT_TRUE(first.window->eventPanel()->filterModel()->isNearCurrentDate());
    first.window->saveSettings();
  }

  OpenWindow second;
  // Fresh: nothing carried over before the settings are read.
  ASSERT_NE(second.session.controller.speedYearsPerSecond(), TimeController::kMinimumSpeed);
  ASSERT_FALSE(second.session.controller.loopRange());
  ASSERT_NE(second.window->mapWidget()->viewport().toSpec(), savedView);
  ASSERT_TRUE(second.window->mapWidget()->legendVisible());
  ASSERT_NE(second.window->mapWidget()->legendCorner(), LegendCorner::TopLeft);
  const bool logarithmicByDefault = second.window->tradeChart()->isLogarithmic();
  second.window->restoreSettings();

  const TimeController& controller = second.session.controller;
  EXPECT_DOUBLE_EQ(controller.speedYearsPerSecond(), TimeController::kMinimumSpeed);
  ASSERT_TRUE(controller.loopRange());
  EXPECT_EQ(*controller.loopRange(), (DayRange{day(1945, 8, 1), day(1945, 9, 2)}));
  EXPECT_TRUE(controller.loops());
  EXPECT_EQ(second.window->tradeChart()->isLogarithmic(), !logarithmicByDefault);
  EXPECT_EQ(second.window->mapWidget()->viewport().toSpec(), savedView);
  const EventFilterModel* filter = second.window->eventPanel()->filterModel();
  EXPECT_FALSE(filter->isCategoryVisible(EventCategory::Trade));
  EXPECT_TRUE(filter->isCategoryVisible(EventCategory::Treaty));
  EXPECT_TRUE(filter->isNearCurrentDate());
  EXPECT_TRUE(second.window->eventPanel()->nearDateButton()->isChecked());
  EXPECT_FALSE(second.window->mapWidget()->legendVisible());
  EXPECT_EQ(second.window->mapWidget()->legendCorner(), LegendCorner::TopLeft);
}

}  // namespace
}  // namespace okhotsk::app
