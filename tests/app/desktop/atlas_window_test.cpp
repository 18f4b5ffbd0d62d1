// AtlasWindow is the one place where the desktop views are wired to the shared session. These
// tests build the whole window offscreen on the embedded dataset and check the wiring as a user
// meets it: a selection brings its panel forward, the menus drive the session, and every view
// listens to the same controller, selection and settings.

#include "desktop/atlas_window.h"
#include "chart/trade_chart.h"
#include "map/widget/map_widget.h"
#include "panels/event_panel.h"
#include "panels/territory_panel.h"
#include "session/atlas_session.h"
#include "timeline/playback_bar.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/dataset.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

class AtlasWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);  // closing the window saves settings: not the user's
    ASSERT_TRUE(session.document.openEmbedded());
    window = std::make_unique<AtlasWindow>(session);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QApplication::processEvents();
  }

  // The menu action whose text, without the mnemonic, is `text`.
  QAction* action(const QString& text) const {
    for (QAction* candidate : window->findChildren<QAction*>())
      if (candidate->text().remove(QLatin1Char('&')) == text) return candidate;
    return nullptr;
  }

  AtlasSession session;
  std::unique_ptr<AtlasWindow> window;
};

TEST_F(AtlasWindowTest, BuildsEveryViewInsideTheWindow) {
  for (QWidget* view : std::initializer_list<QWidget*>{window->mapWidget(), window->timelineWidget(),
                                                       window->playbackBar(), window->tradeChart(),
                                                       window->eventPanel(), window->territoryPanel()}) {
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->window(), window.get());
  }
  EXPECT_EQ(window->centralWidget(), window->mapWidget());
}

TEST_F(AtlasWindowTest, ASelectedTerritoryOrEventBringsItsPanelForward) {
  // The two panels share one tabbed dock: only the raised one is on screen.
  const auto onScreen = [](const QWidget* panel) { return !panel->visibleRegion().isEmpty(); };
  session.selection.selectTerritory(QStringLiteral("etorofu"));
  QApplication::processEvents();
  EXPECT_TRUE(onScreen(window->territoryPanel()));
  EXPECT_FALSE(onScreen(window->eventPanel()));

  const Event& event = session.document.dataset()->events().front();
  session.selection.selectEvent(QString::fromStdString(event.id));
  QApplication::processEvents();
  EXPECT_TRUE(onScreen(window->eventPanel()));
  EXPECT_FALSE(onScreen(window->territoryPanel()));
}

TEST_F(AtlasWindowTest, TheGoMenuMovesTheSharedController) {
  QAction* next = action(QStringLiteral("Next Event"));
  ASSERT_NE(next, nullptr);
  const DayNumber before = daysFromGregorian(1945, 1, 1);
  session.controller.setCurrentDay(before);
  const auto expected = session.document.dataset()->nextEventStart(before);
  ASSERT_TRUE(expected.has_value());
  next->trigger();
  EXPECT_EQ(session.controller.currentDay(), *expected);
}

TEST_F(AtlasWindowTest, TheLanguageMenuAndTheSettingsFollowEachOther) {
  QAction* japanese = action(QStringLiteral("日本語"));
  QAction* russian = action(QStringLiteral("Русский"));
  ASSERT_NE(japanese, nullptr);
  ASSERT_NE(russian, nullptr);
  japanese->trigger();
  EXPECT_EQ(session.settings.language(), Language::Japanese);
  session.settings.setLanguage(Language::Russian);  // e.g. from another window on the session
  EXPECT_TRUE(russian->isChecked());
  EXPECT_FALSE(japanese->isChecked());
}

TEST_F(AtlasWindowTest, ThePanelsMenuHidesAndShowsADock) {
  QAction* trade = action(QStringLiteral("Trade"));
  ASSERT_NE(trade, nullptr);
  ASSERT_TRUE(window->tradeChart()->isVisible());
  trade->trigger();
  QApplication::processEvents();
  EXPECT_FALSE(window->tradeChart()->isVisible());
  trade->trigger();
  QApplication::processEvents();
  EXPECT_TRUE(window->tradeChart()->isVisible());
}

}  // namespace
}  // namespace okhotsk::app
