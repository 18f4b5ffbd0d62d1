// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lecture mode's window, offscreen, on the embedded dataset and its default tour: what a
// presenter's clicker sends (to the window and to the focused map), the caption and the stop
// counter, blanking the screen (and its rendered pixels), the text scale, the map gliding to
// each stop's view, a broken tour file that is refused while the current tour stays, and the
// caption following the language.
#include "lecture/presentation_window.h"

#include "export/tour_export.h"
#include "lecture/presenter_view.h"
#include "lecture/tour_editor.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "session/tour.h"
#include "session/tour_player.h"
#include "session/view/map_viewport.h"

#include "okhotsk/language.h"

#include "visible_texts.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace okhotsk::app {
namespace {

class PresentationWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(shared, nullptr);
    ASSERT_NE(shared->document.dataset(), nullptr) << "the embedded dataset did not open";
    // A fresh start for every test on the shared session.
    session.selection.clear();
    session.settings.setLanguage(Language::English);
    session.controller.setCurrentDay(session.controller.bounds().first);
    tourPath = findDefaultTour();
    ASSERT_FALSE(tourPath.isEmpty()) << "the default tour was not found beside the embedded dataset";
    const TourReadResult read = readTour(tourPath, session.document.dataset());
    ASSERT_TRUE(read.tour.has_value());
    tour = *read.tour;
    ASSERT_GE(tour.stops.size(), 3U);

    window = std::make_unique<PresentationWindow>(session);
    window->setTransitionMs(0);
    window->resize(960, 640);  // small: the test renders it
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QApplication::processEvents();
    ASSERT_TRUE(window->openTour(tourPath));
    QApplication::processEvents();
  }

  void TearDown() override { window.reset(); }

  [[nodiscard]] int count() const { return static_cast<int>(tour.stops.size()); }
  [[nodiscard]] const TourStop& stopAt(int index) const {
    return tour.stops[static_cast<std::size_t>(index)];
  }
  [[nodiscard]] int current() const { return window->player().currentIndex(); }
  [[nodiscard]] QString counterText() const {
    const auto* counter = window->findChild<QLabel*>(QStringLiteral("counter"));
    return counter ? counter->text() : QString();
  }

  // Sends one key to `target` and lets queued work run.
  static void press(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(target, key, modifiers);
    QApplication::processEvents();
  }

  // The map shows the view of stop `index`: same projection, centre within 1% of the view's
  // width and (with `checkScale`) scale within 1%.
  void expectMapShowsStop(int index, bool checkScale = true) const {
    const MapViewport shown = window->map()->viewport();
    const auto expected = MapViewport::fromSpec(stopAt(index).view, shown.size());
    ASSERT_TRUE(expected.has_value()) << stopAt(index).view.toStdString();
    EXPECT_EQ(shown.projection(), expected->projection()) << "stop " << index + 1;
    const double width = expected->metresPerPixel() * shown.size().width();
    EXPECT_LE(QLineF(shown.centre(), expected->centre()).length(), 0.01 * width) << "stop " << index + 1;
    if (!checkScale) return;
    EXPECT_NEAR(shown.metresPerPixel() / expected->metresPerPixel(), 1.0, 0.01) << "stop " << index + 1;
  }

  // The share of the central area's pixels that are pure black.
  [[nodiscard]] double blackShareOfCentralArea() const {
    const QImage image = window->grab().toImage();
    const double ratio = image.devicePixelRatio();
    const QRect central = window->centralWidget()->geometry();
    const QRect pixels(static_cast<int>(central.x() * ratio), static_cast<int>(central.y() * ratio),
                       static_cast<int>(central.width() * ratio), static_cast<int>(central.height() * ratio));
    qint64 black = 0;
    qint64 total = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); y += 3)
      for (int x = pixels.left(); x <= pixels.right(); x += 3) {
        ++total;
        if ((image.pixel(x, y) & 0xFFFFFFU) == 0U) ++black;
      }
    return total == 0 ? 0.0 : static_cast<double>(black) / static_cast<double>(total);
  }

  // One session for the suite: opening the embedded dataset is the slow part of a test.
  static void SetUpTestSuite() {
    shared = new AtlasSession;
    shared->document.openEmbedded();  // SetUp checks that it opened
  }
  static void TearDownTestSuite() {
    delete shared;
    shared = nullptr;
  }

  static AtlasSession* shared;
  AtlasSession& session = *shared;
  QString tourPath;
  Tour tour;
  std::unique_ptr<PresentationWindow> window;
};

AtlasSession* PresentationWindowTest::shared = nullptr;

TEST_F(PresentationWindowTest, OpeningTheTourGoesToItsFirstStop) {
  EXPECT_EQ(window->player().tour(), tour);
  EXPECT_EQ(window->player().count(), count());
  EXPECT_EQ(current(), 0);
  EXPECT_EQ(window->captionText(), stopAt(0).caption.en);
  EXPECT_EQ(counterText(), QStringLiteral("1 / %1").arg(count()));
  EXPECT_EQ(session.controller.currentDay(), stopAt(0).day);
  EXPECT_EQ(session.selection.eventId(), stopAt(0).eventId);
  EXPECT_EQ(session.selection.territoryId(), stopAt(0).territoryId);
  expectMapShowsStop(0);
  EXPECT_FALSE(window->isBlanked());
}

TEST_F(PresentationWindowTest, ForwardKeysAdvanceOneStop) {
  int expected = 0;
  for (const Qt::Key key : {Qt::Key_PageDown, Qt::Key_Right, Qt::Key_Space}) {
    press(window.get(), key);
    ++expected;
    EXPECT_EQ(current(), expected) << QKeySequence(key).toString().toStdString();
    EXPECT_EQ(window->captionText(), stopAt(expected).caption.en);
    EXPECT_EQ(counterText(), QStringLiteral("%1 / %2").arg(expected + 1).arg(count()));
    EXPECT_EQ(session.controller.currentDay(), stopAt(expected).day);
  }
}

TEST_F(PresentationWindowTest, BackKeysGoBackOneStop) {
  window->player().goTo(3);
  QApplication::processEvents();
  int expected = 3;
  for (const Qt::Key key : {Qt::Key_PageUp, Qt::Key_Left, Qt::Key_Backspace}) {
    press(window.get(), key);
    --expected;
    EXPECT_EQ(current(), expected);
    EXPECT_EQ(window->captionText(), stopAt(expected).caption.en);
    EXPECT_EQ(counterText(), QStringLiteral("%1 / %2").arg(expected + 1).arg(count()));
  }
  press(window.get(), Qt::Key_PageUp);  // at the first stop: stays
  EXPECT_EQ(current(), 0);
}

TEST_F(PresentationWindowTest, HomeAndEndGoToTheFirstAndLastStop) {
  press(window.get(), Qt::Key_End);
  EXPECT_EQ(current(), count() - 1);
  EXPECT_EQ(window->captionText(), stopAt(count() - 1).caption.en);
  EXPECT_EQ(counterText(), QStringLiteral("%1 / %1").arg(count()));
  press(window.get(), Qt::Key_PageDown);  // at the last stop: stays
  EXPECT_EQ(current(), count() - 1);
  press(window.get(), Qt::Key_Home);
  EXPECT_EQ(current(), 0);
  EXPECT_EQ(window->captionText(), stopAt(0).caption.en);
  EXPECT_EQ(counterText(), QStringLiteral("1 / %1").arg(count()));
}

TEST_F(PresentationWindowTest, ClickerKeysWorkWhenTheMapHasFocus) {
  window->map()->setFocus();
  QApplication::processEvents();
  // The map pans with the arrow keys; the clicker's arrows must step the tour instead (the map
  // is then centred on the stop's view, not moved from it by a tenth of its size).
  press(window->map(), Qt::Key_Right);
  EXPECT_EQ(current(), 1);
  expectMapShowsStop(1, false);
  press(window->map(), Qt::Key_PageDown);
  EXPECT_EQ(current(), 2);
  press(window->map(), Qt::Key_Space);
  EXPECT_EQ(current(), 3);
  expectMapShowsStop(3, false);
  press(window->map(), Qt::Key_Left);
  EXPECT_EQ(current(), 2);
  expectMapShowsStop(2, false);
  press(window->map(), Qt::Key_PageUp);
  EXPECT_EQ(current(), 1);
  press(window->map(), Qt::Key_Backspace);
  EXPECT_EQ(current(), 0);
  press(window->map(), Qt::Key_End);
  EXPECT_EQ(current(), count() - 1);
  press(window->map(), Qt::Key_Home);
  EXPECT_EQ(current(), 0);
  press(window->map(), Qt::Key_B);
  EXPECT_TRUE(window->isBlanked());
  press(window.get(), Qt::Key_B);
  EXPECT_FALSE(window->isBlanked());
}

// The stop's view is what the map shows once the window has laid out the stop: a caption of
// more or fewer lines than the last one changes the map's height, and the view must still be
// the stop's (fitted to the map as it is), not the stop's view fitted to the old height.
TEST_F(PresentationWindowTest, TheMapShowsEachStopsView) {
  for (int i = 0; i < count(); ++i) {
    window->player().goTo(i);
    QApplication::processEvents();
    expectMapShowsStop(i);
  }
}

TEST_F(PresentationWindowTest, GoingToTheSameStopAgainBringsBackAPannedMap) {
  window->player().goTo(1);
  QApplication::processEvents();
  MapViewport panned = window->map()->viewport();
  panned.panByPixels(QPointF(120, -80));
  panned.zoomAround(QPointF(100, 100), 2.0);
  window->map()->setViewport(panned);
  ASSERT_FALSE(window->map()->viewport() == *MapViewport::fromSpec(stopAt(1).view, panned.size()));
  window->player().goTo(1);
  QApplication::processEvents();
  expectMapShowsStop(1);
}

// L, from the clicker's keyboard or the lecturer's: the next language for the interface and the
// caption together, English → Japanese → Russian → English.
TEST_F(PresentationWindowTest, LChangesTheLanguageOfTheInterfaceAndTheCaption) {
  const QString englishTitle = window->windowTitle();
  press(window.get(), Qt::Key_L);
  EXPECT_EQ(session.settings.language(), Language::Japanese);
  QApplication::processEvents();
  EXPECT_NE(window->windowTitle(), englishTitle);
  EXPECT_EQ(window->captionText(), tour.stops.front().caption.get(Language::Japanese));
  press(window.get(), Qt::Key_L);
  EXPECT_EQ(session.settings.language(), Language::Russian);
  press(window.get(), Qt::Key_L);
  EXPECT_EQ(session.settings.language(), Language::English);
  QApplication::processEvents();
  EXPECT_EQ(window->windowTitle(), englishTitle);
}

TEST_F(PresentationWindowTest, BAndPeriodToggleTheBlankScreen) {
  EXPECT_FALSE(window->isBlanked());
  press(window.get(), Qt::Key_B);
  EXPECT_TRUE(window->isBlanked());
  press(window.get(), Qt::Key_B);
  EXPECT_FALSE(window->isBlanked());
  press(window.get(), Qt::Key_Period);
  EXPECT_TRUE(window->isBlanked());
  press(window.get(), Qt::Key_Period);
  EXPECT_FALSE(window->isBlanked());
  window->toggleBlank();
  EXPECT_TRUE(window->isBlanked());
  window->setBlanked(false);
  EXPECT_FALSE(window->isBlanked());
}

TEST_F(PresentationWindowTest, ABlankScreenIsBlackAndTheStageIsNot) {
  QApplication::processEvents();
  const double stage = blackShareOfCentralArea();
  EXPECT_LT(stage, 0.5) << "the map and caption are mostly black";
  press(window.get(), Qt::Key_B);
  ASSERT_TRUE(window->isBlanked());
  EXPECT_GE(blackShareOfCentralArea(), 0.999);
  press(window.get(), Qt::Key_B);
  ASSERT_FALSE(window->isBlanked());
  EXPECT_LT(blackShareOfCentralArea(), 0.5);
}

TEST_F(PresentationWindowTest, StepsWorkWhileBlanked) {
  press(window.get(), Qt::Key_B);
  ASSERT_TRUE(window->isBlanked());
  press(window.get(), Qt::Key_PageDown);
  EXPECT_EQ(current(), 1);
  EXPECT_EQ(window->captionText(), stopAt(1).caption.en);
}

TEST_F(PresentationWindowTest, CtrlPlusAndCtrlMinusScaleTheText) {
  const double start = window->textScale();
  EXPECT_DOUBLE_EQ(start, 1.0);
  const auto* caption = window->findChild<QLabel*>(QStringLiteral("caption"));
  ASSERT_NE(caption, nullptr);
  const double startFont = caption->font().pointSizeF();

  press(window.get(), Qt::Key_Plus, Qt::ControlModifier);
  const double larger = window->textScale();
  EXPECT_GT(larger, start);
  EXPECT_GT(caption->font().pointSizeF(), startFont);

  press(window.get(), Qt::Key_Minus, Qt::ControlModifier);
  EXPECT_NEAR(window->textScale(), start, 1e-9);
  press(window.get(), Qt::Key_Minus, Qt::ControlModifier);
  EXPECT_LT(window->textScale(), start);
  EXPECT_LT(caption->font().pointSizeF(), startFont);

  // Clamped at both ends.
  for (int i = 0; i < 30; ++i) window->largerText();
  const double maximum = window->textScale();
  window->largerText();
  EXPECT_EQ(window->textScale(), maximum);
  for (int i = 0; i < 60; ++i) window->smallerText();
  const double minimum = window->textScale();
  window->smallerText();
  EXPECT_EQ(window->textScale(), minimum);
  EXPECT_LT(minimum, start);
  EXPECT_GT(maximum, start);
}

TEST_F(PresentationWindowTest, ABrokenTourIsRefusedAndTheCurrentTourKept) {
  window->player().goTo(2);
  QApplication::processEvents();
  QTemporaryDir directory;
  ASSERT_TRUE(directory.isValid());
  const QString broken = directory.filePath(QStringLiteral("broken-lecture.json"));
  QFile file(broken);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(R"({"format": "okhotsk-atlas-tour", "version": 1, "title": "Broken", "stops": [
      {"date": "1956-10-19", "view": "region", "caption": "Fine"},
      {"date": "1956-02-30", "view": "region", "caption": "No such day"}]})");
  file.close();

  EXPECT_FALSE(window->openTour(broken));
  EXPECT_EQ(window->player().count(), count());
  EXPECT_EQ(window->player().tour(), tour);
  EXPECT_EQ(current(), 2);
  EXPECT_EQ(window->captionText(), stopAt(2).caption.en);
  EXPECT_EQ(window->editor()->filePath(), tourPath);
  const QString status = window->editor()->statusText();
  EXPECT_TRUE(status.contains(broken)) << status.toStdString();
  EXPECT_TRUE(status.contains(QStringLiteral("stop 2"))) << status.toStdString();
  EXPECT_TRUE(status.contains(QStringLiteral("field \"date\""))) << status.toStdString();

  // A file that does not exist: refused too, naming it.
  const QString missing = directory.filePath(QStringLiteral("missing.json"));
  EXPECT_FALSE(window->openTour(missing));
  EXPECT_EQ(window->player().tour(), tour);
  EXPECT_TRUE(window->editor()->statusText().contains(missing));
}

TEST_F(PresentationWindowTest, TheCaptionFollowsTheLanguage) {
  window->player().goTo(2);
  QApplication::processEvents();
  ASSERT_FALSE(stopAt(2).caption.ja.isEmpty());
  ASSERT_NE(stopAt(2).caption.ja, stopAt(2).caption.en);
  session.settings.setLanguage(Language::Japanese);
  EXPECT_EQ(window->captionText(), stopAt(2).caption.ja);
  press(window.get(), Qt::Key_PageDown);
  EXPECT_EQ(window->captionText(), stopAt(3).caption.get(Language::Japanese));
  session.settings.setLanguage(Language::Russian);
  EXPECT_EQ(window->captionText(), stopAt(3).caption.get(Language::Russian));
  session.settings.setLanguage(Language::English);
  EXPECT_EQ(window->captionText(), stopAt(3).caption.en);
}

TEST_F(PresentationWindowTest, ThePresenterViewShowsTheStopItsNotesAndTheNext) {
  window->player().goTo(1);
  QApplication::processEvents();
  const PresenterView* presenter = window->presenter();
  EXPECT_EQ(window->notesText(), stopAt(1).notes.en);
  EXPECT_EQ(presenter->notesText(), stopAt(1).notes.en);
  const QString stop = presenter->stopText();
  EXPECT_TRUE(stop.contains(QStringLiteral("Stop 2 of %1").arg(count()))) << stop.toStdString();
  EXPECT_TRUE(stop.contains(stopAt(1).date)) << stop.toStdString();
  EXPECT_TRUE(stop.contains(stopAt(1).caption.en)) << stop.toStdString();
  EXPECT_TRUE(presenter->nextText().contains(stopAt(2).caption.en)) << presenter->nextText().toStdString();
  // The notes are never on the audience's screen.
  EXPECT_FALSE(window->captionText().contains(stopAt(1).notes.en));
  window->player().last();
  QApplication::processEvents();
  EXPECT_EQ(presenter->nextText(), QStringLiteral("End of the tour"));
  // In the interface's language.
  session.settings.setLanguage(Language::Japanese);
  EXPECT_TRUE(presenter->stopText().contains(stopAt(count() - 1).caption.ja));
}

// The editor is on the lecturer's screen: E opens it in the presenter view, and nothing of it
// is in the window the projector shows.
TEST_F(PresentationWindowTest, TheTourEditorIsInThePresenterViewNotOnTheProjector) {
  EXPECT_TRUE(window->findChildren<TourEditor*>().isEmpty());
  EXPECT_EQ(window->editor()->window(), window->presenter());
  EXPECT_FALSE(window->presenter()->isVisible());
  press(window.get(), Qt::Key_E);
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window->presenter()));
  EXPECT_TRUE(window->presenter()->isEditorPageShown());
  EXPECT_TRUE(window->editor()->isVisible());
}

// The clicker's keys step the tour whichever window has focus; in the editor's text fields the
// same keys type.
TEST_F(PresentationWindowTest, ClickerKeysWorkInThePresenterViewAndTypeInItsFields) {
  window->setPresenterShown(true);
  PresenterView* presenter = window->presenter();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(presenter));
  presenter->activateWindow();
  QApplication::processEvents();
  press(presenter, Qt::Key_PageDown);
  EXPECT_EQ(current(), 1);
  press(presenter, Qt::Key_Right);
  EXPECT_EQ(current(), 2);
  press(presenter, Qt::Key_PageUp);
  EXPECT_EQ(current(), 1);
  press(presenter, Qt::Key_B);
  EXPECT_TRUE(window->isBlanked());
  press(presenter, Qt::Key_B);
  EXPECT_FALSE(window->isBlanked());
  // The buttons are the same actions.
  auto* next = presenter->findChild<QToolButton*>(QStringLiteral("presenterNext"));
  ASSERT_NE(next, nullptr);
  next->click();
  QApplication::processEvents();
  EXPECT_EQ(current(), 2);

  presenter->showEditorPage();
  auto* caption = window->editor()->findChild<QLineEdit*>(QStringLiteral("stopCaption"));
  ASSERT_NE(caption, nullptr);
  caption->setFocus();
  caption->clear();
  QTest::keyClicks(caption, QStringLiteral("A B"));
  press(caption, Qt::Key_Backspace);
  press(caption, Qt::Key_Left);
  QApplication::processEvents();
  EXPECT_EQ(caption->text(), QStringLiteral("A "));
  EXPECT_EQ(current(), 2);
}

// The lecture's timer starts with its first stop and counts on the presenter's clock.
TEST_F(PresentationWindowTest, TheTimerCountsFromTheFirstStopAndTheClockShowsTheTime) {
  QDateTime now(QDate(2026, 12, 7), QTime(14, 5, 0));
  PresenterView* presenter = window->presenter();
  presenter->setClock([&now] { return now; });
  presenter->restartTimer();  // the tour is at its first stop (SetUp)
  EXPECT_EQ(presenter->elapsedText(), QStringLiteral("00:00"));
  EXPECT_EQ(presenter->clockText(), QStringLiteral("14:05"));
  now = now.addSecs(12 * 60 + 34);
  presenter->refreshTime();
  EXPECT_EQ(presenter->elapsedText(), QStringLiteral("12:34"));
  EXPECT_EQ(presenter->clockText(), QStringLiteral("14:17"));
  now = now.addSecs(3600);
  window->player().next();  // stepping does not restart it
  presenter->refreshTime();
  EXPECT_EQ(presenter->elapsedText(), QStringLiteral("1:12:34"));
  presenter->restartTimer();
  EXPECT_EQ(presenter->elapsedText(), QStringLiteral("00:00"));
}

// The next stop's picture is its map as the audience will see it.
TEST_F(PresentationWindowTest, ThePresenterViewPreviewsTheNextStopsMap) {
  window->setPresenterShown(true);
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window->presenter()));
  QApplication::processEvents();
  QImage preview = window->presenter()->nextPreview();
  ASSERT_FALSE(preview.isNull());
  EXPECT_EQ(preview, drawTourStop(stopAt(1), session.document, session.settings, preview.size()));
  EXPECT_NE(preview, drawTourStop(stopAt(2), session.document, session.settings, preview.size()));
  window->player().last();
  QApplication::processEvents();
  EXPECT_TRUE(window->presenter()->nextPreview().isNull());
}

// The lecture's map has the projector's colours from the start; H gives it the screen's.
TEST_F(PresentationWindowTest, TheMapHasTheProjectorsColoursUntilHTurnsThemOff) {
  EXPECT_TRUE(window->map()->renderOptions().projector);
  const double scale = window->map()->renderOptions().scale;
  press(window.get(), Qt::Key_H);
  EXPECT_FALSE(window->map()->renderOptions().projector);
  EXPECT_DOUBLE_EQ(window->map()->renderOptions().scale, scale);
  press(window.get(), Qt::Key_H);
  EXPECT_TRUE(window->map()->renderOptions().projector);
}

// G hides the legend (it may cover the stop's subject) and brings it back, from either window.
TEST_F(PresentationWindowTest, GHidesTheLegendFromEitherWindow) {
  ASSERT_TRUE(window->map()->legendVisible());
  press(window.get(), Qt::Key_G);
  EXPECT_FALSE(window->map()->legendVisible());
  window->setPresenterShown(true);
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window->presenter()));
  press(window->presenter(), Qt::Key_G);
  EXPECT_TRUE(window->map()->legendVisible());
}

// A stop whose event lies where the legend is drawn: the legend moves to a corner that leaves
// the event clear, and comes back to the lecturer's corner at a stop that does not need it.
TEST_F(PresentationWindowTest, TheLegendMovesOffAStopsEvent) {
  window->player().goTo(0);
  QApplication::processEvents();
  window->map()->repaint();
  const TourStop first = stopAt(0);
  ASSERT_FALSE(first.eventId.isEmpty());
  const Event* event = session.document.dataset()->event(first.eventId.toStdString());
  ASSERT_TRUE(event != nullptr && event->location);
  const QRectF legend = window->map()->renderer().lastLegendRect();
  ASSERT_FALSE(legend.isEmpty());
  const LegendCorner lecturers = window->map()->legendCorner();
  // The view that puts the event in the middle of the legend.
  MapViewport view = window->map()->viewport();
  ASSERT_EQ(view.projection(), MapProjection::Region);
  const QPointF shift = view.toScreen(event->region) - legend.center();
  view.setCentre(view.toMap(QPointF(view.size().width() / 2.0, view.size().height() / 2.0) + shift));
  TourStop covered = first;
  covered.view = view.toSpec();
  window->player().insertStop(1, covered);
  window->player().goTo(1);
  QApplication::processEvents();
  window->map()->repaint();
  EXPECT_NE(window->map()->legendCorner(), lecturers);
  const QPointF eventOnScreen = window->map()->viewport().toScreen(event->region);
  EXPECT_FALSE(window->map()->renderer().lastLegendRect().contains(eventOnScreen));
  window->player().goTo(0);
  QApplication::processEvents();
  EXPECT_EQ(window->map()->legendCorner(), lecturers);
}

TEST(LegendCornerTest, TheLegendTakesTheFirstCornerThatLeavesTheSubjectClear) {
  const QSizeF map(1000, 600);
  const QRectF bottomRight(700, 400, 280, 180);  // 20 px from the right and the bottom
  const auto corner = [&](QPointF subject, LegendCorner preferred = LegendCorner::BottomRight) {
    return legendCornerClearOf(bottomRight, LegendCorner::BottomRight, map, subject, preferred);
  };
  EXPECT_EQ(corner({500, 300}), LegendCorner::BottomRight);
  EXPECT_EQ(corner({850, 500}), LegendCorner::TopLeft);
  EXPECT_EQ(corner({100, 100}), LegendCorner::BottomRight);
  EXPECT_EQ(corner({100, 100}, LegendCorner::TopLeft), LegendCorner::TopRight);
  // Within the marker's margin of the legend counts as covered.
  EXPECT_EQ(corner({690, 500}), LegendCorner::TopLeft);
  EXPECT_EQ(corner({650, 500}), LegendCorner::BottomRight);
}

TEST(LectureScreensTest, TheAudienceTakesAScreenThatIsNotThePrimary) {
  const LectureScreens one = chooseLectureScreens(1, 0);
  EXPECT_FALSE(one.twoScreens);
  EXPECT_EQ(one.audience, 0);
  EXPECT_EQ(one.presenter, 0);
  const LectureScreens two = chooseLectureScreens(2, 0);
  EXPECT_TRUE(two.twoScreens);
  EXPECT_EQ(two.presenter, 0);
  EXPECT_EQ(two.audience, 1);
  const LectureScreens primaryLast = chooseLectureScreens(3, 2);
  EXPECT_EQ(primaryLast.presenter, 2);
  EXPECT_EQ(primaryLast.audience, 0);
  EXPECT_FALSE(chooseLectureScreens(0, 0).twoScreens);
}

// Switching the catalogue while the window is open: the window's own words are set again by
// the LanguageChange it brings (title, docks and their toggles, menus, the notes), and come
// back in English when it is removed.
TEST_F(PresentationWindowTest, ACatalogueChangeSetsTheWindowsWordsAgain) {
  window->player().goTo(1);
  QApplication::processEvents();
  auto* timelineDock = window->findChild<QDockWidget*>(QStringLiteral("TimelineDock"));
  ASSERT_NE(timelineDock, nullptr);
  auto menuTitles = [this] {
    QStringList titles;
    for (const QAction* action : window->menuBar()->actions())
      if (action->menu() != nullptr) titles << action->menu()->title();
    return titles;
  };
  const QStringList english = menuTitles();
  ASSERT_EQ(english,
            (QStringList{QStringLiteral("&File"), QStringLiteral("&Tour"), QStringLiteral("&View")}));

  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  EXPECT_EQ(menuTitles(),
            (QStringList{QStringLiteral("⟦&File⟧"), QStringLiteral("⟦&Tour⟧"), QStringLiteral("⟦&View⟧")}));
  for (const QAction* menu : window->menuBar()->actions()) {
    for (const QAction* action : menu->menu()->actions()) {
      if (!action->isSeparator()) {
        EXPECT_TRUE(action->text().startsWith(QStringLiteral("⟦"))) << action->text().toStdString();
      }
    }
  }
  // The desktop adds " — Okhotsk Atlas" to the title itself.
  EXPECT_EQ(window->windowTitle(), QStringLiteral("⟦Lecture[*]⟧"));
  EXPECT_EQ(timelineDock->windowTitle(), QStringLiteral("⟦Timeline⟧"));
  EXPECT_EQ(window->presenter()->windowTitle(), QStringLiteral("⟦Presenter View[*]⟧"));
  EXPECT_TRUE(window->presenter()->stopText().startsWith(QStringLiteral("⟦Stop 2 of ")))
      << window->presenter()->stopText().toStdString();
  // The caption is the tour's own words.
  EXPECT_EQ(window->captionText(), stopAt(1).caption.en);

  QCoreApplication::removeTranslator(&marking);
  QApplication::processEvents();
  EXPECT_EQ(menuTitles(), english);
  EXPECT_EQ(timelineDock->windowTitle(), QStringLiteral("Timeline"));
  EXPECT_TRUE(window->presenter()->stopText().startsWith(QStringLiteral("Stop 2 of ")));
  EXPECT_EQ(window->presenter()->windowTitle(), QStringLiteral("Presenter View[*]"));
}

}  // namespace
}  // namespace okhotsk::app
