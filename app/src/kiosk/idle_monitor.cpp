// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/idle_monitor.h"

#include <QEvent>
#include <QMouseEvent>

#include <algorithm>
#include <utility>

namespace okhotsk::app {

namespace {

// Steady, not the wall clock: a kiosk's clock may be stepped by NTP or a DST change, which
// must neither start the attract loop early nor hold it back.
std::chrono::milliseconds steadyNow() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now().time_since_epoch());
}

// What a visitor does on purpose. A mouse move without a button is left out: a mouse lying
// on a shaking table, or the pointer warping when a screen is reconfigured, would otherwise
// keep the kiosk from ever going back to its attract loop.
bool isInput(const QEvent& event) {
  switch (event.type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::Gesture:
    case QEvent::NativeGesture:
      return true;
    case QEvent::MouseMove:
      return static_cast<const QMouseEvent&>(event).buttons() != Qt::NoButton;
    default:
      return false;
  }
}

}  // namespace

IdleMonitor::IdleMonitor(QObject* parent) : QObject(parent), m_clock(steadyNow), m_lastActivity(m_clock()) {
  // Once a second is fine enough for thresholds given in whole seconds and costs nothing.
  m_timer.setInterval(std::chrono::seconds(1));
  connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::poll);
}

void IdleMonitor::setClock(Clock clock) {
  // An empty function would throw on every poll; fall back to the real clock instead.
  m_clock = clock ? std::move(clock) : Clock(steadyNow);
  // Times of the old clock mean nothing on the new one, so a new idle period begins; it is
  // not a visitor coming back, hence no activityResumed().
  m_lastActivity = m_clock();
  m_attractFired = false;
  m_resetFired = false;
  m_warningFired = false;
}

void IdleMonitor::setAttractAfter(std::chrono::seconds after) {
  m_attractAfter = std::max(after, std::chrono::seconds::zero());
}

void IdleMonitor::setResetAfter(std::chrono::seconds after) {
  m_resetAfter = std::max(after, std::chrono::seconds::zero());
}

void IdleMonitor::setWarnBefore(std::chrono::seconds before) {
  m_warnBefore = std::max(before, std::chrono::seconds::zero());
}

std::chrono::seconds IdleMonitor::firstThreshold() const noexcept {
  using std::chrono::seconds;
  if (m_attractAfter > seconds::zero() && m_resetAfter > seconds::zero())
    return std::min(m_attractAfter, m_resetAfter);
  return std::max(m_attractAfter, m_resetAfter);
}

std::chrono::seconds IdleMonitor::warningAt() const noexcept {
  const std::chrono::seconds first = firstThreshold();
  if (m_warnBefore <= std::chrono::seconds::zero() || first <= std::chrono::seconds::zero()) return {};
  return first - std::min(m_warnBefore, first / 3);
}

void IdleMonitor::watch(QObject* target) {
  if (target != nullptr) target->installEventFilter(this);
}

void IdleMonitor::start() {
  m_timer.start();
}

void IdleMonitor::stop() {
  m_timer.stop();
}

std::chrono::milliseconds IdleMonitor::idleFor() const {
  // A clock that went backwards (a test, or a replaced clock) is no idle time at all.
  return std::max(m_clock() - m_lastActivity, std::chrono::milliseconds::zero());
}

void IdleMonitor::noteActivity() {
  m_lastActivity = m_clock();
  if (m_warningFired) {
    m_warningFired = false;
    if (!m_attractFired && !m_resetFired) Q_EMIT warningWithdrawn();
  }
  if (!m_attractFired && !m_resetFired) return;
  m_attractFired = false;
  m_resetFired = false;
  Q_EMIT activityResumed();
}

void IdleMonitor::poll() {
  // idleFor() is asked again before each threshold: a slot connected to attractDue() may
  // call noteActivity(), and then the reset is no longer due.
  const std::chrono::seconds warnAt = warningAt();
  if (warnAt > std::chrono::seconds::zero() && !m_warningFired && !m_attractFired && !m_resetFired &&
      idleFor() >= warnAt) {
    m_warningFired = true;
    const auto remaining = std::chrono::duration_cast<std::chrono::seconds>(firstThreshold() - idleFor());
    Q_EMIT warningDue(std::max(remaining, std::chrono::seconds::zero()));
  }
  if (m_attractAfter > std::chrono::seconds::zero() && !m_attractFired && idleFor() >= m_attractAfter) {
    m_attractFired = true;
    Q_EMIT attractDue();
  }
  if (m_resetAfter > std::chrono::seconds::zero() && !m_resetFired && idleFor() >= m_resetAfter) {
    m_resetFired = true;
    Q_EMIT resetDue();
  }
}

bool IdleMonitor::eventFilter(QObject* /*watched*/, QEvent* event) {
  if (event != nullptr && isInput(*event)) noteActivity();
  // Only watching: the event still goes to the map, the timeline or the PIN pad.
  return false;
}

}  // namespace okhotsk::app
