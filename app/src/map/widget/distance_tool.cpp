// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/widget/distance_tool.h"

#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/geodesy.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace okhotsk::app {

namespace {

QPen lineOf(double s) {
  return {palette::highlight(), 2.0 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin};
}

void drawEnd(QPainter& painter, QPointF at, double s) {
  painter.setPen(QPen(Qt::white, 1.5 * s));
  painter.setBrush(palette::highlight());
  painter.drawEllipse(at, 4.5 * s, 4.5 * s);
}

}  // namespace

std::optional<double> DistanceTool::addPoint(const GeoPoint& geo, QPointF map, const Projector& projector) {
  if (m_points.size() >= 2) {
    m_points.clear();
    m_distanceKm.reset();
  }
  m_points.push_back(geo);
  m_projection = projector.projection();
  m_line.clear();
  if (m_points.size() == 1) {
    m_line.append(map);
    return std::nullopt;
  }
  const GeoPoint& a = m_points[0];
  const GeoPoint& b = m_points[1];
  // The geodesic as the map shows it: a curve in both projections.
  for (const GeoPoint& c : geodesicLine(a.lon, a.lat, b.lon, b.lat, kGeodesicSegments))
    if (const auto projected = projector.forward(c)) m_line.append(QPointF(projected->x, projected->y));
  m_distanceKm = geodesicDistanceKm(a.lon, a.lat, b.lon, b.lat);
  m_hover.reset();
  return m_distanceKm;
}

void DistanceTool::clear() {
  m_points.clear();
  m_line.clear();
  m_distanceKm.reset();
}

void DistanceTool::draw(QPainter& painter, const MapViewport& viewport, double scale) const {
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (m_line.isEmpty() || m_projection != viewport.projection()) return;
  if (m_points.size() == 2) {
    drawMeasured(painter, viewport, scale);
    return;
  }
  if (m_points.size() == 1) {
    // Rubber band from the first end to the pointer.
    const QPointF a = viewport.toScreen(m_line.constFirst());
    if (m_hover) {
      QPen dashed = lineOf(scale);
      dashed.setStyle(Qt::DashLine);
      painter.setPen(dashed);
      painter.drawLine(a, *m_hover);
    }
    drawEnd(painter, a, scale);
  }
}

void DistanceTool::drawMeasured(QPainter& painter, const MapViewport& viewport, double s) const {
  QPolygonF screen;
  screen.reserve(m_line.size());
  for (const QPointF& p : m_line) screen.append(viewport.toScreen(p));
  painter.setPen(lineOf(s));
  painter.setBrush(Qt::NoBrush);
  painter.drawPolyline(screen);
  drawEnd(painter, screen.constFirst(), s);
  drawEnd(painter, screen.constLast(), s);
  if (!m_distanceKm) return;
  const QString text = kilometresText(QString::number(*m_distanceKm, 'f', *m_distanceKm < 100 ? 1 : 0));
  QFont font = painter.font();
  font.setPixelSize(static_cast<int>(std::lround(13 * s)));
  font.setBold(true);
  painter.setFont(font);
  const QFontMetricsF metrics(font);
  const QPointF middle = screen[screen.size() / 2];
  const QRectF box(middle + QPointF(8 * s, -metrics.height() - 8 * s),
                   QSizeF(metrics.horizontalAdvance(text) + 12 * s, metrics.height() + 6 * s));
  painter.setPen(QPen(palette::highlight(), 1.0));
  painter.setBrush(QColor(255, 255, 255, 230));
  painter.drawRoundedRect(box, 3 * s, 3 * s);
  painter.setPen(palette::text());
  painter.drawText(box, Qt::AlignCenter, text);
}

}  // namespace okhotsk::app
