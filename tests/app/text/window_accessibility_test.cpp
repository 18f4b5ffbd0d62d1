// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers: every control a user can reach with the keyboard in the desktop, lecture and
// kiosk windows has an accessible name, and the map has a text equivalent that follows the date.
#include "desktop/atlas_window.h"
#include "kiosk/kiosk_window.h"
#include "lecture/presentation_window.h"
#include "map/widget/map_widget.h"
#include "session/atlas_session.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>

namespace okhotsk::app {
namespace {

struct WindowCase {
  const char* name;
  std::function<std::unique_ptr<QWidget>(AtlasSession&)> make;
};

void PrintTo(const WindowCase& windowCase, std::ostream* out) {
  *out << windowCase.name;
}

QString accessibleName(QWidget& widget) {
  QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&widget);
  return accessible != nullptr ? accessible->text(QAccessible::Name).trimmed() : QString();
}

class WindowAccessibilityTest : public ::testing::TestWithParam<WindowCase> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(session.document.openEmbedded());
    session.document.waitForCoastlines();
    window = GetParam().make(session);
    window->resize(1920, 1080);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
  }

  AtlasSession session;
  std::unique_ptr<QWidget> window;
};

TEST_P(WindowAccessibilityTest, EveryFocusableControlHasAnAccessibleName) {
  QStringList unnamed;
  for (QWidget* widget : window->findChildren<QWidget*>()) {
    if (!widget->isVisible() || !widget->isEnabled() || widget->focusPolicy() == Qt::NoFocus) continue;
    if (widget->focusProxy() != nullptr) continue;  // reached through its proxy
    if (accessibleName(*widget).isEmpty())
      unnamed << QString::fromUtf8(widget->metaObject()->className()) + QLatin1Char('#') +
                     widget->objectName();
  }
  EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
}

TEST_P(WindowAccessibilityTest, TheMapDescribesEachTerritoryAndFollowsTheDate) {
  auto* map = window->findChild<MapWidget*>();
  ASSERT_NE(map, nullptr);
  QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(map);
  ASSERT_NE(accessible, nullptr);
  EXPECT_FALSE(accessible->text(QAccessible::Name).isEmpty());
  session.controller.jumpTo(QStringLiteral("1945-08-01"));
  QApplication::processEvents();
  const QString before = accessible->text(QAccessible::Description);
  session.controller.jumpTo(QStringLiteral("1956-10-19"));
  QApplication::processEvents();
  const QString after = accessible->text(QAccessible::Description);
  EXPECT_TRUE(before.contains(QStringLiteral("administered by Japan"))) << before.toStdString();
  EXPECT_TRUE(after.contains(QStringLiteral("claimed by Japan"))) << after.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Windows, WindowAccessibilityTest,
                         ::testing::Values(WindowCase{"desktop",
                                                      [](AtlasSession& s) -> std::unique_ptr<QWidget> {
                                                        return std::make_unique<AtlasWindow>(s);
                                                      }},
                                           WindowCase{"lecture",
                                                      [](AtlasSession& s) -> std::unique_ptr<QWidget> {
                                                        return std::make_unique<PresentationWindow>(s);
                                                      }},
                                           WindowCase{"kiosk",
                                                      [](AtlasSession& s) -> std::unique_ptr<QWidget> {
                                                        return std::make_unique<KioskWindow>(s,
                                                                                             KioskSettings{});
                                                      }}),
                         [](const auto& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace okhotsk::app
