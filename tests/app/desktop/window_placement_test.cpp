// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A window restored from saved settings comes back with its whole frame on the screen, even
// when the saved geometry would put its bottom (the status bar) or a side off the screen.

#include "desktop/window_placement.h"
#include "desktop/atlas_window.h"
#include "session/atlas_session.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

TEST(FrameInside, MovesAFrameBelowTheScreenUpUntilItsBottomIsOnIt) {
  const QRect available(0, 0, 1920, 1040);
  const QRect fitted = frameInside(QRect(100, 300, 800, 760), available);
  EXPECT_EQ(fitted.size(), QSize(800, 760));
  EXPECT_EQ(fitted.bottom(), available.bottom());
  EXPECT_EQ(fitted.left(), 100);
  EXPECT_TRUE(available.contains(fitted));
}

TEST(FrameInside, ShrinksAFrameLargerThanTheScreenAndKeepsItsTitleBarOn) {
  const QRect available(0, 30, 1280, 690);
  const QRect fitted = frameInside(QRect(-50, -20, 1500, 900), available);
  EXPECT_EQ(fitted, available);
}

TEST(FrameInside, LeavesAFrameOnTheScreenAlone) {
  const QRect available(0, 0, 1920, 1040);
  EXPECT_EQ(frameInside(QRect(200, 100, 800, 600), available), QRect(200, 100, 800, 600));
}

TEST(FrameInside, BringsBackAFrameLeftOnAScreenThatIsGone) {
  const QRect available(0, 0, 1920, 1040);
  const QRect fitted = frameInside(QRect(2500, 1200, 800, 600), available);
  EXPECT_TRUE(available.contains(fitted));
  EXPECT_EQ(fitted.size(), QSize(800, 600));
}

class RestoredWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QStandardPaths::setTestModeEnabled(true);  // the settings written here are not the user's
    QSettings().clear();
    ASSERT_TRUE(session.document.openEmbedded());
  }
  void TearDown() override { QSettings().clear(); }

  AtlasSession session;
};

TEST_F(RestoredWindowTest, SavedGeometryPastTheBottomComesBackWithTheStatusBarOnScreen) {
  const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
  {
    AtlasWindow first(session);
    first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
    // The saved frame ends 40 px below the screen, as after a restore that came back low.
    const QSize size(available.width() / 2, available.height() * 3 / 4);
    first.setGeometry(QRect(QPoint(available.left() + 50, available.bottom() - size.height() + 40), size));
    QApplication::processEvents();
    ASSERT_GT(first.frameGeometry().bottom(), available.bottom());
    first.saveSettings();
  }
  AtlasWindow restored(session);
  ASSERT_TRUE(restored.restoreSettings());
  restored.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&restored));
  QApplication::processEvents();
  EXPECT_TRUE(available.contains(restored.frameGeometry()))
      << "frame " << restored.frameGeometry().top() << ".." << restored.frameGeometry().bottom()
      << " on a screen " << available.top() << ".." << available.bottom();
  const QRect statusBar(restored.statusBar()->mapToGlobal(QPoint(0, 0)), restored.statusBar()->size());
  EXPECT_TRUE(available.contains(statusBar));
}

TEST_F(RestoredWindowTest, SavedGeometryTallerThanTheScreenIsShrunkToIt) {
  const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
  {
    AtlasWindow first(session);
    first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
    first.setGeometry(
        QRect(available.left() + 10, available.top() + 20, available.width() - 40, available.height() + 200));
    QApplication::processEvents();
    first.saveSettings();
  }
  AtlasWindow restored(session);
  ASSERT_TRUE(restored.restoreSettings());
  restored.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&restored));
  QApplication::processEvents();
  EXPECT_TRUE(available.contains(restored.frameGeometry()));
}

}  // namespace
}  // namespace okhotsk::app
