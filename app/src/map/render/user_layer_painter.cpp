// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/user_layer_painter.h"

#include "map/render/map_frame.h"
#include "session/user_layers.h"

#include "okhotsk/user_layer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <utility>

namespace okhotsk::app {

namespace {

constexpr double kPointRadius = 4.5;
constexpr double kLineWidth = 2.5;
constexpr double kHitReach = 6.0;
constexpr int kMaxLabels = 300;

QColor colourOf(const UserLayerSpec& spec) {
  return QColor::fromRgb(static_cast<QRgb>(0xFF000000u | spec.colour));
}

QPolygonF toPolygon(const std::vector<Vec2>& points) {
  QPolygonF polygon;
  polygon.reserve(static_cast<qsizetype>(points.size()));
  for (const Vec2& p : points) polygon << QPointF(p.x, p.y);
  return polygon;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
  const QPointF ab = b - a;
  const double length2 = QPointF::dotProduct(ab, ab);
  const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
  const QPointF d = p - (a + t * ab);
  return std::hypot(d.x(), d.y());
}

bool lineNear(const QPainterPath& lines, const QTransform& toScreen, QPointF screen) {
  for (const QPolygonF& line : lines.toSubpathPolygons(toScreen))
    for (qsizetype i = 1; i < line.size(); ++i)
      if (distanceToSegment(screen, line[i - 1], line[i]) <= kHitReach) return true;
  return false;
}

void drawLabel(QPainter& painter, const QString& text, QPointF at, const QColor& colour, double scale) {
  QFont font = painter.font();
  font.setPointSizeF(9.0 * scale);
  font.setBold(true);
  QPainterPath path;
  path.addText(at + QPointF(7.0 * scale, -5.0 * scale), font, text);
  painter.setBrush(Qt::NoBrush);
  painter.setPen(QPen(QColor(255, 255, 255, 220), 3.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.drawPath(path);
  painter.setPen(Qt::NoPen);
  painter.setBrush(colour.darker(140));
  painter.drawPath(path);
}

}  // namespace

UserLayerPainter::UserLayerPainter() = default;
UserLayerPainter::~UserLayerPainter() = default;

UserLayerPainter::Shape UserLayerPainter::project(const Projector& projector, std::size_t featureIndex,
                                                  const UserLayerData& data) const {
  const UserFeature& feature = data.features[featureIndex];
  Shape shape;
  shape.polygons.setFillRule(Qt::OddEvenFill);
  for (const Polygon& polygon : projector.forward(feature.polygons).polygons) {
    shape.polygons.addPolygon(toPolygon(polygon.exterior));
    for (const Ring& hole : polygon.interiors) shape.polygons.addPolygon(toPolygon(hole));
  }
  for (const LineString& line : feature.lines.lines) {
    std::vector<Vec2> points = line;
    if (projector.forward(points)) shape.lines.addPolygon(toPolygon(points));
  }
  for (const GeoPoint& point : feature.points)
    if (const std::optional<Vec2> projected = projector.forward(point))
      shape.points.emplace_back(projected->x, projected->y);
  shape.bounds = shape.polygons.boundingRect().united(shape.lines.boundingRect());
  for (const QPointF& p : shape.points) shape.bounds = shape.bounds.united(QRectF(p, QSizeF(0, 0)));
  shape.drawable = !shape.polygons.isEmpty() || !shape.lines.isEmpty() || !shape.points.empty();
  if (!shape.points.empty())
    shape.anchor = shape.points.front();
  else
    shape.anchor = shape.bounds.center();
  return shape;
}

const std::vector<UserLayerPainter::Shape>& UserLayerPainter::shapesOf(
    const std::shared_ptr<const UserLayerData>& data, MapProjection projection) {
  // Entries for layers that have gone are dropped first.
  std::erase_if(m_cache, [](const Projected& p) { return p.data.expired(); });
  for (const Projected& entry : m_cache)
    if (entry.key == data.get() && entry.projection == projection) return entry.shapes;
  std::unique_ptr<Projector>& projector = m_projectors[projectionSlot(projection)];
  if (!projector) projector = std::make_unique<Projector>(projection);
  Projected entry{data, data.get(), projection, {}};
  entry.shapes.reserve(data->features.size());
  for (std::size_t i = 0; i < data->features.size(); ++i)
    entry.shapes.push_back(project(*projector, i, *data));
  ++m_projectionCount;
  m_cache.push_back(std::move(entry));
  return m_cache.back().shapes;
}

void UserLayerPainter::drawShape(QPainter& painter, const QTransform& toScreen, const Shape& shape,
                                 const QColor& colour, double scale) {
  painter.setTransform(toScreen);
  if (!shape.polygons.isEmpty()) {
    QPen outline(colour, 1.5 * scale);
    outline.setCosmetic(true);
    painter.setPen(outline);
    painter.setBrush(withAlpha(colour, 0.35));
    painter.drawPath(shape.polygons);
  }
  if (!shape.lines.isEmpty()) {
    QPen pen(colour, kLineWidth * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape.lines);
  }
  painter.resetTransform();
  painter.setPen(QPen(Qt::white, 1.2 * scale));
  painter.setBrush(colour);
  const double radius = kPointRadius * scale;
  for (const QPointF& point : shape.points) painter.drawEllipse(toScreen.map(point), radius, radius);
}

void UserLayerPainter::draw(QPainter& painter, const MapViewport& viewport, DayNumber day,
                            const UserLayers& layers, double scale) {
  const QTransform toScreen = mapTransform(viewport);
  const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
  // Labels cost far more than shapes: a crowded view gets its first ones only.
  int labelsLeft = kMaxLabels;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  for (const UserLayer& layer : layers.layers()) {
    if (!layer.spec.shown || !layer.data) continue;
    const QColor colour = colourOf(layer.spec);
    const std::vector<Shape>& shapes = shapesOf(layer.data, viewport.projection());
    for (std::size_t i = 0; i < shapes.size(); ++i) {
      const Shape& shape = shapes[i];
      const UserFeature& feature = layer.data->features[i];
      if (!shape.drawable || !feature.inForce(day)) continue;
      const QRectF box =
          toScreen.mapRect(shape.bounds).adjusted(-kPointRadius, -kPointRadius, kPointRadius, kPointRadius);
      if (!box.intersects(screen)) continue;
      drawShape(painter, toScreen, shape, colour, scale);
      if (!feature.label.empty() && labelsLeft-- > 0)
        drawLabel(painter, QString::fromStdString(feature.label), toScreen.map(shape.anchor), colour, scale);
    }
  }
  painter.restore();
}

std::optional<UserLayerPainter::Hit> UserLayerPainter::featureAt(const MapViewport& viewport, QPointF screen,
                                                                 DayNumber day, const UserLayers& layers) {
  const QTransform toScreen = mapTransform(viewport);
  const QPointF map = viewport.toMap(screen);
  for (int l = layers.count() - 1; l >= 0; --l) {
    const UserLayer& layer = layers.at(l);
    if (!layer.spec.shown || !layer.data) continue;
    const std::vector<Shape>& shapes = shapesOf(layer.data, viewport.projection());
    for (std::size_t i = shapes.size(); i-- > 0;) {
      const Shape& shape = shapes[i];
      if (!shape.drawable || !layer.data->features[i].inForce(day)) continue;
      const bool onPoint = std::any_of(shape.points.begin(), shape.points.end(), [&](const QPointF& p) {
        const QPointF d = toScreen.map(p) - screen;
        return std::hypot(d.x(), d.y()) <= kHitReach;
      });
      if (onPoint || lineNear(shape.lines, toScreen, screen) || shape.polygons.contains(map))
        return Hit{l, i};
    }
  }
  return std::nullopt;
}

}  // namespace okhotsk::app
