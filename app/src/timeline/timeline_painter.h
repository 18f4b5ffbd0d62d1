// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/time_axis.h"
#include "timeline/timeline_layout.h"
#include "timeline/timeline_marks.h"

#include "okhotsk/calendar.h"
#include "okhotsk/language.h"

#include <QColor>
#include <QFont>
#include <QRect>
#include <QRectF>

#include <span>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// Draws a laid-out timeline onto a QPainter: the lanes, the axis with its ticks and labels,
/// the control marks, the placed event marks and the legend (the "static layer" the widget
/// caches), and the handle of the current date over it. It decides colours, pens and fonts,
/// never where marks go (timeline_marks) or which ticks a zoom gets (time_axis).
///
/// A short-lived value: built for one drawing from the layout (which must outlive it), the
/// axis of the visible range, the widget's font, the language and the widget's width.
class TimelinePainter {
 public:
  TimelinePainter(const TimelineLayout& layout, const TimeAxis& axis, const QFont& font, Language language,
                  double widgetWidth);

  /// The colour behind everything; the static layer is filled with it.
  [[nodiscard]] static QColor background();

  /// The widest labels of each tick unit in the font.
  [[nodiscard]] TickLabelWidths tickLabelWidths() const;
  /// The tick scales for the axis's zoom.
  [[nodiscard]] ScaleChoice scaleChoice() const;

  /// Where the handle's date label goes for `day` (inside the widget).
  [[nodiscard]] QRectF handleLabelRect(DayNumber day) const;
  /// Everything the handle of `day` covers (line, knob, label), in whole pixels.
  [[nodiscard]] QRect handleRect(DayNumber day) const;

  /// Draws the static layer: the event marks, or when `density` has bins its bars instead.
  /// `hasDataset` false shows a note instead of marks. `labels` is scratch space for the tick
  /// labels, reused between drawings.
  void drawStatic(QPainter& painter, const ControlMarks& controlMarks, std::span<const EventMark> marks,
                  const EventDensity& density, bool hasDataset, std::vector<AxisLabel>& labels) const;
  /// Draws the handle of `day`: a line and knob on the axis with a label above, or when the
  /// day lies outside the axis's range a label at that edge pointing towards it.
  void drawHandle(QPainter& painter, DayNumber day) const;
  /// Draws the loop range (the days playback wraps within) as a tinted band with edges over
  /// the lanes and the axis; nothing of it outside the axis's range.
  void drawLoopRange(QPainter& painter, DayRange range) const;

 private:
  void drawAxis(QPainter& painter, std::vector<AxisLabel>& labels) const;
  void drawControlMarks(QPainter& painter, const ControlMarks& controlMarks) const;
  void drawEventMark(QPainter& painter, const EventMark& mark) const;
  void drawDensity(QPainter& painter, const EventDensity& density) const;
  void drawLegend(QPainter& painter) const;
  void drawEdgeLabel(QPainter& painter, DayNumber day) const;
  [[nodiscard]] QFont boldFont() const;

  const TimelineLayout& m_layout;
  TimeAxis m_axis;
  QFont m_font;
  Language m_language;
  double m_width;
};

}  // namespace okhotsk::app
