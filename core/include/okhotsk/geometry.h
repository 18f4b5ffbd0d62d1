// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file geometry.h
/// Plain geometry values owned by core. Coordinates are either geographic
/// (x = longitude, y = latitude, degrees, WGS 84) or projected (metres in one of the
/// map projections of projection.h). No GDAL type appears here.

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace okhotsk {

struct Vec2 {
  double x = 0.0;
  double y = 0.0;
  friend bool operator==(const Vec2&, const Vec2&) = default;
};

/// A geographic point (degrees, WGS 84).
struct GeoPoint {
  double lon = 0.0;
  double lat = 0.0;
  friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

/// Axis-aligned bounds; empty until a point is added.
struct Bounds {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  [[nodiscard]] bool empty() const noexcept { return minX > maxX || minY > maxY; }
  void add(const Vec2& p) noexcept {
    minX = std::min(minX, p.x);
    minY = std::min(minY, p.y);
    maxX = std::max(maxX, p.x);
    maxY = std::max(maxY, p.y);
  }
  void add(const Bounds& b) noexcept {
    if (b.empty()) return;
    add(Vec2{b.minX, b.minY});
    add(Vec2{b.maxX, b.maxY});
  }
  [[nodiscard]] bool intersects(const Bounds& b) const noexcept {
    return !empty() && !b.empty() && minX <= b.maxX && b.minX <= maxX && minY <= b.maxY && b.minY <= maxY;
  }
  [[nodiscard]] bool contains(const Vec2& p) const noexcept {
    return minX <= p.x && p.x <= maxX && minY <= p.y && p.y <= maxY;
  }
  [[nodiscard]] double width() const noexcept { return empty() ? 0.0 : maxX - minX; }
  [[nodiscard]] double height() const noexcept { return empty() ? 0.0 : maxY - minY; }
};

/// A closed ring; the last point repeats the first.
using Ring = std::vector<Vec2>;
using LineString = std::vector<Vec2>;

struct Polygon {
  Ring exterior;
  std::vector<Ring> interiors;
};

struct MultiPolygon {
  std::vector<Polygon> polygons;
  [[nodiscard]] bool empty() const noexcept { return polygons.empty(); }
  [[nodiscard]] Bounds bounds() const noexcept;
  [[nodiscard]] std::size_t vertexCount() const noexcept;
  /// Even-odd point-in-polygon over every polygon (holes excluded).
  [[nodiscard]] bool contains(const Vec2& point) const noexcept;
};

struct MultiLineString {
  std::vector<LineString> lines;
  [[nodiscard]] bool empty() const noexcept { return lines.empty(); }
  [[nodiscard]] Bounds bounds() const noexcept;
};

/// Planar area of a multipolygon in the units of its coordinates squared
/// (holes subtracted). Use it on an equal-area projection for real areas.
[[nodiscard]] double planarArea(const MultiPolygon& shape) noexcept;

}  // namespace okhotsk
