// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline_layout.h"

#include <algorithm>

namespace okhotsk::app {

TimelineLayout computeTimelineLayout(const TimelineMetrics& metrics) {
  TimelineLayout l;
  l.scale = metrics.scale;
  const double s = l.scale;
  const double textHeight = metrics.textHeight;
  const double pad = 4.0 * s;
  // Room for half a year label at each end, so the first and last labels are not cut.
  const double margin = std::max(14.0 * s, metrics.yearWidth / 2.0 + 4.0 * s);
  const double w = metrics.width;
  const double h = metrics.height;
  l.left = margin;
  l.right = std::max(l.left + 1.0, w - margin);

  l.labelStrip = QRectF(0.0, pad / 2.0, w, textHeight + 6.0 * s);
  l.markSize = metrics.markSize > 0.0 ? metrics.markSize : 9.0 * s;
  l.rowPitch = l.markSize + 3.0 * s;
  l.tickLength = 6.0 * s;
  const double controlHeight = 11.0 * s;
  // From the bottom: the legend (when there is room for it and two rows of marks), the tick
  // labels, the axis, the control lane; the event lane takes what is left.
  const double legendHeight = metrics.legendTextHeight + 4.0 * s;
  const double fixedHeight = l.labelStrip.bottom() + 3.0 * s + 3.0 * s + controlHeight + 2.0 * s + 1.0 * s +
                             l.tickLength + textHeight + pad / 2.0;
  const bool legend = h - fixedHeight - legendHeight >= 2.0 * l.rowPitch;
  l.legendRow = legend ? QRectF(0.0, h - pad / 2.0 - legendHeight, w, legendHeight) : QRectF();
  const double bottom = legend ? l.legendRow.top() : h - pad / 2.0;
  l.tickLabels = QRectF(0.0, bottom - textHeight, w, textHeight);
  l.axisY = l.tickLabels.top() - l.tickLength - 1.0 * s;
  l.controlLane = QRectF(l.left, l.axisY - 2.0 * s - controlHeight, l.right - l.left, controlHeight);
  const double eventTop = l.labelStrip.bottom() + 3.0 * s;
  l.eventLane =
      QRectF(l.left, eventTop, l.right - l.left, std::max(0.0, l.controlLane.top() - 3.0 * s - eventTop));
  l.rows = std::clamp(static_cast<int>((l.eventLane.height() - 2.0 * s) / l.rowPitch), 1, kMaxMarkRows);
  return l;
}

void placeTickLabels(const TimeAxis& axis, const TickScale& major, Language language,
                     const TimelineLayout& layout, double widgetWidth, const LabelMeasure& measure,
                     std::vector<AxisLabel>& labels) {
  labels.clear();
  const QRectF& band = layout.tickLabels;
  const double labelGap = 6.0 * layout.scale;
  auto place = [&](QString text, const QRectF& rect, bool bold) {
    const QRectF padded = rect.adjusted(-labelGap, 0.0, labelGap, 0.0);
    if (std::any_of(labels.begin(), labels.end(),
                    [&](const AxisLabel& other) { return other.rect.intersects(padded); }))
      return;
    labels.push_back({std::move(text), rect, bold});
  };
  auto centredOn = [&](double x, double textWidth) {
    const double left = std::clamp(x - textWidth / 2.0, 1.0, std::max(1.0, widgetWidth - textWidth - 1.0));
    return QRectF(left, band.top(), textWidth, band.height());
  };

  // Boundary labels (a new month or year) first: they win over ordinary ones when crowded.
  const DayRange range = axis.range();
  forEachTick(major, range, [&](DayNumber day, const CivilDate& date) {
    TickLabel label = tickLabel(major, date, language);
    if (!label.boundary) return;
    const QRectF rect = centredOn(axis.xForDay(day), measure(label.text, true));
    place(std::move(label.text), rect, true);
  });

  // When zoomed in to days or months, name the month or year at the left edge too, so the
  // reader never sees bare day numbers.
  if (major.unit != TickUnit::Year) {
    const CivilDate first = gregorianFromDays(range.first);
    QString text = major.unit == TickUnit::Day ? monthAndYear(first, language) : yearText(first.year);
    const QRectF rect(1.0, band.top(), measure(text, true), band.height());
    place(std::move(text), rect, true);
  }

  forEachTick(major, range, [&](DayNumber day, const CivilDate& date) {
    TickLabel label = tickLabel(major, date, language);
    if (label.boundary) return;
    const QRectF rect = centredOn(axis.xForDay(day), measure(label.text, false));
    place(std::move(label.text), rect, false);
  });
}

}  // namespace okhotsk::app
