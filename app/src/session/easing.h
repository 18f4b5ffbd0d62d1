// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace okhotsk::app::easing {

/// Ease in and out (smoothstep) of `t` in 0..1: a date or a view starts and arrives gently,
/// so a far jump stays readable. The one curve of the atlas: the controller's date glide
/// (TimeController::animateTo), the tour player, the map widget's view glide and the frames of an
/// exported video all move along it, so a video glides as the screen does.
[[nodiscard]] constexpr double easeInOut(double t) noexcept {
  return t * t * (3.0 - 2.0 * t);
}

}  // namespace okhotsk::app::easing
