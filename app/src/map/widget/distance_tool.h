// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/view/map_viewport.h"

#include "okhotsk/geometry.h"
#include "okhotsk/projection.h"

#include <QCoreApplication>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// The map's measure tool: a polyline of points clicked on the map, each segment the
/// geodesic between its ends on the WGS 84 ellipsoid (okhotsk/geodesy.h), drawn as the curve
/// it is in the map's projection, with its length and initial bearing; the total length; and
/// the points' coordinates in degrees, minutes and seconds. A click adds a point, Backspace
/// removes the last, Enter or a double-click ends the line (the next click starts a new one),
/// Escape cancels. Not a widget: MapWidget feeds it the clicks, keys and pointer and paints it
/// over the map.
class DistanceTool {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::DistanceTool)

 public:
  /// Points along each geodesic when it is drawn.
  static constexpr int kGeodesicSegments = 64;

  /// One segment: its length on the ellipsoid and the direction in which it leaves its first
  /// point, in degrees clockwise from true north, in [0, 360).
  struct Segment {
    double distanceKm = 0.0;
    double bearing = 0.0;
  };

  /// Adds a point at `geo` (a finished line is forgotten first). Returns the total length in
  /// kilometres when the line now has a segment.
  std::optional<double> addPoint(const GeoPoint& geo, const Projector& projector);
  /// Removes the last point (a finished line becomes open again). Returns the new total.
  std::optional<double> removeLast(const Projector& projector);
  /// Ends the line (with two points or more): no rubber band; the next point starts anew.
  void finish();
  /// Where the pointer is (logical pixels), for the rubber band from the last point.
  void setHover(std::optional<QPointF> position) { m_hover = position; }
  /// Forgets the line.
  void clear();

  [[nodiscard]] std::size_t pointCount() const noexcept { return m_points.size(); }
  [[nodiscard]] const std::vector<GeoPoint>& points() const noexcept { return m_points; }
  [[nodiscard]] const std::vector<Segment>& segments() const noexcept { return m_segments; }
  /// The sum of the segments in kilometres, once there is one.
  [[nodiscard]] std::optional<double> distanceKm() const noexcept;
  [[nodiscard]] bool isFinished() const noexcept { return m_finished; }
  /// True when there is nothing to draw.
  [[nodiscard]] bool isEmpty() const noexcept { return m_points.empty(); }

  /// The measurement in words, one line each: every point in DMS, every segment's length and
  /// bearing, the total. Drawn in the tool's panel; also the map's accessible description of it.
  [[nodiscard]] QStringList summaryLines() const;

  /// Draws the line in `viewport` (nothing if it was made in the other projection): the
  /// geodesics, numbered points, each segment's length and bearing, the rubber band from the
  /// last point while the line is open, and the summary panel at the top right.
  void draw(QPainter& painter, const MapViewport& viewport, double scale) const;

 private:
  void rebuild(const Projector& projector);

  std::vector<GeoPoint> m_points;
  std::vector<Segment> m_segments;
  std::vector<QPolygonF> m_lines;  // map metres, in m_projection, one per segment
  QPolygonF m_vertices;            // the points in map metres
  MapProjection m_projection = MapProjection::Region;
  std::optional<QPointF> m_hover;
  bool m_finished = false;
};

}  // namespace okhotsk::app
