// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "style/screen_scale.h"

#include <QFont>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>

namespace okhotsk::app {

double largeScreenFactor(const QScreen* screen) {
  if (screen == nullptr) return 1.0;
  return std::clamp(screen->geometry().height() / 1080.0, 1.0, 2.5);
}

double scaleApplicationFontFor(const QScreen* screen) {
  const double factor = largeScreenFactor(screen);
  if (factor <= 1.0) return 1.0;
  QFont font = QGuiApplication::font();
  if (font.pointSizeF() > 0)
    font.setPointSizeF(font.pointSizeF() * factor);
  else
    font.setPixelSize(static_cast<int>(font.pixelSize() * factor));
  QGuiApplication::setFont(font);
  return factor;
}

}  // namespace okhotsk::app
