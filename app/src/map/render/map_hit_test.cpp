// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/map_hit_test.h"

#include "map/render/map_shapes.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

const Territory* territoryAt(const MapShapes& shapes, const MapViewport& viewport, QPointF screen) {
  if (shapes.dataset() == nullptr) return nullptr;
  const QPointF map = viewport.toMap(screen);
  const Vec2 point{map.x(), map.y()};
  const std::size_t p = projectionSlot(viewport.projection());
  // Several territories can contain the point only if the data overlap; take the smallest.
  const Territory* best = nullptr;
  double bestArea = 0.0;
  for (const TerritoryShape& t : shapes.territories()) {
    const QRectF& bounds = t.shapes[p].bounds();
    if (!bounds.contains(map)) continue;
    const MultiPolygon& shape = p == 0 ? t.territory->shape.region : t.territory->shape.world;
    if (!shape.contains(point)) continue;
    const double area = bounds.width() * bounds.height();
    if (best == nullptr || area < bestArea) {
      best = t.territory;
      bestArea = area;
    }
  }
  return best;
}

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
  const QPointF ab = b - a;
  const double length2 = QPointF::dotProduct(ab, ab);
  const double t = length2 > 0.0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
  const QPointF nearest = a + ab * t;
  return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

}  // namespace

const Boundary* boundaryAt(const MapShapes& shapes, const MapViewport& viewport,
                           std::span<const Boundary* const> inForce, QPointF screen, double tolerance) {
  const std::size_t p = projectionSlot(viewport.projection());
  const Boundary* best = nullptr;
  double bestDistance = tolerance;
  for (const Boundary* boundary : inForce) {
    const QPainterPath& path = shapes.boundaryPath(boundary, p);
    if (path.isEmpty()) continue;
    const QRectF box = QRectF(viewport.toScreen(path.controlPointRect().topLeft()),
                              viewport.toScreen(path.controlPointRect().bottomRight()))
                           .normalized()
                           .adjusted(-tolerance, -tolerance, tolerance, tolerance);
    if (!box.contains(screen)) continue;
    QPointF previous;
    for (int i = 0; i < path.elementCount(); ++i) {
      const QPainterPath::Element e = path.elementAt(i);
      const QPointF at = viewport.toScreen(QPointF(e.x, e.y));
      if (!e.isMoveTo()) {
        const double distance = distanceToSegment(screen, previous, at);
        if (distance <= bestDistance) {
          best = boundary;
          bestDistance = distance;
        }
      }
      previous = at;
    }
  }
  return best;
}

const TerritoryPart* territoryPartAt(const MapShapes& shapes, const MapViewport& viewport, QPointF screen) {
  const QPointF map = viewport.toMap(screen);
  const std::size_t p = projectionSlot(viewport.projection());
  for (const TerritoryShape& t : shapes.territories())
    for (const PartShape& part : t.parts) {
      if (!part.bounds[p].contains(map)) continue;
      const MultiPolygon& shape = p == 0 ? part.part->shape.region : part.part->shape.world;
      if (shape.contains(Vec2{map.x(), map.y()})) return part.part;
    }
  return nullptr;
}

}  // namespace okhotsk::app
