// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk as a visitor meets it: the welcome band in three languages, the timeline's marks
// under a finger, the legend button, the warning time from the settings, and the anonymous
// counts of use written to the museum's CSV.
#include "kiosk/kiosk_window.h"

#include "map/widget/map_widget.h"
#include "session/atlas_session.h"
#include "timeline/timeline_widget.h"

#include "okhotsk/dataset.h"
#include "okhotsk/projection.h"

#include "kiosk_fixture.h"

#include <QDate>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

QPushButton* button(const KioskWindow& kiosk, const char* name) {
  return kiosk.findChild<QPushButton*>(QString::fromLatin1(name));
}

// The welcome band greets a visitor in English, Japanese and Russian at once, each line in its
// own language whatever the interface is in, and stays so when the interface changes.
TEST_F(KioskWindowTest, TheWelcomeSaysTouchToStartInThreeLanguagesAtOnce) {
  KioskWindow& kiosk = open();
  EXPECT_TRUE(kiosk.isWelcomeShown());
  const QStringList texts = kiosk.welcomeTexts();
  ASSERT_EQ(texts.size(), 3);
  EXPECT_EQ(texts[0], QStringLiteral("Touch here to start\nEnglish"));
  // Japanese and Russian lines are translations, not the English, and in their own scripts.
  EXPECT_FALSE(texts[1].startsWith(QStringLiteral("Touch")));
  EXPECT_TRUE(texts[1].endsWith(QStringLiteral("日本語")));
  EXPECT_TRUE(std::any_of(texts[1].begin(), texts[1].end(), [](QChar c) {
    return c.unicode() >= 0x3040 && c.unicode() <= 0x30FF;
  })) << texts[1].toStdString();
  EXPECT_FALSE(texts[2].startsWith(QStringLiteral("Touch")));
  EXPECT_TRUE(texts[2].endsWith(QStringLiteral("Русский")));
  EXPECT_TRUE(std::any_of(texts[2].begin(), texts[2].end(), [](QChar c) {
    return c.unicode() >= 0x0410 && c.unicode() <= 0x044F;
  })) << texts[2].toStdString();
  session.settings.setLanguage(Language::Russian);
  QApplication::processEvents();
  EXPECT_EQ(kiosk.welcomeTexts(), texts);
  for (const char* name : {"welcome_en", "welcome_ja", "welcome_ru"}) {
    QPushButton* welcome = button(kiosk, name);
    ASSERT_NE(welcome, nullptr) << name;
    EXPECT_TRUE(welcome->isVisible()) << name;
    EXPECT_GE(welcome->height(), kiosk.touchTargetSize()) << name;
  }
}

// Touching a language on the welcome band starts in that language; the band goes.
TEST_F(KioskWindowTest, TouchingALanguageOnTheWelcomeStartsInIt) {
  KioskWindow& kiosk = open();
  QTest::mouseClick(button(kiosk, "welcome_ja"), Qt::LeftButton);
  QApplication::processEvents();
  EXPECT_EQ(session.settings.language(), Language::Japanese);
  EXPECT_FALSE(kiosk.isWelcomeShown());
  EXPECT_TRUE(button(kiosk, "language_ja")->isChecked());
}

// Touching anything else starts in the language the kiosk is in; the idle reset, "start over"
// and the attract loop bring the band back.
TEST_F(KioskWindowTest, AnyTouchStartsAndTheWelcomeComesBackWithEveryNewStart) {
  KioskSettings settings;
  settings.attractAfter = 90s;
  settings.resetAfter = 0s;
  KioskWindow& kiosk = open(settings);
  tap(kiosk.map(), QPoint(kiosk.map()->width() / 2, kiosk.map()->height() / 2));
  EXPECT_FALSE(kiosk.isWelcomeShown());
  EXPECT_EQ(session.settings.language(), Language::English);
  QTest::mouseClick(button(kiosk, "startOver"), Qt::LeftButton);
  QApplication::processEvents();
  // The press on "start over" was the old visitor's last; the band waits for the next one.
  EXPECT_TRUE(kiosk.isWelcomeShown());
  QTest::keyClick(&kiosk, Qt::Key_Space);
  QApplication::processEvents();
  EXPECT_FALSE(kiosk.isWelcomeShown());
  idleFor(90s);
  ASSERT_TRUE(kiosk.isAttracting());
  EXPECT_TRUE(kiosk.isWelcomeShown());
}

// The legend can be hidden with a touch-sized button, and comes back for the next visitor.
TEST_F(KioskWindowTest, TheLegendButtonHidesTheLegendUntilTheNextStart) {
  KioskWindow& kiosk = open();
  QPushButton* legend = button(kiosk, "legend");
  ASSERT_NE(legend, nullptr);
  EXPECT_GE(legend->minimumHeight(), kiosk.touchTargetSize());
  EXPECT_TRUE(kiosk.map()->legendVisible());
  EXPECT_TRUE(legend->isChecked());
  QTest::mouseClick(legend, Qt::LeftButton);
  EXPECT_FALSE(kiosk.map()->legendVisible());
  EXPECT_FALSE(legend->isChecked());
  session.settings.setLanguage(Language::Japanese);
  EXPECT_EQ(legend->text(), kioskPhrase(KioskPhrase::Legend));
  kiosk.resetToStart();
  EXPECT_TRUE(kiosk.map()->legendVisible());
  EXPECT_TRUE(legend->isChecked());
}

// The timeline's marks are sized for a finger: drawn at a third of the touch target and hit
// from half of it away; a touched mark opens its event's story.
TEST_F(KioskWindowTest, TouchingATimelineMarkOpensItsStory) {
  KioskWindow& kiosk = open();
  TimelineWidget* timeline = kiosk.timeline();
  ASSERT_NE(timeline, nullptr);
  EXPECT_EQ(timeline->touchTargetSize(), kiosk.touchTargetSize());
  EXPECT_GE(timeline->timelineLayout().markSize, kiosk.touchTargetSize() / 3.0 - 0.01);
  // Zoomed in on the 1850s, where the dots lie apart.
  session.controller.setVisibleRange({firstDay("1853-01-01"), firstDay("1860-12-31")});
  (void)timeline->grab();  // draws the marks
  const Dataset& dataset = *session.document.dataset();
  // A dot with no other mark within the touch target, so that the finger can mean only it.
  const EventMark* lone = nullptr;
  for (const EventMark& mark : timeline->eventMarks()) {
    if (!mark.pointLike()) continue;
    const bool alone = std::none_of(
        timeline->eventMarks().begin(), timeline->eventMarks().end(), [&](const EventMark& other) {
          return &other != &mark && std::abs(other.rect.center().x() - mark.rect.center().x()) <
                                        kiosk.touchTargetSize() + other.rect.width() / 2;
        });
    if (alone) {
      lone = &mark;
      break;
    }
  }
  ASSERT_NE(lone, nullptr);
  const Event& event = dataset.events()[lone->eventIndex];
  QSignalSpy activated(timeline, &TimelineWidget::eventActivated);
  // A finger lands beside the dot, not on it: still within half the touch target.
  const QPoint finger = lone->rect.center().toPoint() + QPoint(kiosk.touchTargetSize() / 2 - 2, 0);
  QTest::mouseClick(timeline, Qt::LeftButton, {}, finger);
  ASSERT_EQ(activated.count(), 1);
  EXPECT_EQ(activated.front().front().toString(), QString::fromStdString(event.id));
  EXPECT_EQ(session.selection.eventId(), QString::fromStdString(event.id));
  EXPECT_TRUE(kiosk.storyText().startsWith(QString::fromStdString(event.title.en)))
      << kiosk.storyText().toStdString();
}

TEST_F(KioskWindowTest, TheWarningTimeComesFromTheSettings) {
  KioskSettings settings;
  settings.attractAfter = 0s;
  settings.resetAfter = 180s;
  settings.warnBefore = 45s;
  KioskWindow& kiosk = open(settings);
  EXPECT_EQ(kiosk.idleMonitor().warnBefore(), 45s);
  idleFor(134s);
  EXPECT_TRUE(kiosk.stillThereText().isEmpty());
  idleFor(1s);
  EXPECT_TRUE(kiosk.stillThereText().contains(QStringLiteral("45"))) << kiosk.stillThereText().toStdString();
}

// What a museum reads the next morning: one row for the day, with the sessions, the languages
// they used, the stories opened and the attract loops; nothing else.
TEST_F(KioskWindowTest, TheKioskCountsItsUseInTheMuseumsCsv) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  KioskSettings settings;
  settings.attractAfter = 90s;
  settings.resetAfter = 0s;
  settings.usageLog = folder.filePath(QStringLiteral("logs/usage.csv"));
  const QDate before = QDate::currentDate();
  {
    KioskWindow& kiosk = open(settings);
    // A visitor starts in Japanese, opens two stories, switches to Russian and leaves.
    QTest::mouseClick(button(kiosk, "welcome_ja"), Qt::LeftButton);
    QApplication::processEvents();
    QTest::mouseClick(button(kiosk, "nextEvent"), Qt::LeftButton);
    session.selection.selectTerritory(QStringLiteral("shikotan"));
    QTest::mouseClick(button(kiosk, "language_ru"), Qt::LeftButton);
    QTest::mouseClick(button(kiosk, "language_ja"), Qt::LeftButton);  // Japanese again: counted once
    idleFor(90s);  // the attract loop: the visitor has gone
    ASSERT_TRUE(kiosk.isAttracting());
    // A second visitor with a keyboard; "start over" ends their session.
    QTest::keyClick(&kiosk, Qt::Key_Space);
    QApplication::processEvents();
    QTest::mouseClick(button(kiosk, "startOver"), Qt::LeftButton);
    QApplication::processEvents();
    ASSERT_TRUE(kiosk.isWelcomeShown());
    // A third touches Shikotan on the map: that first touch is a session and a story.
    const Territory* shikotan = session.document.dataset()->territory("shikotan");
    ASSERT_NE(shikotan, nullptr);
    const auto onMap = Projector(MapProjection::Region).forward(shikotan->labelPoint);
    ASSERT_TRUE(onMap.has_value());
    const QPoint at = kiosk.map()->viewport().toScreen(*onMap).toPoint();
    tap(kiosk.map(), at);
    QApplication::processEvents();
    EXPECT_FALSE(kiosk.isWelcomeShown());
    EXPECT_TRUE(!session.selection.territoryId().isEmpty() || !session.selection.eventId().isEmpty());
    window.reset();  // the kiosk ends: what is counted is saved
  }
  const QDate after = QDate::currentDate();
  QFile file(settings.usageLog);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('|')).toStdString();
  EXPECT_EQ(lines[0], QLatin1String(UsageLog::kHeader));
  // date, sessions, english, japanese, russian, stories, attract loops
  const QString counts = QStringLiteral(",3,2,1,1,3,1");
  EXPECT_TRUE(lines[1] == before.toString(Qt::ISODate) + counts ||
              lines[1] == after.toString(Qt::ISODate) + counts)
      << lines[1].toStdString();
}

TEST_F(KioskWindowTest, AKioskWithoutAUsageLogWritesNothing) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  KioskWindow& kiosk = open();  // KioskSettings{}: no usage log
  QTest::mouseClick(button(kiosk, "welcome_en"), Qt::LeftButton);
  QApplication::processEvents();
  EXPECT_FALSE(kiosk.usageLog().isRecording());
  EXPECT_TRUE(kiosk.usageLog().days().empty());
}

}  // namespace
}  // namespace okhotsk::app
