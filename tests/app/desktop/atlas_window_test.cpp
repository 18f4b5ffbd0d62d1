// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AtlasWindow is the one place where the desktop views are wired to the shared session. These
// tests build the whole window offscreen on the embedded dataset and check the wiring as a user
// meets it: a selection brings its panel forward, the menus drive the session, and every view
// listens to the same controller, selection and settings; and every word it shows is set
// again when the interface language changes.

#include "desktop/atlas_window.h"
#include "chart/trade_chart.h"
#include "map/widget/map_widget.h"
#include "panels/diagnostics_dialog.h"
#include "panels/diagnostics_model.h"
#include "panels/event_panel.h"
#include "panels/territory_panel.h"
#include "session/atlas_session.h"
#include "timeline/playback_bar.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/dataset.h"

#include "visible_texts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

  // The status bar's label whose text contains `part`, or nullptr.
  QLabel* statusLabel(const QString& part) const {
    for (QLabel* label : window->statusBar()->findChildren<QLabel*>())
      if (label->text().contains(part)) return label;
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

// The menus, the docks (and their tabs and toggle actions) and the status bar are worded again
// when the interface language changes, and worded back when it changes back.
TEST_F(AtlasWindowTest, MenusDocksAndStatusFollowALanguageChange) {
  QMenu* file = window->menuBar()->actions().front()->menu();
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(file->title(), QStringLiteral("&File"));
  auto* eventsDock = window->findChild<QDockWidget*>(QStringLiteral("EventsDock"));
  ASSERT_NE(eventsDock, nullptr);
  QLabel* status = statusLabel(QStringLiteral("Dataset:"));
  ASSERT_NE(status, nullptr);
  Q_EMIT window->mapWidget()->cursorMoved(146.25, 43.5);
  QLabel* coordinates = statusLabel(QStringLiteral("43.5000° N, 146.2500° E"));
  ASSERT_NE(coordinates, nullptr);
  {
    const test::MarkedLanguage marked;
    EXPECT_EQ(file->title(), QStringLiteral("⟦&File⟧"));
    EXPECT_NE(action(QStringLiteral("⟦Next Event⟧")), nullptr);
    EXPECT_NE(action(QStringLiteral("⟦Japanese Usage First (Etorofu / Iturup)⟧")), nullptr);
    EXPECT_EQ(eventsDock->windowTitle(), QStringLiteral("⟦Events⟧"));
    EXPECT_EQ(eventsDock->toggleViewAction()->text(), QStringLiteral("⟦Events⟧"));
    QStringList tabs;
    for (const QTabBar* bar : window->findChildren<QTabBar*>())
      for (int i = 0; i < bar->count(); ++i) tabs << bar->tabText(i);
    EXPECT_TRUE(tabs.contains(QStringLiteral("⟦Events⟧"))) << tabs.join(QLatin1Char(',')).toStdString();
    // The dataset's name alone: the desktop adds the application's name to the title itself.
    EXPECT_EQ(window->windowTitle(), QStringLiteral("⟦embedded dataset⟧"));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("⟦Dataset: "))) << status->text().toStdString();
    EXPECT_EQ(coordinates->text(), QStringLiteral("⟦43.5000° N, 146.2500° E⟧"));
    // Worded again, not rebuilt: the shortcuts and check marks stay.
    QAction* quit = action(QStringLiteral("⟦Quit⟧"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
  }
  EXPECT_EQ(file->title(), QStringLiteral("&File"));
  EXPECT_EQ(eventsDock->windowTitle(), QStringLiteral("Events"));
  EXPECT_EQ(coordinates->text(), QStringLiteral("43.5000° N, 146.2500° E"));
  EXPECT_TRUE(status->text().startsWith(QStringLiteral("Dataset: embedded dataset · ")))
      << status->text().toStdString();
}

// The naming order and the language keep their check marks through a change of words; the
// languages are named in themselves and are never translated.
TEST_F(AtlasWindowTest, TheLanguageEntriesKeepTheirOwnNames) {
  session.settings.setNamingOrder(NamingOrder::RussianFirst);
  const test::MarkedLanguage marked;
  QAction* russianFirst = action(QStringLiteral("⟦Russian Usage First (Iturup / Etorofu)⟧"));
  ASSERT_NE(russianFirst, nullptr);
  EXPECT_TRUE(russianFirst->isChecked());
  for (const char* name : {"English", "日本語", "Русский"})
    EXPECT_NE(action(QString::fromUtf8(name)), nullptr) << name;
}

// A coordinate is one phrase per hemisphere (a language words it its own way).
TEST_F(AtlasWindowTest, TheCoordinatesNameTheirHemispheres) {
  Q_EMIT window->mapWidget()->cursorMoved(-70.5, -33.25);
  EXPECT_NE(statusLabel(QStringLiteral("33.2500° S, 70.5000° W")), nullptr);
  Q_EMIT window->mapWidget()->cursorMoved(37.625, 55.75);
  EXPECT_NE(statusLabel(QStringLiteral("55.7500° N, 37.6250° E")), nullptr);
}

// --- File → Open of a dataset with errors ------------------------------------------------

// The valid fixture with the four impossible dates of broken/bad_dates over it, in `target`.
void makeBrokenDataset(const QString& target) {
  for (const char* folder :
       {OKHOTSK_FIXTURES_DIR "/loader/valid", OKHOTSK_FIXTURES_DIR "/loader/broken/bad_dates"}) {
    const QDir dir(QString::fromUtf8(folder));
    for (const QString& name : dir.entryList(QDir::Files)) {
      if (name == QLatin1String("expected_diagnostics.txt")) continue;
      QFile::remove(target + QLatin1Char('/') + name);
      ASSERT_TRUE(QFile::copy(dir.filePath(name), target + QLatin1Char('/') + name)) << name.toStdString();
    }
  }
}

// What the diagnostics dialog showed when it came up, before the test's choice closed it.
struct DialogSeen {
  bool shown = false;
  bool refused = false;
  bool buttonVisible = false;
  QString summary;
  QString advice;
  int rows = 0;
};

// Once the modal dialog runs, reads it and either clicks "Open What Is Valid" or closes it.
void answerDialog(DialogSeen& seen, bool openAnyway) {
  QTimer::singleShot(0, [&seen, openAnyway] {
    auto* dialog = qobject_cast<DiagnosticsDialog*>(QApplication::activeModalWidget());
    if (dialog == nullptr) return;
    seen.shown = true;
    seen.refused = dialog->isRefused();
    seen.buttonVisible = dialog->openWhatIsValidButton()->isVisible();
    seen.summary = dialog->summary();
    seen.advice = dialog->adviceText();
    seen.rows = dialog->model()->rowCount();
    if (openAnyway)
      dialog->openWhatIsValidButton()->click();
    else
      dialog->reject();
  });
}

TEST_F(AtlasWindowTest, FileOpenOfADatasetWithErrorsKeepsTheAtlasAndSaysWhy) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  makeBrokenDataset(folder.path());
  const QString title = window->windowTitle();
  const std::size_t events = session.document.dataset()->events().size();
  QSignalSpy changed(&session.document, &AtlasDocument::datasetChanged);
  DialogSeen seen;
  answerDialog(seen, false);

  EXPECT_FALSE(window->openDataset(folder.path()));

  EXPECT_EQ(changed.count(), 0);
  EXPECT_EQ(window->windowTitle(), title);
  EXPECT_TRUE(session.document.isEmbedded());
  EXPECT_EQ(session.document.dataset()->events().size(), events);
  ASSERT_TRUE(seen.shown);
  EXPECT_TRUE(seen.refused);
  EXPECT_TRUE(seen.buttonVisible);
  EXPECT_TRUE(seen.summary.contains(QDir::toNativeSeparators(folder.path()))) << seen.summary.toStdString();
  EXPECT_TRUE(seen.advice.contains(QStringLiteral("Open What Is Valid"))) << seen.advice.toStdString();
  EXPECT_EQ(seen.rows, 8);  // 4 errors, 4 warnings
}

TEST_F(AtlasWindowTest, OpenWhatIsValidOpensTheRefusedDataset) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  makeBrokenDataset(folder.path());
  QSignalSpy changed(&session.document, &AtlasDocument::datasetChanged);
  DialogSeen seen;
  answerDialog(seen, true);

  EXPECT_TRUE(window->openDataset(folder.path()));

  EXPECT_TRUE(seen.shown);
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(session.document.path(), folder.path());
  EXPECT_EQ(window->windowTitle(), folder.path());
  EXPECT_EQ(session.document.dataset()->events().size(), 1U);  // E5; the four bad dates left out
  EXPECT_EQ(session.document.diagnostics().errorCount(), 4U);
}

// A valid dataset opens without any dialog in the way.
TEST_F(AtlasWindowTest, FileOpenOfAValidDatasetShowsNoDialog) {
  DialogSeen seen;
  answerDialog(seen, false);
  EXPECT_TRUE(window->openDataset(QStringLiteral(OKHOTSK_FIXTURES_DIR "/loader/valid")));
  QApplication::processEvents();
  EXPECT_FALSE(seen.shown);
  EXPECT_FALSE(session.document.isEmbedded());
}

}  // namespace
}  // namespace okhotsk::app
