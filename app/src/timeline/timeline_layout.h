// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/time_axis.h"

#include "okhotsk/language.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace okhotsk::app {

/// The most rows of event marks the timeline stacks.
inline constexpr int kMaxMarkRows = 8;

/// What the layout needs to know of the font; measured by the widget.
struct TimelineMetrics {
  double width = 0.0;  // of the widget
  double height = 0.0;
  double scale = 1.0;  // logical DPI / 96, at least 1
  double textHeight = 0.0;
  double yearWidth = 0.0;         // "0000" in the font
  double legendTextHeight = 0.0;  // in the legend's smaller font
  double markSize = 0.0;          // a point mark's diameter; 0: 9 px, scaled
};

/// The timeline's vertical bands and the horizontal extent of its axis, from top to bottom:
/// the handle's date label, the event lane, the control lane, the axis with its ticks, the
/// tick labels and (when there is room) the legend. Pure geometry: no widget, no painting.
struct TimelineLayout {
  double scale = 1.0;  // logical DPI / 96
  double left = 0.0;   // the axis runs from left to right
  double right = 0.0;
  QRectF labelStrip;  // the handle's date label
  QRectF eventLane;
  QRectF controlLane;
  double axisY = 0.0;
  double tickLength = 0.0;
  QRectF tickLabels;
  QRectF legendRow;       // empty when the widget is too short for it
  double markSize = 0.0;  // diameter of a point mark
  double rowPitch = 0.0;
  int rows = 1;
};

/// The bands for a widget of the given size and font.
[[nodiscard]] TimelineLayout computeTimelineLayout(const TimelineMetrics& metrics);

/// One placed tick label: its text, where it goes and whether it is bold (the start of a
/// larger unit, or the name of the month or year at the left edge).
struct AxisLabel {
  QString text;
  QRectF rect;
  bool bold = false;
};

/// Measures a label's width in the axis font (bold or not).
using LabelMeasure = std::function<double(const QString& text, bool bold)>;

/// Places the labels of the major ticks of `major` in the layout's tick label band, never two
/// within 6 px (scaled) of each other: boundary labels first (they win when crowded), then,
/// when zoomed in to months or days, the month or year at the left edge, then the others.
/// Labels stay inside the widget. Fills `labels` (cleared first) in that order.
void placeTickLabels(const TimeAxis& axis, const TickScale& major, Language language,
                     const TimelineLayout& layout, double widgetWidth, const LabelMeasure& measure,
                     std::vector<AxisLabel>& labels);

}  // namespace okhotsk::app
