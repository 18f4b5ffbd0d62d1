// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/geometry/coastline_geometry.h"

#include "okhotsk/geometry_algorithms.h"

#include <QPainter>
#include <QTransform>

#include <cmath>

namespace okhotsk::app {

namespace {

bool near(double a, double b) {
  return std::abs(a - b) < 1e-6;
}

// Copies `points` into `out` (cleared first), thinned to `tolerance` (decimatePolyline).
void decimateInto(std::span<const Vec2> points, double tolerance, QPolygonF& out) {
  out.clear();
  decimatePolyline(points, tolerance, [&out](const Vec2& p) { out.append(QPointF(p.x, p.y)); });
}

}  // namespace

CoastlineGeometry::CoastlineGeometry(const Coastline& coastline) : m_coastline(&coastline) {
  for (const Polygon& polygon : coastline.geographic.polygons)
    for (const Vec2& p : polygon.exterior) m_geographicExtent.add(p);
  if (coastline.projection == MapProjection::World) mendWorldCuts();
  const auto& projected = polygons();
  m_polygonBounds.reserve(projected.size());
  for (const Polygon& polygon : projected) {
    Bounds b;
    for (const Vec2& p : polygon.exterior) b.add(p);
    m_polygonBounds.push_back(b);
  }
  findShoreRuns();
}

void CoastlineGeometry::mendWorldCuts() {
  const auto& geographic = m_coastline->geographic.polygons;
  if (geographic.size() != m_coastline->projected.polygons.size()) return;
  // Longitudes at the eastern cut belong on the eastern edge (positive x), those at the
  // western cut on the western edge.
  const double east = m_geographicExtent.maxX;
  const double west = m_geographicExtent.minX;
  bool mended = false;
  MultiPolygon copy = m_coastline->projected;
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

namespace {

// Appends the runs of real shore of one ring (`size` vertices): a segment both of whose ends lie
// on the same side of the data's extent `e` is a cut, not shore. Without the ring's geographic
// vertices (`geo`), the whole ring is one run.
template <typename Runs>
void appendShoreRuns(Runs& runs, std::size_t polygon, std::size_t ring, std::size_t size, const Ring* geo,
                     const Bounds& e) {
  auto push = [&](std::size_t first, std::size_t count) {
    if (count >= 2)
      runs.push_back({static_cast<std::uint32_t>(polygon), static_cast<std::uint32_t>(ring),
                      static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(count)});
  };
  if (geo == nullptr) {
    push(0, size);
    return;
  }
  auto onCut = [&e](const Vec2& a, const Vec2& b) {
    return (near(a.x, e.minX) && near(b.x, e.minX)) || (near(a.x, e.maxX) && near(b.x, e.maxX)) ||
           (near(a.y, e.minY) && near(b.y, e.minY)) || (near(a.y, e.maxY) && near(b.y, e.maxY));
  };
  std::size_t runStart = 0;
  for (std::size_t i = 0; i + 1 < size; ++i) {
    if (onCut((*geo)[i], (*geo)[i + 1])) {
      push(runStart, i + 1 - runStart);
      runStart = i + 1;
    }
  }
  push(runStart, size - runStart);
}

}  // namespace

void CoastlineGeometry::findShoreRuns() {
  // The geographic and projected rings have the same vertices (projected once at load), so the
  // cuts found on the geographic ring mark the projected one.
  const auto& geographic = m_coastline->geographic.polygons;
  const auto& projected = polygons();
  const bool parallel = geographic.size() == projected.size();
  for (std::size_t p = 0; p < projected.size(); ++p) {
    const std::size_t ringCount = 1 + projected[p].interiors.size();
    for (std::size_t r = 0; r < ringCount; ++r) {
      const Ring& ring = r == 0 ? projected[p].exterior : projected[p].interiors[r - 1];
      if (ring.size() < 2) continue;
      const Ring* geo = nullptr;
      if (parallel) {
        const Polygon& g = geographic[p];
        const Ring& candidate =
            r == 0 ? g.exterior : (r - 1 < g.interiors.size() ? g.interiors[r - 1] : g.exterior);
        if (candidate.size() == ring.size()) geo = &candidate;
      }
      appendShoreRuns(m_runs, p, r, ring.size(), geo, m_geographicExtent);
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
                                    QPolygonF& scratch, const QTransform* toDevice) const {
  painter.setBrush(Qt::NoBrush);
  for (const Run& run : m_runs) {
    if (!m_polygonBounds[run.polygon].intersects(view)) continue;
    decimateInto(ringPoints(run.polygon, run.ring).subspan(run.first, run.count), tolerance, scratch);
    if (scratch.size() < 2) continue;
    if (toDevice != nullptr)
      for (QPointF& point : scratch) point = toDevice->map(point);
    painter.drawPolyline(scratch);
  }
}

}  // namespace okhotsk::app
