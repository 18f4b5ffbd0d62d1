// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk tests' fixture: a kiosk on the embedded dataset, shown at 1280×800, its idle
// monitor on an injected clock, with touch helpers.
#pragma once

#include "kiosk/kiosk_window.h"

#include "session/atlas_session.h"

#include "okhotsk/edtf.h"

#include <QApplication>
#include <QPointingDevice>
#include <QTest>
#include <QWindow>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

namespace okhotsk::app {

inline DayNumber firstDay(const char* edtf) {
  return Edtf::parse(edtf)->earliest();
}

class KioskWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(session.document.openEmbedded());
    session.document.waitForCoastlines();
  }

  // Builds the kiosk with `settings`, shown at 1280×800, its idle monitor on the fake clock.
  KioskWindow& open(KioskSettings settings = {}) {
    window = std::make_unique<KioskWindow>(session, std::move(settings));
    window->idleMonitor().stop();  // the test polls
    window->idleMonitor().setClock([this] { return now; });
    window->resize(1280, 800);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return *window;
  }

  void idleFor(std::chrono::milliseconds duration) {
    now += duration;
    window->idleMonitor().poll();
  }

  // Touches go to the window in its own coordinates: the widget overload of QTest::touchEvent
  // maps through global positions, which the offscreen platform does not place on a window.
  static QPoint inWindow(QWidget* widget, QPoint position) {
    return widget->mapTo(widget->window(), position);
  }

  // A touch tap (press and release of one finger) at `position` in `widget`.
  void tap(QWidget* widget, QPoint position) {
    QWindow* target = widget->window()->windowHandle();
    QTest::touchEvent(target, touchscreen).press(0, inWindow(widget, position), target);
    QTest::touchEvent(target, touchscreen).release(0, inWindow(widget, position), target);
    QApplication::processEvents();
  }

  // One finger pressed at the first point, moved through the others, lifted at the last.
  void touchDrag(QWidget* widget, const QList<QPoint>& points) {
    QWindow* target = widget->window()->windowHandle();
    QTest::touchEvent(target, touchscreen).press(0, inWindow(widget, points.front()), target);
    for (qsizetype i = 1; i < points.size(); ++i)
      QTest::touchEvent(target, touchscreen).move(0, inWindow(widget, points[i]), target);
    QTest::touchEvent(target, touchscreen).release(0, inWindow(widget, points.back()), target);
    QApplication::processEvents();
  }

  AtlasSession session;
  std::unique_ptr<KioskWindow> window;
  std::chrono::milliseconds now{1'000'000};
  QPointingDevice* touchscreen = QTest::createTouchDevice();
};

}  // namespace okhotsk::app
