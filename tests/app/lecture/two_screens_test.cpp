// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A lecture with two screens (the offscreen platform's screens from two_screens.json, set by
// tests/app/CMakeLists.txt): the audience's window on the projector, the presenter view on
// the lecturer's screen, and the clicker working in either.
#include "lecture/presentation_window.h"
#include "lecture/presenter_view.h"
#include "session/atlas_session.h"
#include "session/tour.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace okhotsk::app {
namespace {

class TwoScreensTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(QGuiApplication::screens().size(), 2) << "two_screens.json was not read";
    ASSERT_EQ(QGuiApplication::primaryScreen()->name(), QStringLiteral("laptop"));
    ASSERT_TRUE(session.document.openEmbedded());
    window = std::make_unique<PresentationWindow>(session);
    window->setTransitionMs(0);
    ASSERT_TRUE(window->openTour(findDefaultTour()));
  }

  [[nodiscard]] static QScreen* screenNamed(const QString& name) {
    for (QScreen* screen : QGuiApplication::screens())
      if (screen->name() == name) return screen;
    return nullptr;
  }

  // The screen that holds the middle of the window.
  [[nodiscard]] static QScreen* screenOf(const QWidget& widget) {
    return QGuiApplication::screenAt(widget.frameGeometry().center());
  }

  AtlasSession session;
  std::unique_ptr<PresentationWindow> window;
};

TEST_F(TwoScreensTest, TheAudienceGetsTheProjectorAndThePresenterTheLaptop) {
  window->placeOnScreens();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window->presenter()));
  EXPECT_EQ(screenOf(*window), screenNamed(QStringLiteral("projector")));
  EXPECT_TRUE(window->isFullScreen());
  EXPECT_EQ(window->geometry(), screenNamed(QStringLiteral("projector"))->geometry());
  EXPECT_EQ(screenOf(*window->presenter()), screenNamed(QStringLiteral("laptop")));
  EXPECT_TRUE(window->presenter()->isVisible());

  // S swaps them, for a computer that calls the projector its primary screen.
  QTest::keyClick(window->presenter(), Qt::Key_S);
  QApplication::processEvents();
  EXPECT_EQ(screenOf(*window), screenNamed(QStringLiteral("laptop")));
  EXPECT_EQ(screenOf(*window->presenter()), screenNamed(QStringLiteral("projector")));
}

TEST_F(TwoScreensTest, TheClickerStepsFromEitherScreen) {
  window->placeOnScreens();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(window->presenter()));
  QTest::keyClick(window->presenter(), Qt::Key_PageDown);
  QApplication::processEvents();
  EXPECT_EQ(window->player().currentIndex(), 1);
  QTest::keyClick(window.get(), Qt::Key_PageDown);
  QApplication::processEvents();
  EXPECT_EQ(window->player().currentIndex(), 2);
  EXPECT_EQ(window->notesText(), window->player().currentStop()->notes.en);
}

}  // namespace
}  // namespace okhotsk::app
