// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's window guard: a window that is minimised, hidden or taken out of full screen comes
// back full screen within a second while the guard is armed, and stays where it was put once it
// is disarmed. Offscreen by default; QT_QPA_PLATFORM=xcb runs the same cases under a real X
// server and window manager (README.md, "Kiosk set-up").
#include "kiosk/window_guard.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

constexpr int kWithinASecond = 1000;

class WindowGuardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    window.setWindowTitle(QStringLiteral("window guard test"));
    window.showFullScreen();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    guard.arm();
    // Nothing is wrong with a window just shown full screen (an X window manager may take a
    // moment to grant full screen and the focus: the guard helps it along).
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return guard.check() == WindowGuard::Problem::None; }, kWithinASecond));
  }

  [[nodiscard]] bool isFullScreenAndShown() const {
    return window.isVisible() && window.windowState().testFlag(Qt::WindowFullScreen) &&
           !window.windowState().testFlag(Qt::WindowMinimized);
  }

  QWidget window;
  WindowGuard guard{&window};
};

TEST_F(WindowGuardTest, AMinimisedWindowIsRestoredFullScreenWithinASecond) {
  QSignalSpy reasserted(&guard, &WindowGuard::reasserted);
  window.showMinimized();
  ASSERT_TRUE(QTest::qWaitFor([&reasserted] { return !reasserted.isEmpty(); }, kWithinASecond));
  EXPECT_EQ(reasserted.front().front().value<WindowGuard::Problem>(), WindowGuard::Problem::Minimized);
  EXPECT_TRUE(QTest::qWaitFor([this] { return isFullScreenAndShown(); }, kWithinASecond));
}

TEST_F(WindowGuardTest, AHiddenWindowIsShownAgainWithinASecond) {
  QSignalSpy reasserted(&guard, &WindowGuard::reasserted);
  window.hide();
  EXPECT_EQ(guard.check(), WindowGuard::Problem::Hidden);
  EXPECT_TRUE(QTest::qWaitFor([this] { return isFullScreenAndShown(); }, kWithinASecond));
  ASSERT_FALSE(reasserted.isEmpty());
  EXPECT_EQ(reasserted.front().front().value<WindowGuard::Problem>(), WindowGuard::Problem::Hidden);
}

TEST_F(WindowGuardTest, AWindowTakenOutOfFullScreenGoesBackWithinASecond) {
  window.showNormal();
  EXPECT_EQ(guard.check(), WindowGuard::Problem::NotFullScreen);
  EXPECT_TRUE(QTest::qWaitFor([this] { return isFullScreenAndShown(); }, kWithinASecond));
  EXPECT_GE(guard.reassertCount(), 1);
}

TEST_F(WindowGuardTest, ArmingPutsRightWhatWentWrongWhileDisarmed) {
  guard.disarm();
  window.showMaximized();
  ASSERT_TRUE(QTest::qWaitFor([this] { return !window.windowState().testFlag(Qt::WindowFullScreen); },
                              kWithinASecond));
  EXPECT_EQ(guard.reassertCount(), 0);
  guard.arm();
  EXPECT_TRUE(QTest::qWaitFor([this] { return isFullScreenAndShown(); }, kWithinASecond));
  EXPECT_GE(guard.reassertCount(), 1);
}

TEST_F(WindowGuardTest, ADisarmedGuardLetsTheWindowGo) {
  guard.disarm();
  EXPECT_FALSE(guard.isArmed());
  window.showMinimized();
  // Longer than the watchdog's interval and the settle delay together: nothing brings it back.
  QTest::qWait(static_cast<int>((WindowGuard::watchdogInterval * 3).count()));
  EXPECT_TRUE(window.windowState().testFlag(Qt::WindowMinimized));
  EXPECT_EQ(guard.reassertCount(), 0);
  window.hide();
  guard.reassert();  // disarmed: a look does nothing
  EXPECT_FALSE(window.isVisible());
}

}  // namespace
}  // namespace okhotsk::app
