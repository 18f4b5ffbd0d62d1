// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/view/map_viewport.h"

#include "okhotsk/geometry.h"
#include "okhotsk/projection.h"

#include <QPointF>
#include <QPolygonF>

#include <optional>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// The map's measure tool: the ends clicked on the map, the geodesic between them on the
/// WGS 84 ellipsoid (okhotsk/geodesy.h), drawn as the curve it is in the map's projection,
/// and its length. A third click starts a new measurement. Not a widget: MapWidget feeds it
/// the clicks and the pointer and paints it over the map.
class DistanceTool {
 public:
  /// Points along the geodesic when it is drawn.
  static constexpr int kGeodesicSegments = 64;

  /// Adds an end at `geo`, shown at `map` (map metres) in `projector`'s projection. Returns
  /// the distance in kilometres when this end completes a measurement.
  std::optional<double> addPoint(const GeoPoint& geo, QPointF map, const Projector& projector);
  /// Where the pointer is (logical pixels), for the rubber band from the first end.
  void setHover(std::optional<QPointF> position) { m_hover = position; }
  /// Forgets the ends and the distance.
  void clear();

  /// The ends clicked so far (0, 1 or 2).
  [[nodiscard]] std::size_t pointCount() const noexcept { return m_points.size(); }
  /// The last measured distance in kilometres, if two ends have been clicked.
  [[nodiscard]] std::optional<double> distanceKm() const noexcept { return m_distanceKm; }
  /// True when there is something to draw.
  [[nodiscard]] bool isEmpty() const noexcept { return m_line.isEmpty(); }

  /// Draws the measurement in `viewport` (nothing if it was made in the other projection):
  /// the geodesic with its ends and its length, or the rubber band from the first end.
  void draw(QPainter& painter, const MapViewport& viewport, double scale) const;

 private:
  void drawMeasured(QPainter& painter, const MapViewport& viewport, double scale) const;

  std::vector<GeoPoint> m_points;
  QPolygonF m_line;  // map metres, in m_projection
  MapProjection m_projection = MapProjection::Region;
  std::optional<QPointF> m_hover;
  std::optional<double> m_distanceKm;
};

}  // namespace okhotsk::app
