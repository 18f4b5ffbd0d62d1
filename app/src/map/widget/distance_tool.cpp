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

#include <algorithm>
#include <cmath>
#include <numeric>

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

// A small white box with text in it, its top left at `at`.
void drawTag(QPainter& painter, QPointF at, const QString& text, const QFont& font, double s) {
  const QFontMetricsF metrics(font);
  const QRectF box(at, QSizeF(metrics.horizontalAdvance(text) + 10 * s, metrics.height() + 4 * s));
  painter.setFont(font);
  painter.setPen(QPen(palette::highlight(), 1.0));
  painter.setBrush(QColor(255, 255, 255, 230));
  painter.drawRoundedRect(box, 3 * s, 3 * s);
  painter.setPen(palette::text());
  painter.drawText(box, Qt::AlignCenter, text);
}

QString lengthText(double km) {
  return kilometresText(QString::number(km, 'f', km < 100 ? 1 : 0));
}

}  // namespace

std::optional<double> DistanceTool::addPoint(const GeoPoint& geo, const Projector& projector) {
  if (m_finished) clear();
  m_points.push_back(geo);
  rebuild(projector);
  return distanceKm();
}

std::optional<double> DistanceTool::removeLast(const Projector& projector) {
  if (m_points.empty()) return std::nullopt;
  m_points.pop_back();
  m_finished = false;
  rebuild(projector);
  return distanceKm();
}

void DistanceTool::finish() {
  if (m_points.size() >= 2) {
    m_finished = true;
    m_hover.reset();
  }
}

void DistanceTool::clear() {
  m_points.clear();
  m_segments.clear();
  m_lines.clear();
  m_vertices.clear();
  m_finished = false;
}

std::optional<double> DistanceTool::distanceKm() const noexcept {
  if (m_segments.empty()) return std::nullopt;
  return std::accumulate(m_segments.begin(), m_segments.end(), 0.0,
                         [](double sum, const Segment& segment) { return sum + segment.distanceKm; });
}

void DistanceTool::rebuild(const Projector& projector) {
  m_projection = projector.projection();
  m_segments.clear();
  m_lines.clear();
  m_vertices.clear();
  for (const GeoPoint& p : m_points)
    if (const auto projected = projector.forward(p)) m_vertices.append(QPointF(projected->x, projected->y));
  for (std::size_t i = 1; i < m_points.size(); ++i) {
    const GeoPoint& a = m_points[i - 1];
    const GeoPoint& b = m_points[i];
    Segment segment;
    segment.distanceKm = geodesicDistanceKm(a.lon, a.lat, b.lon, b.lat);
    const double bearing = geodesicInitialBearing(a.lon, a.lat, b.lon, b.lat);
    segment.bearing = bearing < 0.0 ? bearing + 360.0 : bearing;
    m_segments.push_back(segment);
    // The geodesic as the map shows it: a curve in both projections.
    QPolygonF line;
    for (const GeoPoint& c : geodesicLine(a.lon, a.lat, b.lon, b.lat, kGeodesicSegments))
      if (const auto projected = projector.forward(c)) line.append(QPointF(projected->x, projected->y));
    m_lines.push_back(line);
  }
}

QStringList DistanceTool::summaryLines() const {
  QStringList lines;
  for (std::size_t i = 0; i < m_points.size(); ++i)
    lines << tr("%1. %2", "a measured point: its number, its coordinates")
                 .arg(i + 1)
                 .arg(dmsText(m_points[i].lon, m_points[i].lat));
  for (std::size_t i = 0; i < m_segments.size(); ++i)
    lines << tr("%1→%2: %3, bearing %4°", "a measured segment: from point, to point, length, bearing")
                 .arg(i + 1)
                 .arg(i + 2)
                 .arg(lengthText(m_segments[i].distanceKm))
                 .arg(QString::number(m_segments[i].bearing, 'f', 1));
  if (const auto total = distanceKm())
    lines << tr("Total: %1", "the length of the whole measured line").arg(lengthText(*total));
  return lines;
}

void DistanceTool::draw(QPainter& painter, const MapViewport& viewport, double s) const {
  painter.setRenderHint(QPainter::Antialiasing, true);
  if (m_vertices.isEmpty() || m_projection != viewport.projection()) return;
  QPolygonF screenVertices;
  for (const QPointF& p : m_vertices) screenVertices.append(viewport.toScreen(p));
  painter.setPen(lineOf(s));
  painter.setBrush(Qt::NoBrush);
  std::vector<QPolygonF> screenLines;
  for (const QPolygonF& line : m_lines) {
    QPolygonF screen;
    screen.reserve(line.size());
    for (const QPointF& p : line) screen.append(viewport.toScreen(p));
    painter.drawPolyline(screen);
    screenLines.push_back(screen);
  }
  if (!m_finished && m_hover) {
    // Rubber band from the last point to the pointer.
    QPen dashed = lineOf(s);
    dashed.setStyle(Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(screenVertices.constLast(), *m_hover);
  }
  QFont font = painter.font();
  font.setPixelSize(static_cast<int>(std::lround(12 * s)));
  font.setBold(true);
  for (std::size_t i = 0; i < screenLines.size() && i < m_segments.size(); ++i) {
    if (screenLines[i].isEmpty()) continue;
    const QPointF middle = screenLines[i][screenLines[i].size() / 2];
    drawTag(painter, middle + QPointF(8 * s, -20 * s),
            tr("%1 · %2°", "a segment on the map: its length · its bearing")
                .arg(lengthText(m_segments[i].distanceKm), QString::number(m_segments[i].bearing, 'f', 1)),
            font, s);
  }
  QFont small = font;
  small.setBold(false);
  small.setPixelSize(static_cast<int>(std::lround(10 * s)));
  for (qsizetype i = 0; i < screenVertices.size(); ++i) {
    drawEnd(painter, screenVertices[i], s);
    if (screenVertices.size() > 1)
      drawTag(painter, screenVertices[i] + QPointF(6 * s, 4 * s), QString::number(i + 1), small, s);
  }
  // The summary panel, top right.
  const QStringList lines = summaryLines();
  QFont panelFont = font;
  panelFont.setBold(false);
  const QFontMetricsF metrics(panelFont);
  double width = 0.0;
  for (const QString& line : lines) width = std::max(width, metrics.horizontalAdvance(line));
  const double lineHeight = metrics.height();
  const QSizeF size(width + 16 * s, lineHeight * static_cast<double>(lines.size()) + 12 * s);
  const QRectF panel(QPointF(viewport.size().width() - 12 * s - size.width(), 12 * s), size);
  painter.setPen(QPen(palette::highlight(), 1.0));
  painter.setBrush(QColor(255, 255, 255, 235));
  painter.drawRoundedRect(panel, 4 * s, 4 * s);
  painter.setFont(panelFont);
  painter.setPen(palette::text());
  for (qsizetype i = 0; i < lines.size(); ++i)
    painter.drawText(QRectF(panel.left() + 8 * s, panel.top() + 6 * s + lineHeight * static_cast<double>(i),
                            width, lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
}

}  // namespace okhotsk::app
