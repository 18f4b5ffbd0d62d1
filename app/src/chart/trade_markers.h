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

/// A marker image centred on the figure, drawn large so that it stays sharp at any pixel
/// ratio. Bounds are a bar at the value with a triangle on the side where the true value
/// lies; "about" is a ring; derived figures are outlined with a dashed line instead of filled.
[[nodiscard]] QImage markerImage(MarkerCue cue, const QColor& colour, bool derived);

/// The marker of a group of prose figures: its bound's shape in its flow's colour.
[[nodiscard]] QImage markerFor(const TradeChartSeries& group);

}  // namespace okhotsk::app::trade_markers
