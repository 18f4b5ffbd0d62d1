// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/projection.h"

#include <ogr_spatialref.h>

#include <cmath>
#include <string>

namespace okhotsk {

namespace {

constexpr std::string_view kRegionDefinition =
    "+proj=lcc +lat_0=45 +lon_0=145 +lat_1=38 +lat_2=52 +datum=WGS84 +units=m +no_defs";
constexpr std::string_view kWorldDefinition = "+proj=eqearth +lon_0=150 +datum=WGS84 +units=m +no_defs";

// A WGS 84 reference with longitude first, whatever the authority says.
OGRSpatialReference makeWgs84() {
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return wgs84;
}

struct Transformations {
  std::unique_ptr<OGRCoordinateTransformation> forward;
  std::unique_ptr<OGRCoordinateTransformation> inverse;
};

Transformations makeTransformations(std::string_view definition) {
  OGRSpatialReference wgs84 = makeWgs84();
  OGRSpatialReference target;
  target.SetFromUserInput(std::string(definition).c_str());
  target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  Transformations t;
  t.forward.reset(OGRCreateCoordinateTransformation(&wgs84, &target));
  t.inverse.reset(OGRCreateCoordinateTransformation(&target, &wgs84));
  return t;
}

// Transforms interleaved points in place through separate x/y buffers (OGR takes no stride).
bool transformInPlace(OGRCoordinateTransformation* transformation, std::vector<Vec2>& points) {
  if (transformation == nullptr) return false;
  if (points.empty()) return true;
  std::vector<double> xs(points.size());
  std::vector<double> ys(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    xs[i] = points[i].x;
    ys[i] = points[i].y;
  }
  std::vector<int> ok(points.size(), 0);
  transformation->Transform(static_cast<int>(points.size()), xs.data(), ys.data(), nullptr, ok.data());
  bool all = true;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (ok[i] != 0 && std::isfinite(xs[i]) && std::isfinite(ys[i])) {
      points[i] = {xs[i], ys[i]};
    } else {
      all = false;
    }
  }
  return all;
}

}  // namespace

std::string_view projectionDefinition(MapProjection projection) noexcept {
  return projection == MapProjection::Region ? kRegionDefinition : kWorldDefinition;
}

struct Projector::Impl {
  Transformations transformations;
};

Projector::Projector(MapProjection projection) : m_projection(projection), m_impl(std::make_unique<Impl>()) {
  m_impl->transformations = makeTransformations(projectionDefinition(projection));
}

Projector::~Projector() = default;
Projector::Projector(Projector&&) noexcept = default;
Projector& Projector::operator=(Projector&&) noexcept = default;

std::optional<Vec2> Projector::forward(const GeoPoint& point) const {
  std::vector<Vec2> one{{point.lon, point.lat}};
  if (!transformInPlace(m_impl->transformations.forward.get(), one)) return std::nullopt;
  return one.front();
}

bool Projector::forward(std::vector<Vec2>& lonLatInOut) const {
  return transformInPlace(m_impl->transformations.forward.get(), lonLatInOut);
}

std::optional<GeoPoint> Projector::inverse(const Vec2& point) const {
  std::vector<Vec2> one{point};
  if (!transformInPlace(m_impl->transformations.inverse.get(), one)) return std::nullopt;
  return GeoPoint{one.front().x, one.front().y};
}

MultiPolygon Projector::forward(const MultiPolygon& geographic) const {
  MultiPolygon projected = geographic;
  for (Polygon& polygon : projected.polygons) {
    forward(polygon.exterior);
    for (Ring& hole : polygon.interiors) forward(hole);
  }
  return projected;
}

MultiLineString Projector::forward(const MultiLineString& geographic) const {
  MultiLineString projected = geographic;
  for (LineString& line : projected.lines) forward(line);
  return projected;
}

double geodesicAreaKm2(const MultiPolygon& geographic) {
  const Bounds b = geographic.bounds();
  if (b.empty()) return 0.0;
  const double lon0 = (b.minX + b.maxX) / 2.0;
  const double lat0 = (b.minY + b.maxY) / 2.0;
  const std::string definition = "+proj=laea +lat_0=" + std::to_string(lat0) +
                                 " +lon_0=" + std::to_string(lon0) + " +datum=WGS84 +units=m +no_defs";
  const Transformations t = makeTransformations(definition);
  MultiPolygon projected = geographic;
  for (Polygon& polygon : projected.polygons) {
    transformInPlace(t.forward.get(), polygon.exterior);
    for (Ring& hole : polygon.interiors) transformInPlace(t.forward.get(), hole);
  }
  return planarArea(projected) / 1.0e6;
}

}  // namespace okhotsk
