// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_markers.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace okhotsk::app::trade_markers {

namespace {

constexpr int kMarkerImageSize = 64;

// A regular polygon (or a star, with `inner` > 0) of `points` corners around `centre`.
QPainterPath polygonPath(QPointF centre, qreal radius, int points, qreal startDegrees, qreal inner = 0) {
  QPolygonF polygon;
  const int corners = inner > 0 ? points * 2 : points;
  for (int i = 0; i < corners; ++i) {
    const qreal r = inner > 0 && i % 2 == 1 ? inner : radius;
    const qreal angle = (startDegrees + 360.0 * i / corners) * std::numbers::pi / 180.0;
    polygon << centre + QPointF(r * std::cos(angle), r * std::sin(angle));
  }
  QPainterPath path;
  path.addPolygon(polygon);
  path.closeSubpath();
  return path;
}

// A source's shape around `centre`, about `radius` from it.
QPainterPath shapePath(int shape, QPointF centre, qreal radius) {
  QPainterPath path;
  switch (shape % kShapeCount) {
    case 0:
      path.addEllipse(centre, radius, radius);
      return path;
    case 1:
      path.addRect(
          QRectF(centre - QPointF(radius * 0.86, radius * 0.86), QSizeF(radius * 1.72, radius * 1.72)));
      return path;
    case 2:
      return polygonPath(centre, radius * 1.15, 4, -90);
    case 3:
      return polygonPath(centre, radius * 1.2, 5, -90, radius * 0.5);
    case 4: {
      const qreal a = radius * 1.05;
      const qreal b = radius * 0.38;
      path.addRect(QRectF(centre.x() - a, centre.y() - b, 2 * a, 2 * b));
      path.addRect(QRectF(centre.x() - b, centre.y() - a, 2 * b, 2 * a));
      return path.simplified();
    }
    case 5:
      return polygonPath(centre, radius * 1.05, 6, 0);
    case 6:
      return polygonPath(centre, radius * 1.08, 5, -90);
    default: {
      QTransform turn;
      turn.translate(centre.x(), centre.y());
      turn.rotate(45);
      turn.translate(-centre.x(), -centre.y());
      return turn.map(shapePath(4, centre, radius));
    }
  }
}

// The second round of shapes carries a white dot in the middle.
void drawSecondRoundDot(QPainter& painter, int shape, QPointF centre, qreal radius) {
  if (shape < kShapeCount) return;
  painter.setPen(Qt::NoPen);
  painter.setBrush(Qt::white);
  painter.drawEllipse(centre, radius * 0.3, radius * 0.3);
}

// A bound: a bar at the stated figure with a triangle on the side of the true value.
void drawBound(QPainter& painter, MarkerCue cue, const QColor& colour, const QPen& outline, bool derived,
               int shape) {
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
  // The source's shape, small, on the bar.
  painter.setPen(QPen(Qt::white, s * 0.05));
  painter.setBrush(colour);
  painter.drawPath(shapePath(shape % kShapeCount, QPointF(s / 2, bar), s * 0.17));
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

QImage markerImage(MarkerCue cue, const QColor& colour, bool derived, int shape) {
  shape = std::max(0, shape);
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
      painter.drawPath(shapePath(shape, QPointF(s / 2, s / 2), s * 0.36));
      if (!derived) drawSecondRoundDot(painter, shape, QPointF(s / 2, s / 2), s * 0.36);
      break;
    case MarkerCue::About: {
      QPen ring(colour, s * 0.14);
      if (derived) ring.setDashPattern({1.2, 0.9});
      painter.setPen(ring);
      painter.setBrush(Qt::white);
      painter.drawPath(shapePath(shape, QPointF(s / 2, s / 2), s * 0.32));
      if (shape >= kShapeCount) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.09, s * 0.09);
      }
      break;
    }
    case MarkerCue::UpperBound:
    case MarkerCue::LowerBound:
      drawBound(painter, cue, colour, outline, derived, shape);
      break;
  }
  return image;
}

QImage markerFor(const TradeChartSeries& group) {
  return markerImage(markerCueOf(group.bound), flowColour(group.flow), group.derived, group.shape);
}

}  // namespace okhotsk::app::trade_markers
