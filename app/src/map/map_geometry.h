#pragma once

#include "okhotsk/dataset.h"
#include "okhotsk/geometry.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <cstdint>
#include <map>
#include <span>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// Douglas–Peucker simplification of one ring or line: appends the kept points of `points`
/// to `out` (first and last are always kept). `tolerance` is in the points' units.
void simplifyPolyline(std::span<const Vec2> points, double tolerance, std::vector<Vec2>& out);

/// The map-plane bounds of a multipolygon as a QRectF (y up, as in the map plane).
[[nodiscard]] QRectF boundsRect(const Bounds& bounds);

/// One projected multipolygon (a territory in one projection) as QPainterPaths at several
/// levels of detail, built on first use and kept: a frame draws a path whose vertices are
/// about half a device pixel apart, whatever the source resolution, so filling and outlining
/// a territory costs the same at every zoom. The source must outlive this object (the
/// Dataset owns it).
class LodPath {
 public:
  LodPath() = default;
  explicit LodPath(const MultiPolygon& source);
  /// Open polylines (owned), e.g. a territory's shore without the edges it shares with a
  /// neighbour.
  explicit LodPath(MultiLineString lines);

  /// The path simplified to at most `tolerance` map metres (quantised to powers of two
  /// from 8 m; finer requests get the source as it is). Even-odd filled, holes included.
  [[nodiscard]] const QPainterPath& at(double tolerance);
  /// Source bounds in map metres (y up).
  [[nodiscard]] const QRectF& bounds() const noexcept { return m_bounds; }
  [[nodiscard]] bool empty() const noexcept {
    return (m_source == nullptr || m_source->empty()) && m_lines.empty();
  }
  /// Levels built so far (for tests and the benchmark's memory accounting).
  [[nodiscard]] std::size_t levelCount() const noexcept { return m_levels.size(); }

 private:
  const MultiPolygon* m_source = nullptr;
  MultiLineString m_lines;
  QRectF m_bounds;
  std::map<int, QPainterPath> m_levels;  // key: level (-1 = source resolution)
};

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
  /// Strokes the shore (with the painter's pen) of the polygons that meet `view`.
  void strokeShore(QPainter& painter, const Bounds& view, double tolerance, QPolygonF& scratch) const;
  /// Draws land (levels 1 and 3) into a coverage mask, for label placement.
  void fillLand(QPainter& painter, const Bounds& view, double tolerance, QPolygonF& scratch) const;

 private:
  struct Run {
    std::uint32_t polygon;
    std::uint32_t ring;  // 0 exterior, i + 1 interior i
    std::uint32_t first;
    std::uint32_t count;
  };
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

/// The parts of each territory's rings that are not shared with another territory (the cut
/// between North and South Sakhalin at 50°N is a boundary only while one is in force), one
/// MultiLineString per shape, for each projection at once: `result[p][i]` is the outline of
/// `projections[p][i]`. `geographic[i]` and `projections[p][i]` are the same shape (vertex for
/// vertex); shared segments are found once, on the geographic vertices, which the data gives
/// to five decimals on both sides of a cut.
[[nodiscard]] std::vector<std::vector<MultiLineString>> unsharedOutlines(
    std::span<const MultiPolygon* const> geographic,
    std::span<const std::vector<const MultiPolygon*>> projections);

/// Copies `points` into `out` (cleared first), skipping points closer than `tolerance` to the
/// last one kept; the last point is always kept.
void decimateInto(std::span<const Vec2> points, double tolerance, QPolygonF& out);

}  // namespace okhotsk::app
