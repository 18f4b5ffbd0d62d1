// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/map_hit_test.h"

#include "map/render/map_shapes.h"

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
