// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

namespace okhotsk::app {

/// How often the kiosk's PIN pad may be tried: after each wrong PIN a wait that doubles (1, 2,
/// 4, 8 s), and after lockOutAfter() wrong PINs in a row a lock-out of lockOutFor(), during
/// which no PIN, not even a right one, is checked. A right PIN starts the count again. The
/// clock is injectable, as the idle monitor's, so that tests drive time without sleeping.
class PinAttempts {
 public:
  using Clock = std::function<std::chrono::milliseconds()>;

  static constexpr int lockOutAfter() noexcept { return 5; }
  static constexpr std::chrono::minutes lockOutFor() noexcept { return std::chrono::minutes(5); }

  /// Uses a steady clock.
  PinAttempts();
  /// Replaces the clock (tests); an empty one is the steady clock again.
  void setClock(Clock clock);

  /// How long until a PIN may be tried again; zero when it may be now.
  [[nodiscard]] std::chrono::milliseconds waitLeft() const;
  /// True while the lock-out after lockOutAfter() wrong PINs lasts.
  [[nodiscard]] bool isLockedOut() const;
  [[nodiscard]] int wrongInARow() const noexcept { return m_wrongInARow; }

  /// A wrong PIN: the next wait starts now. Returns true when this one started a lock-out.
  bool recordWrong();
  /// A right PIN: no wait, the count starts again.
  void recordRight();

 private:
  Clock m_clock;
  int m_wrongInARow = 0;
  bool m_lockedOut = false;
  std::chrono::milliseconds m_blockedUntil{0};
};

}  // namespace okhotsk::app
