// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file geometry_algorithms.h
/// Pure algorithms on the plain geometry values of geometry.h, shared by the map's levels of
/// detail and its coastline drawing. No projection, no painting.

#include "okhotsk/geometry.h"

#include <span>
#include <vector>

namespace okhotsk {

/// Douglas–Peucker simplification of one ring or line: appends the kept points of `points`
/// to `out` (first and last are always kept; a closed ring is split at its farthest point
/// whatever the tolerance, so that it never collapses onto one segment). `tolerance` is in
/// the points' units; zero or less keeps every point.
void simplifyPolyline(std::span<const Vec2> points, double tolerance, std::vector<Vec2>& out);

/// Calls `emit(point)` for the points of `points` that lie at least `tolerance` from the last
/// point emitted (the first and the last point always), in order. A cheap per-frame thinning
/// of polylines whose vertices are much denser than the pixels they are drawn on.
template <typename Emit>
void decimatePolyline(std::span<const Vec2> points, double tolerance, Emit&& emit) {
  if (points.empty()) return;
  const double toleranceSquared = tolerance * tolerance;
  Vec2 last = points[0];
  emit(last);
  const std::size_t n = points.size();
  for (std::size_t i = 1; i + 1 < n; ++i) {
    const Vec2& p = points[i];
    const double dx = p.x - last.x;
    const double dy = p.y - last.y;
    if (dx * dx + dy * dy < toleranceSquared) continue;
    emit(p);
    last = p;
  }
  if (n > 1) emit(points[n - 1]);
}

/// The parts of each shape's rings that are not shared with another shape (the cut between
/// North and South Sakhalin at 50°N is a boundary only while one is in force), one
/// MultiLineString per shape, for several projections at once: `result[p][i]` is the outline
/// of `projections[p][i]`. `geographic[i]` and `projections[p][i]` are the same shape (vertex
/// for vertex); shared segments are found once, on the geographic vertices, rounded to 1e-5
/// degree (the data gives them to five decimals on both sides of a cut). A projected ring
/// whose vertex count differs from its geographic ring is kept whole.
[[nodiscard]] std::vector<std::vector<MultiLineString>> unsharedOutlines(
    std::span<const MultiPolygon* const> geographic,
    std::span<const std::vector<const MultiPolygon*>> projections);

}  // namespace okhotsk
