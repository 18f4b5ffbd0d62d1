// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/trade_chart_data.h"
#include "okhotsk/model.h"

#include <QColor>
#include <QImage>

namespace okhotsk::app::trade_markers {

/// The size prose markers are drawn at, in logical pixels.
inline constexpr qreal kMarkerSize = 13.0;

/// A flow's colour, from the Okabe–Ito palette; vermillion stays reserved for the cursor (the
/// current date) as everywhere else in the atlas.
[[nodiscard]] QColor flowColour(TradeFlow flow);

/// How many marker shapes there are before they repeat with a white dot in their middle
/// (circle, square, diamond, star, plus, hexagon, pentagon, cross).
inline constexpr int kShapeCount = 8;

/// A marker image centred on the figure, drawn large so that it stays sharp at any pixel
/// ratio, in the source's `shape` (0, 1, 2 …: see kShapeCount). As stated: the shape filled;
/// "about": its outline only; bounds: a bar at the value with a triangle on the side where
/// the true value lies and the shape, small, on the bar; derived figures are outlined with a
/// dashed line instead of filled.
[[nodiscard]] QImage markerImage(MarkerCue cue, const QColor& colour, bool derived, int shape = 0);

/// The marker of a group of prose figures: its bound's cue and its source's shape in its
/// flow's colour.
[[nodiscard]] QImage markerFor(const TradeChartSeries& group);

}  // namespace okhotsk::app::trade_markers
