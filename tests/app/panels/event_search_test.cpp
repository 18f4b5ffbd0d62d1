// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event panel's search (#15) on the loader fixture: typing only filters the list, whatever
// was chosen before; Enter or a click chooses an event, and only then does the date move.
#include "panels/event_list_model.h"
#include "panels/event_panel.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"

#include "okhotsk/calendar.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

DayNumber day(int year, int month, int dayOfMonth) {
  return daysFromGregorian(year, month, dayOfMonth);
}

// Fixture events: E1 1855-02-07 "Fixture treaty", E2 1945-08-28 "Fixture landing", E3 1978-08
// "Fixture month", E4 1904-02-08/1905-09-05 "Fixture war", E5 1964? "Fixture uncertain offer".
class EventSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(document.open(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid")));
    panel.resize(420, 800);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QApplication::setActiveWindow(&panel);
    QApplication::processEvents();
  }

  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  EventPanel panel{controller, document, settings, selection};
};

TEST_F(EventSearchTest, TypingOnlyFiltersAndNeitherChoosesNorMovesTheDate) {
  selection.selectEvent(QStringLiteral("E1"));  // chosen earlier: the list's current row
  controller.setCurrentDay(day(1990, 1, 1));
  QSignalSpy chosen(&selection, &Selection::eventSelected);
  panel.searchField()->setFocus();
  QTest::keyClicks(panel.searchField(), QStringLiteral("war"));  // E1 leaves the list
  EXPECT_EQ(panel.listView()->model()->rowCount(), 1);
  EXPECT_EQ(chosen.count(), 0);
  EXPECT_EQ(selection.eventId(), QStringLiteral("E1"));
  EXPECT_EQ(controller.currentDay(), day(1990, 1, 1));

  // Clearing the search brings everything back, still without choosing.
  panel.searchField()->clear();
  EXPECT_EQ(chosen.count(), 0);
  EXPECT_EQ(controller.currentDay(), day(1990, 1, 1));
}

TEST_F(EventSearchTest, EnterInTheSearchChoosesTheFirstMatch) {
  controller.setCurrentDay(day(1990, 1, 1));
  panel.searchField()->setFocus();
  QTest::keyClicks(panel.searchField(), QStringLiteral("fixture"));
  EXPECT_EQ(controller.currentDay(), day(1990, 1, 1));
  QTest::keyClick(panel.searchField(), Qt::Key_Return);
  // The first in the list's order (by date): the treaty of 1855.
  EXPECT_EQ(selection.eventId(), QStringLiteral("E1"));
  EXPECT_EQ(controller.currentDay(), day(1855, 2, 7));
}

TEST_F(EventSearchTest, AClickAfterSearchingChoosesTheEvent) {
  controller.setCurrentDay(day(1990, 1, 1));
  panel.searchField()->setFocus();
  QTest::keyClicks(panel.searchField(), QStringLiteral("landing"));
  QTreeView* list = panel.listView();
  ASSERT_EQ(list->model()->rowCount(), 1);
  const QRect rect = list->visualRect(list->model()->index(0, EventListModel::TitleColumn));
  QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
  EXPECT_EQ(selection.eventId(), QStringLiteral("E2"));
  EXPECT_EQ(controller.currentDay(), day(1945, 8, 28));
}

// The "near the current date" filter changes the list as the date moves; that must not choose
// an event either, even with the list focused.
TEST_F(EventSearchTest, TheDateFilterMovingTheListDoesNotChooseAnEvent) {
  selection.selectEvent(QStringLiteral("E2"));
  panel.nearDateButton()->setChecked(true);
  panel.listView()->setFocus();
  QSignalSpy chosen(&selection, &Selection::eventSelected);
  controller.setCurrentDay(day(1860, 1, 1));  // E2 (1945) leaves the ±10 years
  controller.setCurrentDay(day(1970, 1, 1));
  EXPECT_EQ(chosen.count(), 0);
  EXPECT_EQ(selection.eventId(), QStringLiteral("E2"));
  EXPECT_EQ(controller.currentDay(), day(1970, 1, 1));
}

}  // namespace
}  // namespace okhotsk::app
