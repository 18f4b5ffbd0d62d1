// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_markers.h"

#include <QPainter>
#include <QPainterPath>

namespace okhotsk::app::trade_markers {

namespace {

constexpr int kMarkerImageSize = 64;

// A bound: a bar at the stated figure with a triangle on the side of the true value.
void drawBound(QPainter& painter, MarkerCue cue, const QColor& colour, const QPen& outline, bool derived) {
  const qreal s = kMarkerImageSize;
  const bool down = cue == MarkerCue::UpperBound;
  const qreal bar = s / 2;
  const qreal tip = down ? s * 0.97 : s * 0.03;
  QPainterPath triangle;
  triangle.moveTo(s * 0.18, bar);
  triangle.lineTo(s * 0.82, bar);
  triangle.lineTo(s / 2, tip);
  triangle.closeSubpath();
  painter.setPen(derived ? outline : Qt::NoPen);
  painter.setBrush(derived ? QBrush(Qt::white) : QBrush(colour));
  painter.drawPath(triangle);
  // The bar marks the stated figure itself.
  painter.setPen(QPen(colour, s * 0.12, Qt::SolidLine, Qt::FlatCap));
  painter.drawLine(QPointF(s * 0.04, bar), QPointF(s * 0.96, bar));
}

}  // namespace

QColor flowColour(TradeFlow flow) {
  switch (flow) {
    case TradeFlow::JapanExports:
      return {0x00, 0x72, 0xB2};
    case TradeFlow::JapanImports:
      return {0x00, 0x9E, 0x73};
    case TradeFlow::Total:
      return {0x22, 0x22, 0x22};
  }
  return Qt::black;
}

QImage markerImage(MarkerCue cue, const QColor& colour, bool derived) {
  const qreal s = kMarkerImageSize;
  QImage image(kMarkerImageSize, kMarkerImageSize, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  QPen outline(derived ? colour : colour.darker(140), s * 0.09);
  if (derived) outline.setDashPattern({1.6, 1.2});
  outline.setJoinStyle(Qt::MiterJoin);
  switch (cue) {
    case MarkerCue::Stated:
      painter.setPen(derived ? outline : QPen(Qt::white, s * 0.07));
      painter.setBrush(derived ? QBrush(Qt::white) : QBrush(colour));
      painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.36, s * 0.36);
      break;
    case MarkerCue::About: {
      QPen ring(colour, s * 0.14);
      if (derived) ring.setDashPattern({1.2, 0.9});
      painter.setPen(ring);
      painter.setBrush(Qt::white);
      painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.32, s * 0.32);
      break;
    }
    case MarkerCue::UpperBound:
    case MarkerCue::LowerBound:
      drawBound(painter, cue, colour, outline, derived);
      break;
  }
  return image;
}

QImage markerFor(const TradeChartSeries& group) {
  return markerImage(markerCueOf(group.bound), flowColour(group.flow), group.derived);
}

}  // namespace okhotsk::app::trade_markers
