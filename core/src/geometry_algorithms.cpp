// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/geometry_algorithms.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace okhotsk {

namespace {

double squaredSegmentDistance(const Vec2& p, const Vec2& a, const Vec2& b) {
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double lengthSquared = dx * dx + dy * dy;
  double t = lengthSquared > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const double ex = a.x + t * dx - p.x;
  const double ey = a.y + t * dy - p.y;
  return ex * ex + ey * ey;
}

struct SegmentKey {
  std::int64_t ax, ay, bx, by;
  friend bool operator==(const SegmentKey&, const SegmentKey&) = default;
};

struct SegmentHash {
  std::size_t operator()(const SegmentKey& k) const noexcept {
    std::size_t h = 1469598103934665603ull;
    for (const std::int64_t v : {k.ax, k.ay, k.bx, k.by})
      h = (h ^ static_cast<std::size_t>(v)) * 1099511628211ull;
    return h;
  }
};

using SegmentSet = std::unordered_set<SegmentKey, SegmentHash>;

// Direction-free key of a segment, its ends rounded to 1e-5 degree (the data's precision).
SegmentKey segmentKey(const Vec2& a, const Vec2& b) {
  auto q = [](double v) { return static_cast<std::int64_t>(std::llround(v * 1e5)); };
  std::array<std::int64_t, 2> p{q(a.x), q(a.y)};
  std::array<std::int64_t, 2> r{q(b.x), q(b.y)};
  if (r < p) std::swap(p, r);
  return {p[0], p[1], r[0], r[1]};
}

template <typename Visit>
void forEachRing(const MultiPolygon& shape, Visit visit) {
  for (const Polygon& polygon : shape.polygons) {
    visit(polygon.exterior);
    for (const Ring& hole : polygon.interiors) visit(hole);
  }
}

// The segments met in more than one shape.
SegmentSet sharedSegments(std::span<const MultiPolygon* const> geographic) {
  // Which shape first used each segment; a segment met again in another shape is shared.
  // Sized up front: growing the table through the territories' ~10^5 segments rehashed it
  // many times, and this runs before the first frame.
  std::size_t segments = 0;
  for (const MultiPolygon* shape : geographic)
    forEachRing(*shape, [&](const Ring& ring) { segments += ring.size(); });
  std::unordered_map<SegmentKey, std::size_t, SegmentHash> owner;
  owner.reserve(segments);
  SegmentSet shared;
  for (std::size_t s = 0; s < geographic.size(); ++s)
    forEachRing(*geographic[s], [&](const Ring& ring) {
      for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const SegmentKey key = segmentKey(ring[i], ring[i + 1]);
        const auto [it, inserted] = owner.emplace(key, s);
        if (!inserted && it->second != s) shared.insert(key);
      }
    });
  return shared;
}

// Appends to `out` the runs of `map` (the projected ring) whose segments are not shared.
void appendUnsharedRuns(const Ring& geo, const Ring& map, const SegmentSet& shared, MultiLineString& out) {
  LineString run;
  for (std::size_t i = 0; i + 1 < map.size(); ++i) {
    if (shared.contains(segmentKey(geo[i], geo[i + 1]))) {
      if (run.size() >= 2) out.lines.push_back(std::move(run));
      run.clear();
      continue;
    }
    if (run.empty()) run.push_back(map[i]);
    run.push_back(map[i + 1]);
  }
  if (run.size() >= 2) out.lines.push_back(std::move(run));
}

}  // namespace

void simplifyPolyline(std::span<const Vec2> points, double tolerance, std::vector<Vec2>& out) {
  const std::size_t n = points.size();
  if (n <= 2 || tolerance <= 0.0) {
    out.insert(out.end(), points.begin(), points.end());
    return;
  }
  // Iterative Douglas–Peucker with an explicit stack; `keep` marks the survivors.
  std::vector<char> keep(n, 0);
  keep[0] = 1;
  keep[n - 1] = 1;
  std::vector<std::pair<std::size_t, std::size_t>> stack;
  stack.emplace_back(0, n - 1);
  const double toleranceSquared = tolerance * tolerance;
  while (!stack.empty()) {
    const auto [first, last] = stack.back();
    stack.pop_back();
    double worst = -1.0;
    std::size_t worstIndex = first;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double d = squaredSegmentDistance(points[i], points[first], points[last]);
      if (d > worst) {
        worst = d;
        worstIndex = i;
      }
    }
    // A closed ring starts and ends on the same point: its first split must happen whatever
    // the distance, or the whole ring would collapse onto one segment.
    const bool degenerate = first == 0 && last == n - 1 && points[first] == points[last];
    if (worstIndex > first && (worst > toleranceSquared || degenerate)) {
      keep[worstIndex] = 1;
      stack.emplace_back(first, worstIndex);
      stack.emplace_back(worstIndex, last);
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i] != 0) out.push_back(points[i]);
}

std::vector<std::vector<MultiLineString>> unsharedOutlines(
    std::span<const MultiPolygon* const> geographic,
    std::span<const std::vector<const MultiPolygon*>> projections) {
  const SegmentSet shared = sharedSegments(geographic);
  std::vector<std::vector<MultiLineString>> results;
  results.reserve(projections.size());
  for (const std::vector<const MultiPolygon*>& projected : projections) {
    std::vector<MultiLineString> result(projected.size());
    for (std::size_t s = 0; s < projected.size() && s < geographic.size(); ++s) {
      std::vector<const Ring*> geoRings;
      std::vector<const Ring*> mapRings;
      forEachRing(*geographic[s], [&](const Ring& ring) { geoRings.push_back(&ring); });
      forEachRing(*projected[s], [&](const Ring& ring) { mapRings.push_back(&ring); });
      for (std::size_t r = 0; r < mapRings.size(); ++r) {
        if (r >= geoRings.size() || geoRings[r]->size() != mapRings[r]->size())
          result[s].lines.push_back(*mapRings[r]);  // cannot tell: keep the whole ring
        else
          appendUnsharedRuns(*geoRings[r], *mapRings[r], shared, result[s]);
      }
    }
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace okhotsk
