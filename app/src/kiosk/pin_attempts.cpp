// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/pin_attempts.h"

#include <algorithm>
#include <utility>

namespace okhotsk::app {

namespace {

std::chrono::milliseconds steadyNow() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now().time_since_epoch());
}

}  // namespace

PinAttempts::PinAttempts() : m_clock(steadyNow) {}

void PinAttempts::setClock(Clock clock) {
  m_clock = clock ? std::move(clock) : Clock(steadyNow);
  m_blockedUntil = std::chrono::milliseconds(0);
  m_lockedOut = false;
}

std::chrono::milliseconds PinAttempts::waitLeft() const {
  return std::max(m_blockedUntil - m_clock(), std::chrono::milliseconds::zero());
}

bool PinAttempts::isLockedOut() const {
  return m_lockedOut && waitLeft() > std::chrono::milliseconds::zero();
}

bool PinAttempts::recordWrong() {
  const std::chrono::milliseconds now = m_clock();
  // A lock-out that has run out gives a fresh start: the count begins again after it.
  if (m_lockedOut && now >= m_blockedUntil) {
    m_lockedOut = false;
    m_wrongInARow = 0;
  }
  ++m_wrongInARow;
  if (m_wrongInARow >= lockOutAfter()) {
    m_lockedOut = true;
    m_blockedUntil = now + lockOutFor();
    return true;
  }
  // 1 s after the first wrong PIN, then 2, 4, 8 …
  m_blockedUntil = now + std::chrono::seconds(1LL << (m_wrongInARow - 1));
  return false;
}

void PinAttempts::recordRight() {
  m_wrongInARow = 0;
  m_lockedOut = false;
  m_blockedUntil = std::chrono::milliseconds(0);
}

}  // namespace okhotsk::app
