// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/window_placement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace okhotsk::app {

QRect frameInside(const QRect& frame, const QRect& available) {
  if (available.isEmpty()) return frame;
  QRect fitted = frame;
  fitted.setWidth(std::min(frame.width(), available.width()));
  fitted.setHeight(std::min(frame.height(), available.height()));
  // Right and bottom first, then left and top: the title bar wins when both cannot fit.
  if (fitted.right() > available.right()) fitted.moveRight(available.right());
  if (fitted.bottom() > available.bottom()) fitted.moveBottom(available.bottom());
  if (fitted.left() < available.left()) fitted.moveLeft(available.left());
  if (fitted.top() < available.top()) fitted.moveTop(available.top());
  return fitted;
}

namespace {

void placeFrame(QWidget& window) {
  const QRect frame = window.frameGeometry();
  const QScreen* screen = QGuiApplication::screenAt(frame.center());
  if (screen == nullptr) screen = window.screen();
  if (screen == nullptr) screen = QGuiApplication::primaryScreen();
  if (screen == nullptr) return;
  const QRect fitted = frameInside(frame, screen->availableGeometry());
  if (fitted == frame) return;
  // The frame's margins (title bar, borders) stay as they are around the client area.
  const QRect client = window.geometry();
  const QMargins margins(client.left() - frame.left(), client.top() - frame.top(),
                         frame.right() - client.right(), frame.bottom() - client.bottom());
  window.setGeometry(fitted.marginsRemoved(margins));
}

// Places a window once more after it is first shown, then removes itself.
class PlaceWhenShown : public QObject {
 public:
  explicit PlaceWhenShown(QWidget& window) : QObject(&window) { window.installEventFilter(this); }

  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Show) {
      QPointer<QWidget> window(static_cast<QWidget*>(watched));
      window->removeEventFilter(this);
      // After the show has been handled: the platform knows the frame's margins by then.
      QTimer::singleShot(0, window, [window] {
        if (window) placeFrame(*window);
      });
      deleteLater();
    }
    return false;
  }
};

}  // namespace

void keepFrameOnScreen(QWidget& window) {
  placeFrame(window);
  if (!window.isVisible()) new PlaceWhenShown(window);
}

}  // namespace okhotsk::app
