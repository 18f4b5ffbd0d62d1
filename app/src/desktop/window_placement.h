// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QWidget;

namespace okhotsk::app {

/// `frame` (a window's outer rectangle, title bar included) moved, and shrunk only where it is
/// larger than `available`, so that all of it lies inside `available` (a screen's area without
/// panels): a window restored from another screen layout keeps its title bar and status bar
/// on the screen. A frame already inside comes back unchanged.
[[nodiscard]] QRect frameInside(const QRect& frame, const QRect& available);

/// Moves (and if need be shrinks) the top-level `window` so that its frame lies on the
/// available area of the screen it is on (or the primary screen when it is on none). A window
/// not shown yet is placed now and again once shown: only then do its frame's margins (the
/// title bar a window manager adds) count, and they can push the status bar off the screen.
void keepFrameOnScreen(QWidget& window);

}  // namespace okhotsk::app
