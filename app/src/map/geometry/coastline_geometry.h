// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/geometry.h"

#include <QColor>
#include <QPolygonF>

class QTransform;

#include <cstdint>
#include <span>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// A coastline level prepared for drawing into the cached base image: per-polygon bounds for
/// culling, and the runs of each ring that are real shore. The regional levels are cut at
/// their data box (128–160°E × 30–60°N) and the world level at the antimeridian of its central
/// meridian; the segments along those cuts are not coast and are never stroked.
class CoastlineGeometry {
 public:
  explicit CoastlineGeometry(const Coastline& coastline);

  [[nodiscard]] const Coastline& coastline() const noexcept { return *m_coastline; }
  /// Where the data stops, in degrees (the cut box).
  [[nodiscard]] const Bounds& geographicExtent() const noexcept { return m_geographicExtent; }

  /// Fills land and lakes in GSHHG nesting order (land, lake, island in a lake, pond) for the
  /// polygons that meet `view` (map metres); points closer than `tolerance` metres to the
  /// last drawn one are skipped. `scratch` is reused so that nothing allocates per vertex.
  void fill(QPainter& painter, const Bounds& view, double tolerance, const QColor& land, const QColor& water,
            QPolygonF& scratch) const;
  /// Strokes the shore (with the painter's pen) of the polygons that meet `view`; with
  /// `toDevice`, each line is mapped by it first (vector devices draw it in pixels).
  void strokeShore(QPainter& painter, const Bounds& view, double tolerance, QPolygonF& scratch,
                   const QTransform* toDevice = nullptr) const;
  /// Draws land (levels 1 and 3) into a coverage mask, for label placement.
  void fillLand(QPainter& painter, const Bounds& view, double tolerance, QPolygonF& scratch) const;

 private:
  struct Run {
    std::uint32_t polygon;
    std::uint32_t ring;  // 0 exterior, i + 1 interior i
    std::uint32_t first;
    std::uint32_t count;
  };
  void mendWorldCuts();
  void findShoreRuns();
  [[nodiscard]] std::span<const Vec2> ringPoints(std::uint32_t polygon, std::uint32_t ring) const;
  [[nodiscard]] int levelOf(std::size_t polygon) const noexcept;
  [[nodiscard]] const std::vector<Polygon>& polygons() const noexcept {
    return m_mended.empty() ? m_coastline->projected.polygons : m_mended.polygons;
  }

  const Coastline* m_coastline;
  // The world level with its cut vertices put back on the right edge: the projection maps the
  // data's eastern cut (150°E + 180° = 330°) onto the western edge, so a polygon cut there
  // (Greenland, Antarctica) would stretch across the whole map. Empty when nothing needed it.
  MultiPolygon m_mended;
  Bounds m_geographicExtent;
  std::vector<Bounds> m_polygonBounds;  // projected
  std::vector<Run> m_runs;
};

}  // namespace okhotsk::app
