// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline_painter.h"

#include "text/map_texts.h"

#include "style/palette.h"
#include "timeline/timeline_texts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace okhotsk::app {

namespace {

QColor withAlpha(QColor colour, int alpha) {
  colour.setAlpha(alpha);
  return colour;
}

const QColor kBackground(0xFB, 0xFB, 0xF9);
const QColor kLaneBackground(0xF0, 0xF0, 0xEC);
const QColor kGrid(0xE2, 0xE2, 0xDD);

// One entry of the legend: a category dot, or how marks differ (soft, hollow, control tick).
enum class LegendSymbol { Category, Soft, Hollow, ControlTick };
struct LegendEntry {
  QString text;
  LegendSymbol symbol = LegendSymbol::Category;
  QColor colour;
};
using LegendEntries = std::array<LegendEntry, kEventCategoryCount + 3>;

LegendEntries legendEntries() {
  LegendEntries entries;
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    entries[static_cast<std::size_t>(i)] = {eventCategoryName(category), LegendSymbol::Category,
                                            palette::categoryColour(category)};
  }
  const QColor neutral = palette::mutedText();
  entries[kEventCategoryCount] = {legendWord(LegendWord::Imprecise), LegendSymbol::Soft, neutral};
  entries[kEventCategoryCount + 1] = {legendWord(LegendWord::Unconfirmed), LegendSymbol::Hollow, neutral};
  entries[kEventCategoryCount + 2] = {legendWord(LegendWord::ControlChange), LegendSymbol::ControlTick,
                                      palette::text()};
  return entries;
}

void drawLegendSymbol(QPainter& painter, const LegendEntry& entry, const QRectF& box, double s) {
  const double swatch = box.height();
  switch (entry.symbol) {
    case LegendSymbol::Category:
      painter.setPen(Qt::NoPen);
      painter.setBrush(entry.colour);
      painter.drawEllipse(box);
      break;
    case LegendSymbol::Soft:
      painter.setPen(QPen(entry.colour, 1.2 * s, Qt::DashLine));
      painter.setBrush(withAlpha(entry.colour, 80));
      painter.drawRoundedRect(box, swatch / 2.0, swatch / 2.0);
      break;
    case LegendSymbol::Hollow:
      painter.setPen(QPen(entry.colour, 2.0 * s));
      painter.setBrush(kBackground);
      painter.drawEllipse(box.adjusted(s, s, -s, -s));
      break;
    case LegendSymbol::ControlTick:
      painter.setPen(QPen(entry.colour, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
      painter.drawLine(QPointF(box.center().x(), box.top() - s), QPointF(box.center().x(), box.bottom() + s));
      break;
  }
}

}  // namespace

TimelinePainter::TimelinePainter(const TimelineLayout& layout, const TimeAxis& axis, const QFont& font,
                                 Language language, double widgetWidth)
    : m_layout(layout), m_axis(axis), m_font(font), m_language(language), m_width(widgetWidth) {}

QColor TimelinePainter::background() {
  return kBackground;
}

QFont TimelinePainter::boldFont() const {
  QFont bold = m_font;
  bold.setBold(true);
  return bold;
}

TickLabelWidths TimelinePainter::tickLabelWidths() const {
  const QFontMetricsF metrics(m_font);
  TickLabelWidths widths;
  widths.year = metrics.horizontalAdvance(QStringLiteral("0000"));
  widths.month = widths.year;
  for (int month = 1; month <= 12; ++month)
    widths.month = std::max(widths.month, metrics.horizontalAdvance(monthShort(month, m_language)));
  widths.day = metrics.horizontalAdvance(QStringLiteral("00"));
  return widths;
}

ScaleChoice TimelinePainter::scaleChoice() const {
  return chooseTickScales(m_axis.pixelsPerDay(), tickLabelWidths(), m_layout.scale);
}

// --- The handle -------------------------------------------------------------------------------

QRectF TimelinePainter::handleLabelRect(DayNumber day) const {
  const QFontMetricsF metrics(boldFont());
  const double s = m_layout.scale;
  const double width = metrics.horizontalAdvance(dayLabel(day, m_language)) + 14.0 * s;
  const QRectF& strip = m_layout.labelStrip;
  const double x = std::clamp(m_axis.xForDay(day) - width / 2.0, 1.0, std::max(1.0, m_width - width - 1.0));
  return {x, strip.top(), width, strip.height()};
}

QRect TimelinePainter::handleRect(DayNumber day) const {
  const double s = m_layout.scale;
  const double x = m_axis.xForDay(day);
  const double halfWidth = 8.0 * s;  // the knob and antialiasing
  const QRectF line(x - halfWidth, m_layout.labelStrip.top(), 2.0 * halfWidth,
                    m_layout.axisY + halfWidth + 2.0 - m_layout.labelStrip.top());
  return line.united(handleLabelRect(day)).toAlignedRect().adjusted(-2, -2, 2, 2);
}

void TimelinePainter::drawLoopRange(QPainter& painter, DayRange range) const {
  const TimelineLayout& l = m_layout;
  const DayRange shown = m_axis.range();
  if (!shown.overlaps(range)) return;
  const double left = std::max(l.left, m_axis.xForDay(range.first) - (m_axis.pixelsPerDay() / 2.0));
  const double right = std::min(l.right, m_axis.xForDay(range.last) + (m_axis.pixelsPerDay() / 2.0));
  const double top = l.eventLane.top();
  const double bottom = l.axisY + l.tickLength;
  QColor tint = palette::mutedText();
  tint.setAlpha(48);
  painter.save();
  painter.setPen(Qt::NoPen);
  painter.setBrush(tint);
  painter.drawRect(QRectF(left, top, std::max(1.0, right - left), bottom - top));
  // Its ends, where they are on screen, as solid lines.
  painter.setPen(QPen(palette::mutedText(), 1.5 * l.scale));
  if (shown.contains(range.first)) painter.drawLine(QPointF(left, top), QPointF(left, bottom));
  if (shown.contains(range.last)) painter.drawLine(QPointF(right, top), QPointF(right, bottom));
  painter.restore();
}

void TimelinePainter::drawHandle(QPainter& painter, DayNumber day) const {
  const TimelineLayout& l = m_layout;
  const double s = l.scale;
  const QColor colour = palette::highlight();
  painter.setFont(boldFont());
  if (!m_axis.range().contains(day)) {
    drawEdgeLabel(painter, day);
    return;
  }

  const double x = m_axis.xForDay(day);
  // The line through the lanes, then the knob on the axis that the finger grabs. A light halo
  // keeps it apart from marks of the same hue (military events share the highlight colour).
  painter.setPen(QPen(withAlpha(kBackground, 170), 4.0 * s, Qt::SolidLine, Qt::FlatCap));
  painter.drawLine(QPointF(x, l.labelStrip.bottom()), QPointF(x, l.axisY));
  painter.setPen(QPen(colour, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
  painter.drawLine(QPointF(x, l.labelStrip.bottom()), QPointF(x, l.axisY));
  painter.setPen(QPen(Qt::white, 1.5 * s));
  painter.setBrush(colour);
  painter.drawEllipse(QPointF(x, l.axisY), 6.0 * s, 6.0 * s);

  const QRectF label = handleLabelRect(day);
  painter.setPen(QPen(colour, 1.5 * s));
  painter.setBrush(kBackground);
  painter.drawRoundedRect(label.adjusted(0.75 * s, 0.75 * s, -0.75 * s, -0.75 * s), 4.0 * s, 4.0 * s);
  painter.setPen(palette::text());
  painter.drawText(label, Qt::AlignCenter, dayLabel(day, m_language));
}

// Panned away from the date: a label at the edge that points towards it.
void TimelinePainter::drawEdgeLabel(QPainter& painter, DayNumber day) const {
  const double s = m_layout.scale;
  const QColor colour = palette::highlight();
  const bool before = day < m_axis.range().first;
  const QString text = before ? QStringLiteral("◀ ") + dayLabel(day, m_language)
                              : dayLabel(day, m_language) + QStringLiteral(" ▶");
  const double textWidth = QFontMetricsF(boldFont()).horizontalAdvance(text) + 14.0 * s;
  const QRectF rect(before ? 1.0 : m_width - textWidth - 1.0, m_layout.labelStrip.top(), textWidth,
                    m_layout.labelStrip.height());
  painter.setPen(QPen(colour, 1.5 * s));
  painter.setBrush(kBackground);
  painter.drawRoundedRect(rect, 4.0 * s, 4.0 * s);
  painter.setPen(palette::text());
  painter.drawText(rect, Qt::AlignCenter, text);
}

// --- The static layer ---------------------------------------------------------------------------

void TimelinePainter::drawStatic(QPainter& painter, const ControlMarks& controlMarks,
                                 std::span<const EventMark> marks, const EventDensity& density,
                                 bool hasDataset, std::vector<AxisLabel>& labels) const {
  painter.setFont(m_font);
  const double radius = 3.0 * m_layout.scale;
  painter.setPen(Qt::NoPen);
  painter.setBrush(kLaneBackground);
  painter.drawRoundedRect(m_layout.eventLane, radius, radius);
  painter.drawRoundedRect(m_layout.controlLane, radius, radius);
  drawAxis(painter, labels);
  drawControlMarks(painter, controlMarks);
  if (hasDataset && !density.empty()) {
    drawDensity(painter, density);
  } else if (hasDataset) {
    for (const EventMark& mark : marks) drawEventMark(painter, mark);
  } else {
    painter.setPen(palette::mutedText());
    painter.drawText(m_layout.eventLane, Qt::AlignCenter,
                     QCoreApplication::translate("okhotsk::app::TimelineWidget", "No dataset is open."));
  }
  drawLegend(painter);
}

// Too many events for marks: per category, a row of bars whose height and depth of colour
// grow with the count, so a single event still shows and a crowd does not hide the others.
void TimelinePainter::drawDensity(QPainter& painter, const EventDensity& density) const {
  const double s = m_layout.scale;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, false);  // bins of a few pixels stay crisp
  const double maxLog = std::log1p(std::max(1, density.maxCount()));
  for (int i = 0; i < kEventCategoryCount; ++i) {
    const auto category = static_cast<EventCategory>(i);
    const QColor colour = palette::categoryColour(category);
    const QRectF row = EventDensity::categoryRow(m_layout, category);
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(colour, 36));  // the row's foot, so an empty row reads as one
    painter.drawRect(QRectF(row.left(), row.bottom() - (0.5 * s), row.width(), 0.5 * s));
    for (int bin = 0; bin < density.binCount(); ++bin) {
      const int count = density.count(category, bin);
      if (count == 0) continue;
      const double depth = std::log1p(count) / maxLog;
      painter.setBrush(withAlpha(colour, 150 + static_cast<int>(105.0 * depth)));
      painter.drawRect(density.barRect(m_layout, category, bin));
    }
  }
  painter.restore();
}

void TimelinePainter::drawAxis(QPainter& painter, std::vector<AxisLabel>& labels) const {
  const TimelineLayout& l = m_layout;
  const double s = l.scale;
  const DayRange range = m_axis.range();
  const ScaleChoice choice = scaleChoice();
  const TickScale& major = tickScales()[choice.major];

  // Minor ticks, unlabelled.
  if (choice.minor >= 0) {
    painter.setPen(QPen(palette::mutedText().lighter(150), 1.0 * s));
    forEachTick(tickScales()[static_cast<std::size_t>(choice.minor)], range,
                [&](DayNumber day, const CivilDate&) {
                  const double x = m_axis.xForDay(day);
                  painter.drawLine(QPointF(x, l.axisY), QPointF(x, l.axisY + l.tickLength / 2.0));
                });
  }
  // Major ticks with a faint grid line through the lanes, so an event reads against a year.
  forEachTick(major, range, [&](DayNumber day, const CivilDate&) {
    const double x = m_axis.xForDay(day);
    painter.setPen(QPen(kGrid, 1.0 * s));
    painter.drawLine(QPointF(x, l.eventLane.top()), QPointF(x, l.controlLane.bottom()));
    painter.setPen(QPen(palette::mutedText(), 1.0 * s));
    painter.drawLine(QPointF(x, l.axisY), QPointF(x, l.axisY + l.tickLength));
  });

  const QFont bold = boldFont();
  const QFontMetricsF metrics(m_font);
  const QFontMetricsF boldMetrics(bold);
  placeTickLabels(
      m_axis, major, m_language, l, m_width,
      [&](const QString& text, bool isBold) {
        return isBold ? boldMetrics.horizontalAdvance(text) : metrics.horizontalAdvance(text);
      },
      labels);
  painter.setPen(palette::text());
  for (const AxisLabel& label : labels) {
    painter.setFont(label.bold ? bold : m_font);
    painter.drawText(label.rect, Qt::AlignCenter, label.text);
  }
  painter.setFont(m_font);

  painter.setPen(QPen(palette::mutedText(), 1.0 * s));
  painter.drawLine(QPointF(l.left, l.axisY), QPointF(l.right, l.axisY));
}

void TimelinePainter::drawControlMarks(QPainter& painter, const ControlMarks& controlMarks) const {
  const double s = m_layout.scale;
  const QRectF lane = m_layout.controlLane.adjusted(0.0, 2.0 * s, 0.0, -2.0 * s);
  const QColor colour = palette::text();
  controlMarks.forEachIn(m_axis.range(), [&](const ControlMark& mark) {
    const double x0 = m_axis.dayEdgeX(mark.days.first);
    const double x1 = m_axis.dayEdgeX(mark.days.last + 1);
    if (mark.imprecise && x1 - x0 > 3.0 * s) {
      // A start known only to the month or year: the days it may fall on.
      painter.setBrush(withAlpha(colour, 40));
      painter.setPen(QPen(withAlpha(colour, 150), 1.0 * s, Qt::DashLine));
      painter.drawRoundedRect(QRectF(x0, lane.top(), x1 - x0, lane.height()), 2.0 * s, 2.0 * s);
    } else {
      const double x = (x0 + x1) / 2.0;
      painter.setPen(
          QPen(mark.imprecise ? withAlpha(colour, 120) : colour, 2.0 * s, Qt::SolidLine, Qt::FlatCap));
      painter.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
    }
  });
}

void TimelinePainter::drawEventMark(QPainter& painter, const EventMark& mark) const {
  const double s = m_layout.scale;
  const double size = m_layout.markSize;
  const QColor colour = palette::categoryColour(mark.category);
  QPen pen(colour, (mark.unconfirmed ? 2.0 : 1.2) * s);
  if (mark.soft) pen.setStyle(Qt::DashLine);
  QBrush brush;
  if (mark.unconfirmed) {
    brush = QBrush(kBackground);  // hollow: no fill of its colour
  } else if (mark.soft) {
    brush = QBrush(withAlpha(colour, 80));
  } else if (mark.span) {
    brush = QBrush(withAlpha(colour, 170));  // an interval of exact days
  } else {
    brush = QBrush(colour);
    pen = QPen(kBackground, 1.0 * s);  // a crisp dot with a light rim, readable when packed
  }
  painter.setPen(pen);
  painter.setBrush(brush);
  const QRectF inset = mark.rect.adjusted(0.5 * s, 0.5 * s, -0.5 * s, -0.5 * s);
  if (mark.span || mark.interval) {
    painter.drawRoundedRect(inset, size / 2.0, size / 2.0);
  } else if (mark.soft) {
    // Imprecise but narrow at this zoom: a larger, blurred-looking disc, never a crisp point.
    painter.drawEllipse(mark.rect.center(), size * 0.6, size * 0.6);
  } else {
    painter.drawEllipse(inset);
  }
}

void TimelinePainter::drawLegend(QPainter& painter) const {
  const TimelineLayout& l = m_layout;
  if (l.legendRow.isEmpty()) return;
  const double s = l.scale;
  QFont legendFont = m_font;
  legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
  const QFontMetricsF metrics(legendFont);
  const double swatch = 8.0 * s;
  const double itemGap = 10.0 * s;
  const double textGap = 4.0 * s;
  const LegendEntries entries = legendEntries();

  // Everything when it fits in the row; else only the categories; else swatches alone.
  auto entryWidth = [&](const LegendEntry& entry, bool withText) {
    const double symbol = entry.symbol == LegendSymbol::Soft ? swatch + 4.0 * s : swatch;  // wider
    return symbol + (withText ? textGap + metrics.horizontalAdvance(entry.text) : 0.0);
  };
  auto widthOf = [&](std::size_t count, bool withText) {
    double total = 0.0;
    for (std::size_t i = 0; i < count; ++i) total += entryWidth(entries[i], withText) + itemGap;
    return total - itemGap;
  };
  const double available = l.right - l.left;
  std::size_t count = entries.size();
  bool withText = true;
  if (widthOf(count, true) > available) count = kEventCategoryCount;
  if (widthOf(count, true) > available) withText = false;

  painter.setFont(legendFont);
  const double centreY = l.legendRow.center().y();
  double x = l.left;
  for (std::size_t i = 0; i < count; ++i) {
    const LegendEntry& entry = entries[i];
    const double symbolWidth = entryWidth(entry, false);
    drawLegendSymbol(painter, entry, QRectF(x, centreY - swatch / 2.0, symbolWidth, swatch), s);
    x += symbolWidth;
    if (withText) {
      x += textGap;
      const double textWidth = metrics.horizontalAdvance(entry.text);
      painter.setPen(palette::mutedText());
      painter.drawText(QRectF(x, l.legendRow.top(), textWidth + 1.0, l.legendRow.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, entry.text);
      x += textWidth;
    }
    x += itemGap;
  }
}

}  // namespace okhotsk::app
