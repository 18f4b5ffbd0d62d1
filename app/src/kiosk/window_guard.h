// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QWindow;

namespace okhotsk::app {

/// Keeps the kiosk's window in front when it runs under an ordinary X window manager, which
/// may hide it (show desktop), minimise it, unmap it, switch to another desktop or give the
/// focus to something else. The supported set-up (cage, see packaging/systemd) has no such
/// manager; this is the safety net for the others.
///
/// While armed it watches the window's visibility, state, activation and exposure and the
/// application's state, and a watchdog looks every `watchdogInterval`; whenever the window
/// is not shown full screen, exposed and active, it is re-asserted: shown full screen,
/// raised and activated. A window that stays unexposed (unmapped by the window manager, or
/// on a desktop no longer shown) is hidden and shown again, which the window manager handles
/// as a new window on the desktop in front.
class WindowGuard : public QObject {
  Q_OBJECT

 public:
  /// What is wrong with the window, most serious first.
  enum class Problem { None, Hidden, Minimized, NotFullScreen, NotExposed, NotActive };
  Q_ENUM(Problem)

  static constexpr std::chrono::milliseconds watchdogInterval{500};
  /// How soon after a signal (a state change, an application state change) it looks.
  static constexpr std::chrono::milliseconds settleDelay{100};

  explicit WindowGuard(QWidget* window, QObject* parent = nullptr);

  /// Starts guarding; the window should be shown already (its native window is created if not).
  void arm();
  /// Lets the window go (the kiosk is leaving): nothing is re-asserted after this.
  void disarm();
  [[nodiscard]] bool isArmed() const noexcept { return m_armed; }

  /// What is wrong with the window now (Problem::None when nothing is).
  [[nodiscard]] Problem check() const;
  /// How many times the window has been re-asserted since arm().
  [[nodiscard]] int reassertCount() const noexcept { return m_reasserts; }

 public Q_SLOTS:
  /// Looks at the window and puts right what is wrong (does nothing when disarmed or all is well).
  void reassert();

 Q_SIGNALS:
  /// The window was re-asserted because of `problem`.
  void reasserted(okhotsk::app::WindowGuard::Problem problem);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void lookSoon();
  void watch(QWindow* handle);

  QPointer<QWidget> m_window;
  QPointer<QWindow> m_watched;
  QTimer m_watchdog;
  QTimer m_soon;
  bool m_armed = false;
  int m_reasserts = 0;
  int m_unexposedLooks = 0;
};

}  // namespace okhotsk::app
