// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QScreen;

namespace okhotsk::app {

/// How much larger than on a full HD screen type must be on `screen` to take the same share of
/// the picture: its height in device-independent pixels over 1080, from 1 to 2.5. It is 1
/// where Qt already scales (a 4K screen at 200 % is 1080 high here) and without a screen. A
/// projector's physical size says nothing about the hall, so this goes by pixels, not by dpi.
[[nodiscard]] double largeScreenFactor(const QScreen* screen);

/// Scales the application's font (menus, docks, dialogs, charts: everything that does not size
/// its own type) by largeScreenFactor(screen), for the lecture mode on a 4K projector or laptop
/// that no desktop scales. Call before the windows are built. Returns the factor used.
double scaleApplicationFontFor(const QScreen* screen);

}  // namespace okhotsk::app
