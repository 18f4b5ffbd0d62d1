// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace okhotsk::app {

/// Watches for a visitor's input anywhere in the application (touch, mouse press, wheel,
/// key) and says when a kiosk has been left alone long enough to start its attract loop and,
/// later, to return to its start state. The clock is injectable so tests drive time without
/// sleeping; a QTimer calls poll() once a second in real use.
///
/// Each threshold fires once per idle period: attractDue() after attractAfter() without input,
/// resetDue() after resetAfter() without input; the first input after either fired emits
/// activityResumed(). A threshold of zero is off. warningDue() comes warnBefore() ahead of
/// the first of the two that is on, so that a visitor who is still there can keep what they
/// chose; input after it emits warningWithdrawn().
class IdleMonitor : public QObject {
  Q_OBJECT

 public:
  using Clock = std::function<std::chrono::milliseconds()>;

  /// Uses a steady clock; call watch() to see input.
  explicit IdleMonitor(QObject* parent = nullptr);

  /// Replaces the clock (tests); restarts the idle period at the new clock's now.
  void setClock(Clock clock);
  void setAttractAfter(std::chrono::seconds after);
  void setResetAfter(std::chrono::seconds after);
  [[nodiscard]] std::chrono::seconds attractAfter() const noexcept { return m_attractAfter; }
  [[nodiscard]] std::chrono::seconds resetAfter() const noexcept { return m_resetAfter; }
  /// How long ahead of the attract loop or the reset the warning comes; zero: no warning. A
  /// threshold shorter than three times this gets its warning a third of the way before it.
  void setWarnBefore(std::chrono::seconds before);
  [[nodiscard]] std::chrono::seconds warnBefore() const noexcept { return m_warnBefore; }
  /// The idle time at which warningDue() comes, or zero when there is no warning.
  [[nodiscard]] std::chrono::seconds warningAt() const noexcept;
  /// The idle time of the first of the attract loop and the reset that is on, or zero.
  [[nodiscard]] std::chrono::seconds firstThreshold() const noexcept;

  /// Installs an event filter on `target` (the QApplication in real use) to see input.
  void watch(QObject* target);
  /// Starts the once-a-second poll timer (not needed in tests, which call poll()).
  void start();
  void stop();

  /// How long since the last input (or since the monitor started).
  [[nodiscard]] std::chrono::milliseconds idleFor() const;
  /// True between attractDue() and the next input.
  [[nodiscard]] bool isAttracting() const noexcept { return m_attractFired; }

 public Q_SLOTS:
  /// Counts as input: the idle period starts again.
  void noteActivity();
  /// Compares the idle time with the thresholds and emits what is due.
  void poll();

 Q_SIGNALS:
  void attractDue();
  void resetDue();
  void activityResumed();
  /// The attract loop or the reset comes in `remaining`, unless there is input before.
  void warningDue(std::chrono::seconds remaining);
  /// Input came after warningDue() and before what it warned of.
  void warningWithdrawn();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  Clock m_clock;
  std::chrono::milliseconds m_lastActivity{0};
  std::chrono::seconds m_attractAfter{90};
  std::chrono::seconds m_resetAfter{180};
  std::chrono::seconds m_warnBefore{0};
  bool m_warningFired = false;
  bool m_attractFired = false;
  bool m_resetFired = false;
  QTimer m_timer;
};

}  // namespace okhotsk::app
