// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/geometry.h"

#include <cmath>

namespace okhotsk {

namespace {

// Even-odd crossing test of one ring.
bool ringContains(const Ring& ring, const Vec2& p) noexcept {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2& a = ring[i];
    const Vec2& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y)) {
      const double xCross = (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x;
      if (p.x < xCross) inside = !inside;
    }
  }
  return inside;
}

double ringSignedArea(const Ring& ring) noexcept {
  double sum = 0.0;
  const std::size_t n = ring.size();
  if (n < 3) return 0.0;
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) sum += (ring[j].x * ring[i].y) - (ring[i].x * ring[j].y);
  return sum / 2.0;
}

}  // namespace

Bounds MultiPolygon::bounds() const noexcept {
  Bounds b;
  for (const Polygon& polygon : polygons)
    for (const Vec2& p : polygon.exterior) b.add(p);
  return b;
}

std::size_t MultiPolygon::vertexCount() const noexcept {
  std::size_t count = 0;
  for (const Polygon& polygon : polygons) {
    count += polygon.exterior.size();
    for (const Ring& hole : polygon.interiors) count += hole.size();
  }
  return count;
}

bool MultiPolygon::contains(const Vec2& point) const noexcept {
  for (const Polygon& polygon : polygons) {
    if (!ringContains(polygon.exterior, point)) continue;
    bool inHole = false;
    for (const Ring& hole : polygon.interiors) {
      if (ringContains(hole, point)) {
        inHole = true;
        break;
      }
    }
    if (!inHole) return true;
  }
  return false;
}

Bounds MultiLineString::bounds() const noexcept {
  Bounds b;
  for (const LineString& line : lines)
    for (const Vec2& p : line) b.add(p);
  return b;
}

double planarArea(const MultiPolygon& shape) noexcept {
  double area = 0.0;
  for (const Polygon& polygon : shape.polygons) {
    area += std::abs(ringSignedArea(polygon.exterior));
    for (const Ring& hole : polygon.interiors) area -= std::abs(ringSignedArea(hole));
  }
  return area;
}

}  // namespace okhotsk
