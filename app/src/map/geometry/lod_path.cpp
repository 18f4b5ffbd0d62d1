// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/geometry/lod_path.h"

#include "okhotsk/geometry_algorithms.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace okhotsk::app {

namespace {

// Level 0 keeps vertices 8 m apart; each level doubles that.
constexpr double kFinestTolerance = 8.0;
constexpr int kCoarsestLevel = 20;

int levelFor(double tolerance) {
  if (!(tolerance >= kFinestTolerance)) return -1;
  return std::min(kCoarsestLevel, static_cast<int>(std::floor(std::log2(tolerance / kFinestTolerance))));
}

double toleranceOf(int level) {
  return level < 0 ? 0.0 : kFinestTolerance * std::exp2(level);
}

void appendRing(QPainterPath& path, std::span<const Vec2> ring, double tolerance,
                std::vector<Vec2>& scratch) {
  if (ring.size() < 3) return;
  std::span<const Vec2> points = ring;
  if (tolerance > 0.0) {
    // A ring smaller than the tolerance would be a speck of a pixel or less: leave it out.
    Bounds b;
    for (const Vec2& p : ring) b.add(p);
    if (b.width() < tolerance && b.height() < tolerance) return;
    scratch.clear();
    simplifyPolyline(ring, tolerance, scratch);
    if (scratch.size() < 3) return;
    points = scratch;
  }
  path.moveTo(points[0].x, points[0].y);
  for (std::size_t i = 1; i < points.size(); ++i) path.lineTo(points[i].x, points[i].y);
  path.closeSubpath();
}

}  // namespace

QRectF boundsRect(const Bounds& bounds) {
  if (bounds.empty()) return {};
  return {QPointF(bounds.minX, bounds.minY), QPointF(bounds.maxX, bounds.maxY)};
}

LodPath::LodPath(const MultiPolygon& source) : m_source(&source), m_bounds(boundsRect(source.bounds())) {}

LodPath::LodPath(MultiLineString lines) : m_lines(std::move(lines)), m_bounds(boundsRect(m_lines.bounds())) {}

const QPainterPath& LodPath::at(double tolerance) {
  const int level = levelFor(tolerance);
  if (const auto it = m_levels.find(level); it != m_levels.end()) return it->second;
  QPainterPath path;
  path.setFillRule(Qt::OddEvenFill);
  if (m_source != nullptr) {
    std::size_t vertices = 0;
    for (const Polygon& polygon : m_source->polygons) {
      vertices += polygon.exterior.size();
      for (const Ring& hole : polygon.interiors) vertices += hole.size();
    }
    path.reserve(static_cast<int>(std::min<std::size_t>(vertices, 1u << 20)));
    std::vector<Vec2> scratch;
    const double t = toleranceOf(level);
    for (const Polygon& polygon : m_source->polygons) {
      appendRing(path, polygon.exterior, t, scratch);
      for (const Ring& hole : polygon.interiors) appendRing(path, hole, t, scratch);
    }
  }
  if (!m_lines.empty()) {
    std::vector<Vec2> scratch;
    const double t = toleranceOf(level);
    for (const LineString& line : m_lines.lines) {
      if (line.size() < 2) continue;
      scratch.clear();
      simplifyPolyline(line, t, scratch);
      path.moveTo(scratch[0].x, scratch[0].y);
      for (std::size_t i = 1; i < scratch.size(); ++i) path.lineTo(scratch[i].x, scratch[i].y);
    }
  }
  return m_levels.emplace(level, std::move(path)).first->second;
}

}  // namespace okhotsk::app
