#include "map/map_geometry.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

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

bool near(double a, double b) {
  return std::abs(a - b) < 1e-6;
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

namespace {

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

}  // namespace

std::vector<std::vector<MultiLineString>> unsharedOutlines(
    std::span<const MultiPolygon* const> geographic,
    std::span<const std::vector<const MultiPolygon*>> projections) {
  // Which shape first used each segment; a segment met again in another shape is shared.
  // Sized up front: growing the table through the territories' ~10^5 segments rehashed it
  // many times, and this runs before the first frame.
  std::size_t segments = 0;
  for (const MultiPolygon* shape : geographic)
    forEachRing(*shape, [&](const Ring& ring) { segments += ring.size(); });
  std::unordered_map<SegmentKey, std::size_t, SegmentHash> owner;
  owner.reserve(segments);
  std::unordered_set<SegmentKey, SegmentHash> shared;
  for (std::size_t s = 0; s < geographic.size(); ++s)
    forEachRing(*geographic[s], [&](const Ring& ring) {
      for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const SegmentKey key = segmentKey(ring[i], ring[i + 1]);
        const auto [it, inserted] = owner.emplace(key, s);
        if (!inserted && it->second != s) shared.insert(key);
      }
    });
  owner = {};  // no longer needed: free it before the outlines are built

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
        const Ring& map = *mapRings[r];
        if (r >= geoRings.size() || geoRings[r]->size() != map.size()) {
          result[s].lines.push_back(map);  // cannot tell: keep the whole ring
          continue;
        }
        const Ring& geo = *geoRings[r];
        LineString run;
        for (std::size_t i = 0; i + 1 < map.size(); ++i) {
          if (shared.contains(segmentKey(geo[i], geo[i + 1]))) {
            if (run.size() >= 2) result[s].lines.push_back(std::move(run));
            run.clear();
            continue;
          }
          if (run.empty()) run.push_back(map[i]);
          run.push_back(map[i + 1]);
        }
        if (run.size() >= 2) result[s].lines.push_back(std::move(run));
      }
    }
    results.push_back(std::move(result));
  }
  return results;
}

void decimateInto(std::span<const Vec2> points, double tolerance, QPolygonF& out) {
  out.clear();
  if (points.empty()) return;
  const double toleranceSquared = tolerance * tolerance;
  Vec2 last = points[0];
  out.append(QPointF(last.x, last.y));
  const std::size_t n = points.size();
  for (std::size_t i = 1; i + 1 < n; ++i) {
    const Vec2& p = points[i];
    const double dx = p.x - last.x;
    const double dy = p.y - last.y;
    if (dx * dx + dy * dy < toleranceSquared) continue;
    out.append(QPointF(p.x, p.y));
    last = p;
  }
  if (n > 1) out.append(QPointF(points[n - 1].x, points[n - 1].y));
}

CoastlineGeometry::CoastlineGeometry(const Coastline& coastline) : m_coastline(&coastline) {
  for (const Polygon& polygon : coastline.geographic.polygons)
    for (const Vec2& p : polygon.exterior) m_geographicExtent.add(p);
  const auto& geographic = coastline.geographic.polygons;
  if (coastline.projection == MapProjection::World &&
      geographic.size() == coastline.projected.polygons.size()) {
    // Longitudes at the eastern cut belong on the eastern edge (positive x), those at the
    // western cut on the western edge.
    const double east = m_geographicExtent.maxX;
    const double west = m_geographicExtent.minX;
    bool mended = false;
    MultiPolygon copy = coastline.projected;
    for (std::size_t p = 0; p < geographic.size(); ++p) {
      const Ring& geo = geographic[p].exterior;
      Ring& map = copy.polygons[p].exterior;
      if (geo.size() != map.size()) continue;
      for (std::size_t i = 0; i < geo.size(); ++i) {
        const bool eastOnWrongSide = near(geo[i].x, east) && map[i].x < 0.0;
        const bool westOnWrongSide = near(geo[i].x, west) && map[i].x > 0.0;
        if (eastOnWrongSide || westOnWrongSide) {
          map[i].x = -map[i].x;
          mended = true;
        }
      }
    }
    if (mended) m_mended = std::move(copy);
  }
  const auto& projected = polygons();
  m_polygonBounds.reserve(projected.size());
  for (const Polygon& polygon : projected) {
    Bounds b;
    for (const Vec2& p : polygon.exterior) b.add(p);
    m_polygonBounds.push_back(b);
  }

  // A segment both of whose ends lie on the same side of the data's extent is a cut, not
  // shore. The geographic and projected rings have the same vertices (projected once at load).
  const Bounds& e = m_geographicExtent;
  auto onCut = [&e](const Vec2& a, const Vec2& b) {
    return (near(a.x, e.minX) && near(b.x, e.minX)) || (near(a.x, e.maxX) && near(b.x, e.maxX)) ||
           (near(a.y, e.minY) && near(b.y, e.minY)) || (near(a.y, e.maxY) && near(b.y, e.maxY));
  };
  const bool parallel = geographic.size() == projected.size();
  for (std::size_t p = 0; p < projected.size(); ++p) {
    const std::size_t ringCount = 1 + projected[p].interiors.size();
    for (std::size_t r = 0; r < ringCount; ++r) {
      const Ring& ring = r == 0 ? projected[p].exterior : projected[p].interiors[r - 1];
      const Ring* geo = nullptr;
      if (parallel) {
        const Polygon& g = geographic[p];
        const Ring& candidate =
            r == 0 ? g.exterior : (r - 1 < g.interiors.size() ? g.interiors[r - 1] : g.exterior);
        if (candidate.size() == ring.size()) geo = &candidate;
      }
      if (ring.size() < 2) continue;
      auto push = [&](std::size_t first, std::size_t count) {
        if (count >= 2)
          m_runs.push_back({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(r),
                            static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(count)});
      };
      if (geo == nullptr) {
        push(0, ring.size());
        continue;
      }
      std::size_t runStart = 0;
      for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        if (onCut((*geo)[i], (*geo)[i + 1])) {
          push(runStart, i + 1 - runStart);
          runStart = i + 1;
        }
      }
      push(runStart, ring.size() - runStart);
    }
  }
}

std::span<const Vec2> CoastlineGeometry::ringPoints(std::uint32_t polygon, std::uint32_t ring) const {
  const Polygon& p = polygons()[polygon];
  return ring == 0 ? std::span<const Vec2>(p.exterior) : std::span<const Vec2>(p.interiors[ring - 1]);
}

int CoastlineGeometry::levelOf(std::size_t polygon) const noexcept {
  const auto& levels = m_coastline->gshhgLevels;
  return polygon < levels.size() ? levels[polygon] : 1;
}

void CoastlineGeometry::fill(QPainter& painter, const Bounds& view, double tolerance, const QColor& land,
                             const QColor& water, QPolygonF& scratch) const {
  const auto& polygons = this->polygons();
  painter.setPen(Qt::NoPen);
  // Nesting order: each level is drawn over the one that contains it.
  for (int level = 1; level <= 4; ++level) {
    painter.setBrush(level % 2 == 1 ? land : water);
    for (std::size_t i = 0; i < polygons.size(); ++i) {
      if (levelOf(i) != level || !m_polygonBounds[i].intersects(view)) continue;
      decimateInto(polygons[i].exterior, tolerance, scratch);
      if (scratch.size() >= 3) painter.drawPolygon(scratch);
    }
  }
}

void CoastlineGeometry::fillLand(QPainter& painter, const Bounds& view, double tolerance,
                                 QPolygonF& scratch) const {
  const auto& polygons = this->polygons();
  for (std::size_t i = 0; i < polygons.size(); ++i) {
    const int level = levelOf(i);
    if ((level != 1 && level != 3) || !m_polygonBounds[i].intersects(view)) continue;
    decimateInto(polygons[i].exterior, tolerance, scratch);
    if (scratch.size() >= 3) painter.drawPolygon(scratch);
  }
}

void CoastlineGeometry::strokeShore(QPainter& painter, const Bounds& view, double tolerance,
                                    QPolygonF& scratch) const {
  painter.setBrush(Qt::NoBrush);
  for (const Run& run : m_runs) {
    if (!m_polygonBounds[run.polygon].intersects(view)) continue;
    decimateInto(ringPoints(run.polygon, run.ring).subspan(run.first, run.count), tolerance, scratch);
    if (scratch.size() >= 2) painter.drawPolyline(scratch);
  }
}

}  // namespace okhotsk::app
