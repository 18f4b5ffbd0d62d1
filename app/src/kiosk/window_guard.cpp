// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/window_guard.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QWindow>

namespace okhotsk::app {

namespace {
// QT_LOGGING_RULES="okhotsk.kiosk.guard.debug=true" logs every re-assertion and its reason.
Q_LOGGING_CATEGORY(guardLog, "okhotsk.kiosk.guard", QtInfoMsg)
}  // namespace

WindowGuard::WindowGuard(QWidget* window, QObject* parent) : QObject(parent), m_window(window) {
  m_watchdog.setInterval(watchdogInterval);
  connect(&m_watchdog, &QTimer::timeout, this, &WindowGuard::reassert);
  m_soon.setSingleShot(true);
  m_soon.setInterval(settleDelay);
  connect(&m_soon, &QTimer::timeout, this, &WindowGuard::reassert);
  connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this] { lookSoon(); });
}

void WindowGuard::arm() {
  if (m_window == nullptr) return;
  m_armed = true;
  m_reasserts = 0;
  m_unexposedLooks = 0;
  if (m_window->windowHandle() == nullptr) m_window->winId();  // creates the native window
  watch(m_window->windowHandle());
  m_watchdog.start();
  lookSoon();
}

void WindowGuard::disarm() {
  m_armed = false;
  m_watchdog.stop();
  m_soon.stop();
}

void WindowGuard::watch(QWindow* handle) {
  if (handle == m_watched) return;
  if (m_watched != nullptr) {
    m_watched->removeEventFilter(this);
    disconnect(m_watched, nullptr, this, nullptr);
  }
  m_watched = handle;
  if (handle == nullptr) return;
  handle->installEventFilter(this);
  connect(handle, &QWindow::visibleChanged, this, [this] { lookSoon(); });
  connect(handle, &QWindow::windowStateChanged, this, [this] { lookSoon(); });
  connect(handle, &QWindow::activeChanged, this, [this] { lookSoon(); });
}

bool WindowGuard::eventFilter(QObject* watched, QEvent* event) {
  // An expose event with nothing to draw is how X tells that the window was unmapped.
  if (watched == m_watched && event->type() == QEvent::Expose) lookSoon();
  return QObject::eventFilter(watched, event);
}

void WindowGuard::lookSoon() {
  if (m_armed && !m_soon.isActive()) m_soon.start();
}

WindowGuard::Problem WindowGuard::check() const {
  if (m_window == nullptr) return Problem::None;
  if (!m_window->isVisible()) return Problem::Hidden;
  const Qt::WindowStates state = m_window->windowState();
  if (state.testFlag(Qt::WindowMinimized)) return Problem::Minimized;
  if (!state.testFlag(Qt::WindowFullScreen)) return Problem::NotFullScreen;
  const QWindow* handle = m_window->windowHandle();
  if (handle != nullptr && !handle->isExposed()) return Problem::NotExposed;
  if (QGuiApplication::applicationState() != Qt::ApplicationActive || !m_window->isActiveWindow())
    return Problem::NotActive;
  return Problem::None;
}

void WindowGuard::reassert() {
  if (!m_armed || m_window == nullptr) return;
  const Problem problem = check();
  if (problem == Problem::None) {
    m_unexposedLooks = 0;
    return;
  }
  ++m_reasserts;
  qCDebug(guardLog, "re-asserting the kiosk window (%s), %d so far",
          QMetaEnum::fromType<Problem>().valueToKey(static_cast<int>(problem)), m_reasserts);
  if (problem == Problem::NotExposed) {
    // Raising and activating come first; a window still not exposed at the next look was
    // unmapped (show desktop, another desktop) and is mapped anew, which the window manager
    // places on the desktop in front.
    if (m_unexposedLooks++ > 0) {
      m_unexposedLooks = 0;
      m_window->hide();
    }
  } else {
    m_unexposedLooks = 0;
  }
  m_window->showFullScreen();
  m_window->raise();
  m_window->activateWindow();
  watch(m_window->windowHandle());
  Q_EMIT reasserted(problem);
}

}  // namespace okhotsk::app
