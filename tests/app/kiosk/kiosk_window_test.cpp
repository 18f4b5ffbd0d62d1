// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The museum kiosk: lockdown, touch, language, the attract loop and the idle reset driven by an
// injected clock (no sleeping), the exit through the key sequence and the PIN pad.
#include "kiosk/kiosk_window.h"

#include "desktop/application.h"
#include "kiosk/pin_hash.h"
#include "map/render/map_renderer.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/edtf.h"
#include "okhotsk/projection.h"

#include "kiosk_fixture.h"
#include "visible_texts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <chrono>

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

TEST_F(KioskWindowTest, HasNoMenusActionsOrLinksAndRefusesToClose) {
  KioskWindow& kiosk = open();
  EXPECT_TRUE(kiosk.findChildren<QMenuBar*>().isEmpty());
  EXPECT_TRUE(kiosk.findChildren<QMenu*>().isEmpty());
  for (const QAction* action : kiosk.findChildren<QAction*>())
    ADD_FAILURE() << "an action a visitor might reach: " << action->text().toStdString() << " in "
                  << action->parent()->metaObject()->className();
  for (QWidget* child : kiosk.findChildren<QWidget*>())
    EXPECT_EQ(child->contextMenuPolicy(), Qt::NoContextMenu) << child->metaObject()->className();
  for (QLabel* label : kiosk.findChildren<QLabel*>()) EXPECT_FALSE(label->openExternalLinks());
  for (QTextBrowser* browser : kiosk.findChildren<QTextBrowser*>()) {
    EXPECT_FALSE(browser->openExternalLinks());
    EXPECT_FALSE(browser->openLinks());
  }
  EXPECT_FALSE(kiosk.close());
  EXPECT_TRUE(kiosk.isVisible());
}

TEST_F(KioskWindowTest, NoButtonOrRightClickOpensAWindowADialogOrAMenu) {
  KioskWindow& kiosk = open();
  const QWidgetList before = QApplication::topLevelWidgets();
  for (QAbstractButton* button : kiosk.findChildren<QAbstractButton*>()) {
    if (!button->isVisible()) continue;
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
  }
  for (QWidget* child : kiosk.findChildren<QWidget*>()) {
    if (!child->isVisible()) continue;
    QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), child->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(child, &menu);
  }
  QApplication::processEvents();
  EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
  EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
  for (QWidget* top : QApplication::topLevelWidgets()) {
    if (!top->isVisible()) continue;
    EXPECT_TRUE(before.contains(top)) << "a new window appeared: " << top->metaObject()->className();
    EXPECT_EQ(qobject_cast<QDialog*>(top), nullptr);
  }
  EXPECT_TRUE(kiosk.isVisible());
}

TEST_F(KioskWindowTest, TouchTargetsAreAtLeastNineMillimetres) {
  KioskWindow& kiosk = open();
  // 9 mm on the screen the kiosk is on, from the size that screen reports.
  const QScreen* screen = kiosk.screen();
  ASSERT_NE(screen, nullptr);
  ASSERT_GT(screen->physicalSize().height(), 0.0);
  const double pixelsPerMillimetre = screen->geometry().height() / screen->physicalSize().height();
  EXPECT_GE(kiosk.touchTargetSize(), 9.0 * pixelsPerMillimetre);
  for (QPushButton* button : kiosk.findChildren<QPushButton*>()) {
    EXPECT_GE(button->minimumWidth(), kiosk.touchTargetSize()) << button->objectName().toStdString();
    EXPECT_GE(button->minimumHeight(), kiosk.touchTargetSize()) << button->objectName().toStdString();
  }
  auto* timeline = kiosk.findChild<TimelineWidget*>();
  ASSERT_NE(timeline, nullptr);
  EXPECT_GE(timeline->height(), kiosk.touchTargetSize());
}

// A 1024×768 touch panel (and cage's default output) shows the whole kiosk in every language:
// nothing, "Start over" least of all, is pushed off the right or bottom edge.
TEST_F(KioskWindowTest, FitsASmallScreenInEveryLanguage) {
  KioskWindow& kiosk = open();
  const QSize small(1024, 768);
  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    session.settings.setLanguage(language);
    QApplication::processEvents();
    const QSize needed = kiosk.minimumSizeHint();
    EXPECT_LE(needed.width(), small.width()) << languageCode(language);
    EXPECT_LE(needed.height(), small.height()) << languageCode(language);
    kiosk.resize(small);
    QApplication::processEvents();
    for (QPushButton* button : kiosk.findChildren<QPushButton*>()) {
      if (!button->isVisible()) continue;
      const QRect inWindow(button->mapTo(&kiosk, QPoint(0, 0)), button->size());
      EXPECT_TRUE(QRect(QPoint(0, 0), kiosk.size()).contains(inWindow))
          << languageCode(language) << " " << button->objectName().toStdString();
    }
  }
}

TEST_F(KioskWindowTest, StartsAtTheConfiguredDateViewAndLanguage) {
  KioskSettings settings;
  settings.startDate = QStringLiteral("1956-10-19");
  settings.startView = QStringLiteral("habomai");
  settings.language = Language::Russian;
  KioskWindow& kiosk = open(settings);
  EXPECT_EQ(session.controller.currentDay(), firstDay("1956-10-19"));
  EXPECT_EQ(session.settings.language(), Language::Russian);
  const MapViewport expected = MapViewport::named(NamedView::Habomai, kiosk.map()->size());
  EXPECT_NEAR(kiosk.map()->viewport().metresPerPixel(), expected.metresPerPixel(),
              expected.metresPerPixel() * 0.01);
  EXPECT_TRUE(kiosk.findChild<QPushButton*>(QStringLiteral("language_ru"))->isChecked());
}

TEST_F(KioskWindowTest, LanguageButtonsSwitchTheInterfaceAndTheData) {
  KioskWindow& kiosk = open();
  auto* startOver = kiosk.findChild<QPushButton*>(QStringLiteral("startOver"));
  const QString englishLabel = startOver->text();
  QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("language_ja")), Qt::LeftButton);
  EXPECT_EQ(session.settings.language(), Language::Japanese);
  EXPECT_NE(startOver->text(), englishLabel);
  // The story of an event comes in the chosen language from the data itself.
  const Event& event = session.document.dataset()->events().front();
  session.selection.selectEvent(QString::fromStdString(event.id));
  EXPECT_TRUE(kiosk.storyText().contains(QString::fromStdString(event.title.get(Language::Japanese))));
  QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("language_en")), Qt::LeftButton);
  EXPECT_TRUE(kiosk.storyText().contains(QString::fromStdString(event.title.en)));
}

// A new catalogue sets the kiosk's own words again: window title, title, buttons, the hint.
TEST_F(KioskWindowTest, ACatalogueChangeSetsItsWordsAgain) {
  KioskWindow& kiosk = open();
  auto* startOver = kiosk.findChild<QPushButton*>(QStringLiteral("startOver"));
  auto* play = kiosk.findChild<QPushButton*>(QStringLiteral("play"));
  auto* title = kiosk.findChild<QLabel*>(QStringLiteral("kioskTitle"));
  ASSERT_TRUE(startOver != nullptr && play != nullptr && title != nullptr);
  EXPECT_EQ(kiosk.windowTitle(), QStringLiteral("Okhotsk Atlas"));
  const QString hint = kiosk.storyText();

  test::MarkingTranslator marking;
  ASSERT_TRUE(QCoreApplication::installTranslator(&marking));
  QApplication::processEvents();
  EXPECT_EQ(kiosk.windowTitle(), QStringLiteral("⟦Okhotsk Atlas⟧"));
  EXPECT_EQ(startOver->text(), QStringLiteral("⟦Start over⟧"));
  EXPECT_EQ(play->text(), QStringLiteral("⟦▶ Play⟧"));
  EXPECT_TRUE(title->text().contains(QStringLiteral("⟦Okhotsk Atlas⟧"))) << title->text().toStdString();
  EXPECT_EQ(kiosk.storyText(), QStringLiteral("⟦") + hint + QStringLiteral("⟧"));
  // The language buttons name each language in itself, whatever the catalogue.
  EXPECT_EQ(kiosk.findChild<QPushButton*>(QStringLiteral("language_ja"))->text(), QStringLiteral("日本語"));

  QCoreApplication::removeTranslator(&marking);
  QApplication::processEvents();
  EXPECT_EQ(kiosk.windowTitle(), QStringLiteral("Okhotsk Atlas"));
  EXPECT_EQ(startOver->text(), QStringLiteral("Start over"));
  EXPECT_EQ(kiosk.storyText(), hint);
}

TEST_F(KioskWindowTest, AttractLoopStartsWhenIdleAndTheFirstTouchStopsIt) {
  KioskSettings settings;
  settings.attractAfter = 90s;
  settings.resetAfter = 0s;
  KioskWindow& kiosk = open(settings);
  ASSERT_GT(kiosk.player().count(), 0) << "the default tour should be the attract loop";
  idleFor(89s);
  EXPECT_FALSE(kiosk.isAttracting());
  idleFor(1s);
  ASSERT_TRUE(kiosk.isAttracting());
  EXPECT_EQ(kiosk.player().currentIndex(), 0);
  const TourStop& first = kiosk.player().tour().stops.front();
  EXPECT_TRUE(kiosk.captionText().startsWith(first.caption.en));
  // The loop moves on by itself once the first stop has been held for its time (the player's
  // wall time stands in for the clock).
  std::chrono::milliseconds played{0};
  while (kiosk.player().currentIndex() == 0 && played < 60s) {
    kiosk.player().advance(100ms);
    played += 100ms;
  }
  EXPECT_EQ(kiosk.player().currentIndex(), 1);
  EXPECT_GE(played.count(), std::llround(first.holdSeconds * 1000));
  EXPECT_TRUE(kiosk.captionText().startsWith(kiosk.player().tour().stops[1].caption.en));

  tap(kiosk.map(), QPoint(kiosk.map()->width() / 2, kiosk.map()->height() / 2));
  EXPECT_FALSE(kiosk.isAttracting());
  EXPECT_TRUE(kiosk.captionText().isEmpty());
}

TEST_F(KioskWindowTest, IdleResetBringsBackDateViewSelectionAndLanguage) {
  KioskSettings settings;
  settings.attractAfter = 0s;  // off: only the reset
  settings.resetAfter = 180s;
  settings.startDate = QStringLiteral("1945-08-15");
  KioskWindow& kiosk = open(settings);
  session.settings.setLanguage(Language::Japanese);
  session.controller.jumpTo(QStringLiteral("1991-12-26"));
  session.selection.selectTerritory(QStringLiteral("shikotan"));
  kiosk.map()->fitWorld();
  idleFor(179s);
  EXPECT_EQ(session.settings.language(), Language::Japanese);
  idleFor(1s);
  EXPECT_EQ(session.settings.language(), Language::English);
  EXPECT_EQ(session.controller.currentDay(), firstDay("1945-08-15"));
  EXPECT_TRUE(session.selection.territoryId().isEmpty());
  EXPECT_EQ(kiosk.map()->viewport().projection(), MapProjection::Region);
}

// "Start over" is the visitor's: date, view and selection go back, the language they chose stays.
TEST_F(KioskWindowTest, StartOverKeepsTheLanguageTheVisitorChose) {
  KioskSettings settings;
  settings.startDate = QStringLiteral("1945-08-15");
  KioskWindow& kiosk = open(settings);
  QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("language_ru")), Qt::LeftButton);
  session.controller.jumpTo(QStringLiteral("1991-12-26"));
  session.selection.selectTerritory(QStringLiteral("shikotan"));
  QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("startOver")), Qt::LeftButton);
  EXPECT_EQ(session.settings.language(), Language::Russian);
  EXPECT_EQ(session.controller.currentDay(), firstDay("1945-08-15"));
  EXPECT_TRUE(session.selection.territoryId().isEmpty());
  EXPECT_TRUE(kiosk.findChild<QPushButton*>(QStringLiteral("language_ru"))->isChecked());
}

// Next and Previous open the story of the event they reach, not just its day.
TEST_F(KioskWindowTest, NextAndPreviousOpenTheStoryOfTheEventReached) {
  KioskWindow& kiosk = open();
  const Dataset& dataset = *session.document.dataset();
  for (const char* button : {"nextEvent", "nextEvent", "previousEvent"}) {
    const DayNumber before = session.controller.currentDay();
    QTest::mouseClick(kiosk.findChild<QPushButton*>(QString::fromLatin1(button)), Qt::LeftButton);
    ASSERT_NE(session.controller.currentDay(), before) << button;
    const Event* event = dataset.event(session.selection.eventId().toStdString());
    ASSERT_NE(event, nullptr) << button;
    EXPECT_EQ(event->date.earliest(), session.controller.currentDay()) << button;
    EXPECT_TRUE(kiosk.storyText().contains(QString::fromStdString(event->title.en))) << button;
  }
}

// The story tells of whatever was touched last: an island after a marker, a marker after an island.
TEST_F(KioskWindowTest, TheStoryFollowsTheLastTouch) {
  KioskWindow& kiosk = open();
  const Dataset& dataset = *session.document.dataset();
  const Event& event = dataset.events().front();
  const Territory* shikotan = dataset.territory("shikotan");
  ASSERT_NE(shikotan, nullptr);
  const QString island = QString::fromStdString(shikotan->names.japaneseRomaji);
  const QString title = QString::fromStdString(event.title.en);
  session.selection.selectEvent(QString::fromStdString(event.id));
  EXPECT_TRUE(kiosk.storyText().startsWith(title));
  session.selection.selectTerritory(QStringLiteral("shikotan"));
  EXPECT_TRUE(kiosk.storyText().startsWith(island));
  EXPECT_FALSE(kiosk.storyText().startsWith(title));
  session.selection.selectEvent(QString::fromStdString(event.id));
  EXPECT_TRUE(kiosk.storyText().startsWith(title));
  EXPECT_FALSE(kiosk.storyText().startsWith(island));
}

// Before the attract loop undoes a visitor's choices, the kiosk asks whether they are still
// there, counting down; a touch keeps everything as it was.
TEST_F(KioskWindowTest, AVisitorIsAskedWhetherTheyAreStillThereBeforeTheStartOver) {
  KioskSettings settings;
  settings.attractAfter = 90s;
  settings.resetAfter = 180s;
  KioskWindow& kiosk = open(settings);
  session.settings.setLanguage(Language::Russian);
  session.selection.selectTerritory(QStringLiteral("shikotan"));
  idleFor(69s);
  EXPECT_TRUE(kiosk.stillThereText().isEmpty());
  idleFor(1s);
  const QString warning = kiosk.stillThereText();
  EXPECT_FALSE(warning.isEmpty());
  EXPECT_TRUE(warning.contains(QStringLiteral("20"))) << warning.toStdString();
  // A touch anywhere: the warning goes, nothing is undone, no attract loop starts.
  QTest::mouseClick(kiosk.findChild<QTextBrowser*>(QStringLiteral("kioskStory"))->viewport(), Qt::LeftButton);
  EXPECT_TRUE(kiosk.stillThereText().isEmpty());
  EXPECT_FALSE(kiosk.isAttracting());
  EXPECT_EQ(session.settings.language(), Language::Russian);
  EXPECT_EQ(session.selection.territoryId(), QStringLiteral("shikotan"));
  // Left alone again: the warning comes again, and then the attract loop, which removes it.
  idleFor(70s);
  EXPECT_FALSE(kiosk.stillThereText().isEmpty());
  idleFor(20s);
  EXPECT_TRUE(kiosk.isAttracting());
  EXPECT_TRUE(kiosk.stillThereText().isEmpty());
}

TEST_F(KioskWindowTest, TappingTheMapSelectsWhatIsUnderTheFinger) {
  KioskWindow& kiosk = open();
  QApplication::processEvents();
  const Dataset& dataset = *session.document.dataset();
  const Territory* shikotan = dataset.territory("shikotan");
  ASSERT_NE(shikotan, nullptr);
  const Projector projector(MapProjection::Region);
  const auto map = projector.forward(shikotan->labelPoint);
  ASSERT_TRUE(map.has_value());
  const QPoint at = kiosk.map()->viewport().toScreen(*map).toPoint();
  ASSERT_TRUE(kiosk.map()->rect().contains(at));
  const Event* event = kiosk.map()->renderer().eventAt(at);
  const Territory* territory = kiosk.map()->renderer().territoryAt(kiosk.map()->viewport(), at);
  ASSERT_TRUE(event != nullptr || territory != nullptr);
  QSignalSpy events(&session.selection, &Selection::eventSelected);
  QSignalSpy territories(&session.selection, &Selection::territorySelected);
  tap(kiosk.map(), at);
  if (event != nullptr) {
    EXPECT_EQ(session.selection.eventId().toStdString(), event->id);
  } else {
    EXPECT_EQ(session.selection.territoryId().toStdString(), territory->id);
    EXPECT_TRUE(kiosk.storyText().contains(QStringLiteral("Shikotan")));
  }
  EXPECT_GE(events.count() + territories.count(), 1);
}

TEST_F(KioskWindowTest, DraggingAFingerAlongTheTimelineMovesTheDate) {
  KioskWindow& kiosk = open();
  auto* timeline = kiosk.findChild<TimelineWidget*>();
  ASSERT_NE(timeline, nullptr);
  const DayNumber start = session.controller.currentDay();
  const int y = timeline->height() / 2;  // the handle's row: a drag there moves the date
  const QPoint from(static_cast<int>(timeline->xForDay(start)), y);
  const QPoint to(static_cast<int>(timeline->xForDay(firstDay("1991-12-26"))), y);
  touchDrag(timeline, {from, (from + to) / 2, to});
  QApplication::processEvents();
  EXPECT_NE(session.controller.currentDay(), start);
  EXPECT_GT(session.controller.currentDay(), firstDay("1985"));
}

TEST_F(KioskWindowTest, PinchingTwoFingersApartZoomsTheMapIn) {
  KioskWindow& kiosk = open();
  MapWidget* map = kiosk.map();
  const double before = map->viewport().metresPerPixel();
  QWindow* target = kiosk.windowHandle();
  const QPoint centre = inWindow(map, QPoint(map->width() / 2, map->height() / 2));
  QTest::touchEvent(target, touchscreen)
      .press(0, centre - QPoint(40, 0), target)
      .press(1, centre + QPoint(40, 0), target);
  for (int step = 1; step <= 8; ++step)
    QTest::touchEvent(target, touchscreen)
        .move(0, centre - QPoint(40 + 15 * step, 0), target)
        .move(1, centre + QPoint(40 + 15 * step, 0), target);
  QTest::touchEvent(target, touchscreen)
      .release(0, centre - QPoint(160, 0), target)
      .release(1, centre + QPoint(160, 0), target);
  QApplication::processEvents();
  EXPECT_LT(map->viewport().metresPerPixel(), before * 0.8);
}

TEST_F(KioskWindowTest, ExitKeySequenceLeavesTheKiosk) {
  KioskSettings settings;
  settings.exitSequence = QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X);
  KioskWindow& kiosk = open(settings);
  QSignalSpy exits(&kiosk, &KioskWindow::exitRequested);
  QTest::keyClick(&kiosk, Qt::Key_Q, Qt::ControlModifier);  // not the sequence
  EXPECT_EQ(exits.count(), 0);
  QTest::keySequence(&kiosk, settings.exitSequence);
  EXPECT_EQ(exits.count(), 1);
  EXPECT_FALSE(kiosk.isVisible());
}

// Presses the PIN pad's digits, then OK when `confirm`.
void pressPin(KioskWindow& kiosk, const QString& digits, bool confirm = true) {
  for (const QChar digit : digits)
    QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("pin_%1").arg(digit)), Qt::LeftButton);
  if (confirm) QTest::mouseClick(kiosk.findChild<QPushButton*>(QStringLiteral("pinOk")), Qt::LeftButton);
}

TEST_F(KioskWindowTest, PinPadExitsOnlyWithAStaffPinFromTheHashes) {
  KioskSettings settings;
  settings.exitPinHashes = {hashPin(QStringLiteral("4711")), hashPin(QStringLiteral("280655"))};
  KioskWindow& kiosk = open(settings);
  QSignalSpy exits(&kiosk, &KioskWindow::exitRequested);
  EXPECT_FALSE(kiosk.isPinPadVisible());
  kiosk.showPinPad();
  ASSERT_TRUE(kiosk.isPinPadVisible());
  kiosk.pinAttempts().setClock([this] { return now; });
  pressPin(kiosk, QStringLiteral("1234"));
  EXPECT_EQ(exits.count(), 0);
  EXPECT_TRUE(kiosk.isVisible());
  now += kiosk.pinAttempts().waitLeft();  // the wait after a wrong PIN
  pressPin(kiosk, QStringLiteral("280655"));
  EXPECT_EQ(exits.count(), 1);
  EXPECT_FALSE(kiosk.isVisible());
}

TEST_F(KioskWindowTest, APlainPinStillOpensThePad) {
  KioskSettings settings;
  settings.exitPin = QStringLiteral("4711");
  KioskWindow& kiosk = open(settings);
  QSignalSpy exits(&kiosk, &KioskWindow::exitRequested);
  kiosk.showPinPad();
  pressPin(kiosk, QStringLiteral("4711"));
  EXPECT_EQ(exits.count(), 1);
}

// Before, the pad cleared itself after exactly as many digits as the PIN has, which told a
// visitor its length, and it exited as soon as the digits matched. Now nothing happens before OK:
// a right PIN after wrong digits is no PIN, and the digits typed stay however many there are.
TEST_F(KioskWindowTest, ThePadNeverTellsThePinsLength) {
  KioskSettings settings;
  settings.exitPinHashes = {hashPin(QStringLiteral("4711"))};
  KioskWindow& kiosk = open(settings);
  QSignalSpy exits(&kiosk, &KioskWindow::exitRequested);
  kiosk.showPinPad();
  pressPin(kiosk, QStringLiteral("99994711"), false);
  EXPECT_EQ(exits.count(), 0);
  EXPECT_EQ(kiosk.pinDigitsShown(), 8);
  kiosk.pinAttempts().setClock([this] { return now; });
  pressPin(kiosk, QString());
  EXPECT_EQ(exits.count(), 0);
  EXPECT_EQ(kiosk.pinDigitsShown(), 0);
  now += kiosk.pinAttempts().waitLeft();  // the wait after a wrong PIN
  pressPin(kiosk, QStringLiteral("4711"), false);
  EXPECT_EQ(exits.count(), 0);  // right digits, but no OK yet
  pressPin(kiosk, QString());
  EXPECT_EQ(exits.count(), 1);
}

// Before, 22 wrong PINs in 21 s went by without a word. Now a wrong PIN says so and the pad
// waits 1, 2, 4, 8 s (a right PIN typed during the wait is not even checked), and the fifth
// wrong PIN in a row locks it for five minutes, logged for the staff.
TEST_F(KioskWindowTest, WrongPinsAreAnsweredWithAGrowingWaitAndALockOut) {
  KioskSettings settings;
  settings.exitPinHashes = {hashPin(QStringLiteral("4711"))};
  KioskWindow& kiosk = open(settings);
  kiosk.pinAttempts().setClock([this] { return now; });
  QSignalSpy exits(&kiosk, &KioskWindow::exitRequested);
  QSignalSpy lockOuts(&kiosk, &KioskWindow::pinPadLockedOut);
  kiosk.showPinPad();
  ASSERT_TRUE(kiosk.pinFeedback().isEmpty());

  pressPin(kiosk, QStringLiteral("1111"));
  EXPECT_TRUE(kiosk.pinFeedback().contains(QStringLiteral("Wrong PIN"))) << kiosk.pinFeedback().toStdString();
  EXPECT_TRUE(kiosk.pinFeedback().contains(QStringLiteral("1 s"))) << kiosk.pinFeedback().toStdString();
  pressPin(kiosk, QStringLiteral("4711"));  // the right PIN, during the wait
  EXPECT_EQ(exits.count(), 0);
  EXPECT_EQ(kiosk.pinDigitsShown(), 0);  // digits typed while waiting are not kept

  for (const int seconds : {2, 4, 8}) {
    now += kiosk.pinAttempts().waitLeft();
    pressPin(kiosk, QStringLiteral("2222"));
    EXPECT_TRUE(kiosk.pinFeedback().contains(QStringLiteral("%1 s").arg(seconds)))
        << kiosk.pinFeedback().toStdString();
  }
  EXPECT_EQ(lockOuts.count(), 0);
  now += kiosk.pinAttempts().waitLeft();

  QStringList warnings;
  static QStringList* captured = nullptr;
  captured = &warnings;
  const QtMessageHandler previous = qInstallMessageHandler(
      [](QtMsgType, const QMessageLogContext&, const QString& message) { captured->append(message); });
  pressPin(kiosk, QStringLiteral("3333"));  // the fifth wrong PIN
  qInstallMessageHandler(previous);
  EXPECT_EQ(lockOuts.count(), 1);
  EXPECT_TRUE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("locked for 5 minutes")))
      << warnings.join(QLatin1Char('\n')).toStdString();
  EXPECT_TRUE(kiosk.pinFeedback().contains(QStringLiteral("5 min"))) << kiosk.pinFeedback().toStdString();

  now += std::chrono::minutes(4);
  pressPin(kiosk, QStringLiteral("4711"));
  EXPECT_EQ(exits.count(), 0);
  EXPECT_TRUE(kiosk.pinFeedback().contains(QStringLiteral("1 min"))) << kiosk.pinFeedback().toStdString();
  now += std::chrono::minutes(1);
  pressPin(kiosk, QStringLiteral("4711"));
  EXPECT_EQ(exits.count(), 1);
}

// Before, a tour= that could not be read turned the attract loop off in silence.
TEST_F(KioskWindowTest, ATourThatCannotBeReadGivesWayToTheShippedTour) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  const QString broken = folder.filePath(QStringLiteral("broken.json"));
  QFile file(broken);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("{ this is not a tour");
  file.close();
  const QString missing = folder.filePath(QStringLiteral("missing.json"));
  for (const QString& path : {broken, missing}) {
    SCOPED_TRACE(path.toStdString());
    KioskSettings settings;
    settings.tourPath = path;
    QStringList warnings;
    static QStringList* captured = nullptr;
    captured = &warnings;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext&, const QString& message) { captured->append(message); });
    KioskWindow& kiosk = open(settings);
    qInstallMessageHandler(previous);
    EXPECT_TRUE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("plays the shipped tour")))
        << warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_GT(kiosk.player().count(), 0);
    idleFor(settings.attractAfter + std::chrono::seconds(1));
    EXPECT_TRUE(kiosk.isAttracting());
    window.reset();
  }
}

// screen=HDMI-9 where there is no such screen: the primary screen, and a line in the log.
TEST_F(KioskWindowTest, AnUnknownScreenIsReportedAndThePrimaryOneUsed) {
  EXPECT_EQ(KioskWindow::configuredScreen(QString()), QGuiApplication::primaryScreen());
  EXPECT_EQ(KioskWindow::configuredScreen(QStringLiteral("0")), QGuiApplication::primaryScreen());
  EXPECT_EQ(KioskWindow::configuredScreen(QGuiApplication::primaryScreen()->name()),
            QGuiApplication::primaryScreen());
  EXPECT_EQ(KioskWindow::configuredScreen(QStringLiteral("HDMI-9")), nullptr);
  EXPECT_EQ(KioskWindow::configuredScreen(QStringLiteral("7")), nullptr);
  KioskSettings settings;
  settings.screen = QStringLiteral("HDMI-9");
  KioskWindow& kiosk = open(settings);
  QStringList warnings;
  static QStringList* captured = nullptr;
  captured = &warnings;
  const QtMessageHandler previous = qInstallMessageHandler(
      [](QtMsgType, const QMessageLogContext&, const QString& message) { captured->append(message); });
  kiosk.showOnConfiguredScreen();
  qInstallMessageHandler(previous);
  EXPECT_TRUE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("screen=HDMI-9 is not a screen here")))
      << warnings.join(QLatin1Char('\n')).toStdString();
  EXPECT_EQ(kiosk.screen(), QGuiApplication::primaryScreen());
}

TEST_F(KioskWindowTest, AMinimisedKioskComesBackFullScreenUntilStaffLeave) {
  KioskWindow& kiosk = open();
  EXPECT_FALSE(kiosk.windowGuard().isArmed());
  kiosk.showOnConfiguredScreen();
  EXPECT_TRUE(kiosk.windowGuard().isArmed());
  const auto fullScreenAndShown = [&kiosk] {
    return kiosk.isVisible() && kiosk.windowState().testFlag(Qt::WindowFullScreen) &&
           !kiosk.windowState().testFlag(Qt::WindowMinimized);
  };
  EXPECT_TRUE(QTest::qWaitFor(fullScreenAndShown, 1000));
  kiosk.showMinimized();
  EXPECT_TRUE(QTest::qWaitFor(fullScreenAndShown, 1000));
  kiosk.hide();
  EXPECT_TRUE(QTest::qWaitFor(fullScreenAndShown, 1000));
  EXPECT_GE(kiosk.windowGuard().reassertCount(), 2);
  // Staff leave: the window closes and nothing brings it back.
  kiosk.exitKiosk();
  EXPECT_FALSE(kiosk.windowGuard().isArmed());
  EXPECT_FALSE(kiosk.isVisible());
  QTest::qWait(static_cast<int>((WindowGuard::watchdogInterval * 3).count()));
  EXPECT_FALSE(kiosk.isVisible());
}

TEST_F(KioskWindowTest, WithoutAPinThereIsNoPinPad) {
  KioskWindow& kiosk = open();
  kiosk.showPinPad();
  EXPECT_FALSE(kiosk.isPinPadVisible());
}

TEST_F(KioskWindowTest, ALongPressInTheTopLeftCornerArmsThePinPad) {
  KioskSettings settings;
  settings.exitPin = QStringLiteral("4711");
  KioskWindow& kiosk = open(settings);
  // A press in the corner starts the three-second hold; a release before it fires cancels it.
  QTest::mousePress(&kiosk, Qt::LeftButton, {}, QPoint(4, 4));
  EXPECT_TRUE(kiosk.isCornerHoldArmed());
  QTest::mouseRelease(&kiosk, Qt::LeftButton, {}, QPoint(4, 4));
  EXPECT_FALSE(kiosk.isCornerHoldArmed());
  QTest::mousePress(&kiosk, Qt::LeftButton, {}, QPoint(kiosk.width() / 2, kiosk.height() / 2));
  EXPECT_FALSE(kiosk.isCornerHoldArmed());
  QTest::mouseRelease(&kiosk, Qt::LeftButton, {}, QPoint(kiosk.width() / 2, kiosk.height() / 2));
}

// A kiosk configured with a dataset that has errors (here a folder with no layer at all) never
// shows visitors an empty or half map: it starts on the embedded dataset, whole, and the
// problems go to stderr for the staff's log.
TEST(KioskStartTest, ADatasetWithErrorsGivesWayToTheEmbeddedOne) {
  QTemporaryDir empty;
  ASSERT_TRUE(empty.isValid());
  AtlasDocument embedded;
  ASSERT_TRUE(embedded.openEmbedded());
  AtlasSession session;
  KioskSettings settings;
  settings.datasetPath = empty.path();

  const auto failure = openStartDataset(session.document, settings.datasetPath, OpenPolicy::Whole, true);

  ASSERT_TRUE(failure.has_value());
  EXPECT_TRUE(failure->refused);
  EXPECT_EQ(failure->path, empty.path());
  EXPECT_TRUE(session.document.isEmbedded());
  EXPECT_FALSE(session.document.diagnostics().hasErrors());
  ASSERT_NE(session.document.dataset(), nullptr);
  EXPECT_EQ(session.document.dataset()->events().size(), embedded.dataset()->events().size());
  EXPECT_EQ(session.document.dataset()->territories().size(), embedded.dataset()->territories().size());

  KioskWindow kiosk(session, settings);
  kiosk.resize(1280, 800);
  kiosk.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&kiosk));
  (void)kiosk.map()->grab();  // one frame drawn: the coastline and the data are there
  EXPECT_TRUE(kiosk.map()->renderer().lastCoastlineLevel().has_value());
  EXPECT_FALSE(kiosk.storyText().isEmpty());
  kiosk.exitKiosk();
}

}  // namespace
}  // namespace okhotsk::app
