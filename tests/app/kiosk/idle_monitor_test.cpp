// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's idle monitor: a fake clock (a variable the test moves forward) replaces the
// steady clock and the tests call poll() themselves, so nothing here sleeps or waits for the
// once-a-second timer. Input arrives as real Qt events through the event filter.
#include "kiosk/idle_monitor.h"

#include <QApplication>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>
#include <QWheelEvent>
#include <QWidget>

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

namespace okhotsk::app {
namespace {

using namespace std::chrono_literals;

// Records every event it is given, to show that the monitor's filter lets input through.
class RecordingWidget : public QWidget {
 public:
  RecordingWidget() {
    setAttribute(Qt::WA_AcceptTouchEvents);
    // Like the map, which shows what is under the pointer: moves without a button then
    // reach the widget at all (QApplication drops them otherwise).
    setMouseTracking(true);
    resize(200, 150);
  }

  [[nodiscard]] int count(QEvent::Type type) const {
    int n = 0;
    for (const QEvent::Type received : m_received)
      if (received == type) ++n;
    return n;
  }

 protected:
  bool event(QEvent* event) override {
    m_received.push_back(event->type());
    // Touch is accepted so that the whole sequence (begin, update, end) is delivered here.
    if (event->type() == QEvent::TouchBegin || event->type() == QEvent::TouchUpdate ||
        event->type() == QEvent::TouchEnd) {
      event->accept();
      return true;
    }
    return QWidget::event(event);
  }

 private:
  std::vector<QEvent::Type> m_received;
};

class IdleMonitorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    monitor.setClock([this] { return now; });
    monitor.setAttractAfter(90s);
    monitor.setResetAfter(180s);
    monitor.watch(&widget);
  }

  // Moves the fake clock to `t` after the start of the idle period and polls.
  void pollAt(std::chrono::milliseconds t) {
    now = start + t;
    monitor.poll();
  }

  // Lets the clock run past both thresholds so that attractDue() and resetDue() have fired.
  void goIdle() {
    pollAt(90s);
    pollAt(180s);
    ASSERT_EQ(attractSpy.count(), 1);
    ASSERT_EQ(resetSpy.count(), 1);
  }

  // A real mouse move: QTest::mouseMove would move the cursor, not send this exact event.
  void sendMouseMove(Qt::MouseButtons buttons) {
    const QPointF position(50, 40);
    QMouseEvent move(QEvent::MouseMove, position, widget.mapToGlobal(position), Qt::NoButton, buttons,
                     Qt::NoModifier);
    QApplication::sendEvent(&widget, &move);
  }

  static constexpr std::chrono::milliseconds start{1'000'000};
  std::chrono::milliseconds now{start};
  RecordingWidget widget;
  IdleMonitor monitor;
  QSignalSpy attractSpy{&monitor, &IdleMonitor::attractDue};
  QSignalSpy resetSpy{&monitor, &IdleMonitor::resetDue};
  QSignalSpy resumedSpy{&monitor, &IdleMonitor::activityResumed};
};

TEST(IdleMonitorDefaults, ThresholdsAreNinetyAndOneHundredEightySecondsOnASteadyClock) {
  IdleMonitor monitor;
  EXPECT_EQ(monitor.attractAfter(), 90s);
  EXPECT_EQ(monitor.resetAfter(), 180s);
  EXPECT_FALSE(monitor.isAttracting());
  // The real clock has just started the idle period: well under a threshold, never negative.
  EXPECT_GE(monitor.idleFor(), 0ms);
  EXPECT_LT(monitor.idleFor(), 60s);
}

TEST_F(IdleMonitorTest, NothingFiresBeforeTheAttractThreshold) {
  pollAt(0ms);
  pollAt(89'999ms);
  EXPECT_EQ(monitor.idleFor(), 89'999ms);
  EXPECT_EQ(attractSpy.count(), 0);
  EXPECT_EQ(resetSpy.count(), 0);
  EXPECT_FALSE(monitor.isAttracting());
}

TEST_F(IdleMonitorTest, AttractFiresOnceAtItsThresholdAndResetLater) {
  pollAt(90s);
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(resetSpy.count(), 0);
  EXPECT_TRUE(monitor.isAttracting());

  // Further polls in the same idle period do not repeat it.
  pollAt(90s);
  pollAt(120s);
  pollAt(179'999ms);
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(resetSpy.count(), 0);

  pollAt(180s);
  EXPECT_EQ(resetSpy.count(), 1);
  pollAt(181s);
  pollAt(10'000s);
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(resetSpy.count(), 1);
  EXPECT_EQ(resumedSpy.count(), 0);
}

TEST_F(IdleMonitorTest, BothThresholdsFireInOnePollAfterALongGap) {
  // A kiosk waking from suspend: one poll sees both thresholds passed.
  pollAt(1'000s);
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(resetSpy.count(), 1);
}

TEST_F(IdleMonitorTest, FirstInputAfterwardsResumesOnceAndStartsANewIdlePeriod) {
  goIdle();
  now += 5s;
  QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_FALSE(monitor.isAttracting());
  EXPECT_EQ(monitor.idleFor(), 0ms);

  // More input in the active period is not another resumption.
  QTest::keyClick(&widget, Qt::Key_A);
  EXPECT_EQ(resumedSpy.count(), 1);

  // The new idle period fires each threshold once more, counted from the last input.
  const std::chrono::milliseconds lastInput = now;
  now = lastInput + 89s;
  monitor.poll();
  EXPECT_EQ(attractSpy.count(), 1);
  now = lastInput + 90s;
  monitor.poll();
  EXPECT_EQ(attractSpy.count(), 2);
  now = lastInput + 180s;
  monitor.poll();
  EXPECT_EQ(resetSpy.count(), 2);
}

TEST_F(IdleMonitorTest, InputBeforeAnyThresholdIsNotAResumption) {
  pollAt(60s);
  QTest::keyClick(&widget, Qt::Key_Space);
  EXPECT_EQ(resumedSpy.count(), 0);
  // The idle period restarted at 60 s, so 90 s after the start is only 30 s idle.
  pollAt(90s);
  EXPECT_EQ(attractSpy.count(), 0);
  pollAt(150s);
  EXPECT_EQ(attractSpy.count(), 1);
}

TEST_F(IdleMonitorTest, ResumesAfterAttractAloneToo) {
  pollAt(100s);
  ASSERT_EQ(attractSpy.count(), 1);
  ASSERT_EQ(resetSpy.count(), 0);
  monitor.noteActivity();
  EXPECT_EQ(resumedSpy.count(), 1);
  // The reset of the abandoned idle period never comes.
  pollAt(180s);
  EXPECT_EQ(resetSpy.count(), 0);
}

TEST_F(IdleMonitorTest, ZeroThresholdsAreOff) {
  monitor.setAttractAfter(0s);
  monitor.setResetAfter(0s);
  pollAt(0ms);
  pollAt(1s);
  pollAt(100'000s);
  EXPECT_EQ(attractSpy.count(), 0);
  EXPECT_EQ(resetSpy.count(), 0);
  EXPECT_FALSE(monitor.isAttracting());
}

TEST_F(IdleMonitorTest, OneThresholdOffLeavesTheOtherWorking) {
  monitor.setAttractAfter(0s);
  monitor.setResetAfter(60s);
  pollAt(60s);
  EXPECT_EQ(attractSpy.count(), 0);
  EXPECT_EQ(resetSpy.count(), 1);
  QTest::mouseClick(&widget, Qt::LeftButton);
  EXPECT_EQ(resumedSpy.count(), 1);
}

TEST_F(IdleMonitorTest, NegativeThresholdsAreStoredAsOff) {
  monitor.setAttractAfter(-5s);
  monitor.setResetAfter(-1s);
  EXPECT_EQ(monitor.attractAfter(), 0s);
  EXPECT_EQ(monitor.resetAfter(), 0s);
  pollAt(1'000s);
  EXPECT_EQ(attractSpy.count(), 0);
  EXPECT_EQ(resetSpy.count(), 0);
}

TEST_F(IdleMonitorTest, ChangedThresholdsTakeEffectAtTheNextPoll) {
  pollAt(60s);
  monitor.setAttractAfter(30s);
  monitor.setResetAfter(45s);
  EXPECT_EQ(monitor.attractAfter(), 30s);
  EXPECT_EQ(attractSpy.count(), 0);
  EXPECT_EQ(resetSpy.count(), 0);
  monitor.poll();
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(resetSpy.count(), 1);
}

TEST_F(IdleMonitorTest, SetClockRestartsTheIdlePeriodWithoutResuming) {
  goIdle();
  std::chrono::milliseconds other{5s};
  monitor.setClock([&other] { return other; });
  EXPECT_EQ(monitor.idleFor(), 0ms);
  EXPECT_FALSE(monitor.isAttracting());
  EXPECT_EQ(resumedSpy.count(), 0);

  other += 90s;
  monitor.poll();
  EXPECT_EQ(attractSpy.count(), 2);
}

TEST_F(IdleMonitorTest, AClockGoingBackwardsIsNoIdleTime) {
  now = start - 10s;
  EXPECT_EQ(monitor.idleFor(), 0ms);
  monitor.poll();
  EXPECT_EQ(attractSpy.count(), 0);
}

TEST_F(IdleMonitorTest, ASlotThatNotesActivityOnAttractStopsTheResetOfThatPoll) {
  // attractDue() handled by something that counts as input (say, the attract loop asking for
  // a fresh period): the reset, due in the same poll, no longer is.
  QObject::connect(&monitor, &IdleMonitor::attractDue, &monitor, &IdleMonitor::noteActivity);
  pollAt(500s);
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(resetSpy.count(), 0);
  EXPECT_EQ(resumedSpy.count(), 1);
}

TEST_F(IdleMonitorTest, MouseClickIsInputAndReachesTheWidget) {
  goIdle();
  QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(30, 30));
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::MouseButtonPress), 1);
  EXPECT_EQ(widget.count(QEvent::MouseButtonRelease), 1);
}

TEST_F(IdleMonitorTest, DoubleClickIsInput) {
  goIdle();
  QTest::mouseDClick(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(30, 30));
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::MouseButtonDblClick), 1);
}

TEST_F(IdleMonitorTest, KeyPressIsInputAndReachesTheWidget) {
  goIdle();
  QTest::keyClick(&widget, Qt::Key_Right);
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::KeyPress), 1);
}

TEST_F(IdleMonitorTest, WheelIsInputAndReachesTheWidget) {
  goIdle();
  const QPointF position(40, 40);
  QWheelEvent wheel(position, widget.mapToGlobal(position), QPoint(), QPoint(0, 120), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(&widget, &wheel);
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::Wheel), 1);
}

TEST_F(IdleMonitorTest, TouchIsInputAndReachesTheWidget) {
  widget.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
  QPointingDevice* touchScreen = QTest::createTouchDevice();
  goIdle();

  QTest::touchEvent(&widget, touchScreen).press(0, QPoint(20, 20));
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::TouchBegin), 1);
  EXPECT_EQ(monitor.idleFor(), 0ms);

  // Dragging a finger keeps the kiosk awake: each update restarts the idle period.
  now += 60s;
  QTest::touchEvent(&widget, touchScreen).move(0, QPoint(60, 40));
  EXPECT_EQ(monitor.idleFor(), 0ms);
  EXPECT_EQ(widget.count(QEvent::TouchUpdate), 1);
  now += 60s;
  QTest::touchEvent(&widget, touchScreen).release(0, QPoint(60, 40));
  EXPECT_EQ(monitor.idleFor(), 0ms);
  EXPECT_EQ(widget.count(QEvent::TouchEnd), 1);
  EXPECT_EQ(resumedSpy.count(), 1);
}

TEST_F(IdleMonitorTest, TabletPressAndNativeGestureAreInput) {
  goIdle();
  const QPointF position(30, 30);
  QTabletEvent pen(QEvent::TabletPress, QPointingDevice::primaryPointingDevice(), position,
                   widget.mapToGlobal(position), 0.5, 0.0F, 0.0F, 0.0F, 0.0, 0.0F, Qt::NoModifier,
                   Qt::LeftButton, Qt::LeftButton);
  QApplication::sendEvent(&widget, &pen);
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::TabletPress), 1);

  pollAt(1'000s);
  ASSERT_TRUE(monitor.isAttracting());
  QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, position,
                            position, widget.mapToGlobal(position), 0.1, QPointF());
  QApplication::sendEvent(&widget, &pinch);
  EXPECT_EQ(resumedSpy.count(), 2);
  EXPECT_EQ(widget.count(QEvent::NativeGesture), 1);
}

TEST_F(IdleMonitorTest, MouseMoveWithoutAButtonIsNotInput) {
  pollAt(60s);
  sendMouseMove(Qt::NoButton);
  EXPECT_EQ(widget.count(QEvent::MouseMove), 1);
  EXPECT_EQ(monitor.idleFor(), 60s);
  pollAt(90s);
  EXPECT_EQ(attractSpy.count(), 1);

  sendMouseMove(Qt::NoButton);
  EXPECT_EQ(resumedSpy.count(), 0);
  EXPECT_TRUE(monitor.isAttracting());
}

TEST_F(IdleMonitorTest, DraggingWithAButtonHeldIsInput) {
  goIdle();
  sendMouseMove(Qt::LeftButton);
  EXPECT_EQ(resumedSpy.count(), 1);
  EXPECT_EQ(widget.count(QEvent::MouseMove), 1);
  EXPECT_EQ(monitor.idleFor(), 0ms);
}

TEST_F(IdleMonitorTest, OtherEventsAreNotInput) {
  goIdle();
  QEvent enter(QEvent::Enter);
  QApplication::sendEvent(&widget, &enter);
  QEvent hover(QEvent::HoverMove);
  QApplication::sendEvent(&widget, &hover);
  QTest::keyRelease(&widget, Qt::Key_A);
  EXPECT_EQ(resumedSpy.count(), 0);
  EXPECT_TRUE(monitor.isAttracting());
}

TEST_F(IdleMonitorTest, WatchingTheApplicationSeesInputToAnyWidget) {
  // Real use: the filter sits on the QApplication and sees input to every window.
  IdleMonitor applicationMonitor;
  std::chrono::milliseconds clock{0ms};
  applicationMonitor.setClock([&clock] { return clock; });
  applicationMonitor.watch(QApplication::instance());
  QSignalSpy resumed(&applicationMonitor, &IdleMonitor::activityResumed);
  clock = 200s;
  applicationMonitor.poll();
  ASSERT_TRUE(applicationMonitor.isAttracting());

  QWidget other;
  QTest::mouseClick(&other, Qt::LeftButton);
  EXPECT_EQ(resumed.count(), 1);
  EXPECT_FALSE(applicationMonitor.isAttracting());
}

TEST_F(IdleMonitorTest, NoInputIsSeenBeforeWatchOrFromAnotherObject) {
  IdleMonitor unwatched;
  std::chrono::milliseconds clock{0ms};
  unwatched.setClock([&clock] { return clock; });
  clock = 30s;
  QTest::mouseClick(&widget, Qt::LeftButton);
  EXPECT_EQ(unwatched.idleFor(), 30s);
  unwatched.watch(nullptr);  // harmless
  EXPECT_EQ(unwatched.idleFor(), 30s);
}

// The warning comes warnBefore() ahead of the first threshold that is on, once per idle
// period, with the time left; input after it withdraws it and starts a new period.
TEST_F(IdleMonitorTest, TheWarningComesAheadOfTheFirstThresholdAndInputWithdrawsIt) {
  QSignalSpy warningSpy(&monitor, &IdleMonitor::warningDue);
  QSignalSpy withdrawnSpy(&monitor, &IdleMonitor::warningWithdrawn);
  monitor.setWarnBefore(20s);
  EXPECT_EQ(monitor.warningAt(), 70s);
  pollAt(69s);
  EXPECT_EQ(warningSpy.count(), 0);
  pollAt(70s);
  ASSERT_EQ(warningSpy.count(), 1);
  EXPECT_EQ(warningSpy.at(0).at(0).value<std::chrono::seconds>(), 20s);
  pollAt(75s);
  EXPECT_EQ(warningSpy.count(), 1);
  monitor.noteActivity();
  EXPECT_EQ(withdrawnSpy.count(), 1);
  EXPECT_EQ(resumedSpy.count(), 0);
  EXPECT_EQ(attractSpy.count(), 0);
  // A new idle period: the warning comes again 70 s after the input, then the attract loop.
  now += 70s;
  monitor.poll();
  EXPECT_EQ(warningSpy.count(), 2);
  now += 20s;
  monitor.poll();
  EXPECT_EQ(attractSpy.count(), 1);
  EXPECT_EQ(withdrawnSpy.count(), 1);
}

// Only the reset on: the warning is ahead of it. Short thresholds get it a third of the way
// before; no threshold or no warnBefore, no warning.
TEST_F(IdleMonitorTest, TheWarningFollowsWhicheverThresholdIsOn) {
  monitor.setWarnBefore(20s);
  monitor.setAttractAfter(0s);
  EXPECT_EQ(monitor.warningAt(), 160s);
  monitor.setResetAfter(30s);
  EXPECT_EQ(monitor.warningAt(), 20s);
  monitor.setResetAfter(0s);
  EXPECT_EQ(monitor.warningAt(), 0s);
  monitor.setResetAfter(180s);
  monitor.setWarnBefore(0s);
  EXPECT_EQ(monitor.warningAt(), 0s);
}

}  // namespace
}  // namespace okhotsk::app
