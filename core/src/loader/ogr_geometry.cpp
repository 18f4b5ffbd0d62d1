// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/ogr_geometry.h"

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace okhotsk::loader {

namespace {

Ring toRing(const OGRLinearRing& ring) {
  Ring points;
  const int count = ring.getNumPoints();
  points.resize(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = 0; i < count; ++i) points[static_cast<std::size_t>(i)] = {ring.getX(i), ring.getY(i)};
  return points;
}

void appendPolygon(const OGRPolygon& polygon, MultiPolygon& out) {
  if (polygon.IsEmpty() || polygon.getExteriorRing() == nullptr) return;
  Polygon converted;
  converted.exterior = toRing(*polygon.getExteriorRing());
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
    converted.interiors.push_back(toRing(*polygon.getInteriorRing(i)));
  out.polygons.push_back(std::move(converted));
}

bool isPolygonal(const OGRGeometry& geometry) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  return type == wkbPolygon || type == wkbMultiPolygon;
}

// The feature's geometry in WGS 84: the feature's own, or a transformed copy kept in
// `owned`. Null (reported) when it is missing, empty or cannot be transformed.
OGRGeometry* geometryInWgs84(FeatureReader& reader, std::unique_ptr<OGRGeometry>& owned) {
  OGRGeometry* geometry = reader.feature()->GetGeometryRef();
  if (geometry == nullptr || geometry->IsEmpty()) {
    reader.error("geometry", "the geometry is missing or empty");
    return nullptr;
  }
  if (reader.layer().toWgs84) {
    owned.reset(geometry->clone());
    if (owned->transform(reader.layer().toWgs84.get()) != OGRERR_NONE) {
      reader.error("geometry", "cannot be transformed to WGS 84");
      return nullptr;
    }
    geometry = owned.get();
  }
  return geometry;
}

// Calls `visit` on every ring or line of a polygonal or linear geometry.
template <typename Visit>
void forEachCurve(const OGRGeometry& geometry, Visit&& visit) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
      for (const OGRLinearRing* ring : *geometry.toPolygon()) visit(*ring);
      break;
    case wkbMultiPolygon:
      for (const OGRPolygon* polygon : *geometry.toMultiPolygon())
        for (const OGRLinearRing* ring : *polygon) visit(*ring);
      break;
    case wkbLineString:
      visit(*geometry.toLineString());
      break;
    case wkbMultiLineString:
      for (const OGRLineString* line : *geometry.toMultiLineString()) visit(*line);
      break;
    default:
      break;
  }
}

std::string formatCoordinate(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "infinity" : "-infinity";
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.6g", value);
  return text.data();
}

// Reports the first vertex that is not finite or lies outside the schema's range (and how
// many more do), and returns false then: such a vertex cannot be projected or drawn.
bool coordinatesInRange(FeatureReader& reader, const OGRGeometry& geometry, double maxLongitude) {
  std::size_t vertex = 0;
  std::size_t bad = 0;
  std::string first;
  forEachCurve(geometry, [&](const OGRSimpleCurve& curve) {
    for (int i = 0; i < curve.getNumPoints(); ++i, ++vertex) {
      const double lon = curve.getX(i);
      const double lat = curve.getY(i);
      const bool finite = std::isfinite(lon) && std::isfinite(lat);
      if (finite && std::abs(lat) <= schema::kMaxLatitude && lon >= schema::kMinLongitude &&
          lon <= maxLongitude)
        continue;
      if (bad++ == 0)
        first = "vertex " + std::to_string(vertex + 1) + " (" + formatCoordinate(lon) + ", " +
                formatCoordinate(lat) + ") " +
                (finite ? "is out of range (latitude -90..90, longitude -180.." +
                              formatCoordinate(maxLongitude) + ")"
                        : "is not a finite number");
    }
  });
  if (bad == 0) return true;
  if (bad > 1) first += "; " + std::to_string(bad - 1) + " more vertices are bad";
  reader.error("geometry", first + "; the feature is dropped");
  return false;
}

// "GEOS 3.11.1": the checker, part of a validity key.
const std::string& geosVersion() {
  static const std::string version = [] {
    int major = 0;
    int minor = 0;
    int patch = 0;
    if (!OGRGetGEOSVersion(&major, &minor, &patch)) return std::string("no GEOS");
    return "GEOS " + std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
  }();
  return version;
}

// The key of `shape`'s validity under this GEOS (see polygonCheckKey).
std::string checkKey(const MultiPolygon& shape) {
  std::vector<Vec2> vertices;
  std::vector<std::size_t> rings;
  for (const Polygon& polygon : shape.polygons) {
    rings.push_back(polygon.exterior.size());
    vertices.insert(vertices.end(), polygon.exterior.begin(), polygon.exterior.end());
    rings.push_back(polygon.interiors.size());  // how many holes follow, so rings cannot shift
    for (const Ring& hole : polygon.interiors) {
      rings.push_back(hole.size());
      vertices.insert(vertices.end(), hole.begin(), hole.end());
    }
  }
  return polygonCheckKey(vertices, rings, geosVersion());
}

// An invalid polygon is replaced by its repair when GEOS can make a polygonal one.
OGRGeometry* repairedInvalid(FeatureReader& reader, OGRGeometry* geometry,
                             std::unique_ptr<OGRGeometry>& owned) {
  std::unique_ptr<OGRGeometry> repaired(geometry->MakeValid());
  if (repaired && repaired->IsValid() && isPolygonal(*repaired)) {
    reader.error("geometry", "the polygon is invalid (e.g. self-intersecting); a repaired copy is used");
    owned = std::move(repaired);
    return owned.get();
  }
  reader.error("geometry", "the polygon is invalid and cannot be repaired; it is drawn as given");
  return geometry;
}

MultiPolygon multiPolygonOf(const OGRGeometry& geometry) {
  MultiPolygon shape;
  if (wkbFlatten(geometry.getGeometryType()) == wkbPolygon) {
    appendPolygon(*geometry.toPolygon(), shape);
  } else {
    for (const OGRPolygon* polygon : *geometry.toMultiPolygon()) appendPolygon(*polygon, shape);
  }
  return shape;
}

}  // namespace

std::optional<MultiPolygon> readPolygons(FeatureReader& reader, bool checkValidity, double maxLongitude,
                                         const ProjectedVertexStore* store) {
  std::unique_ptr<OGRGeometry> owned;
  OGRGeometry* geometry = geometryInWgs84(reader, owned);
  if (geometry == nullptr) return std::nullopt;
  if (!isPolygonal(*geometry)) {
    reader.error("geometry", std::string("expected a polygon or multipolygon, found ") +
                                 OGRGeometryTypeToName(geometry->getGeometryType()));
    return std::nullopt;
  }
  if (!coordinatesInRange(reader, *geometry, maxLongitude)) return std::nullopt;
  MultiPolygon shape = multiPolygonOf(*geometry);
  if (!checkValidity) return shape;
  // The same vertices were found valid by this GEOS before: the check would say so again.
  const std::string key = store != nullptr ? checkKey(shape) : std::string();
  if (store != nullptr && store->knownValid(key)) return shape;
  if (geometry->IsValid()) {
    if (store != nullptr) store->rememberValid(key);
    return shape;
  }
  const OGRGeometry* repaired = repairedInvalid(reader, geometry, owned);
  return repaired == geometry ? shape : multiPolygonOf(*repaired);
}

std::optional<MultiLineString> readLines(FeatureReader& reader) {
  std::unique_ptr<OGRGeometry> owned;
  OGRGeometry* geometry = geometryInWgs84(reader, owned);
  if (geometry == nullptr) return std::nullopt;
  if (!coordinatesInRange(reader, *geometry, schema::kMaxLongitude)) return std::nullopt;
  MultiLineString lines;
  auto append = [&lines](const OGRLineString& line) {
    LineString points;
    for (int i = 0; i < line.getNumPoints(); ++i) points.push_back({line.getX(i), line.getY(i)});
    if (points.size() >= 2) lines.lines.push_back(std::move(points));
  };
  const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
  if (type == wkbLineString) {
    append(*geometry->toLineString());
  } else if (type == wkbMultiLineString) {
    for (const OGRLineString* line : *geometry->toMultiLineString()) append(*line);
  } else {
    reader.error("geometry",
                 std::string("expected a line, found ") + OGRGeometryTypeToName(geometry->getGeometryType()));
    return std::nullopt;
  }
  if (lines.empty()) {
    reader.error("geometry", "the line has fewer than two points");
    return std::nullopt;
  }
  return lines;
}

}  // namespace okhotsk::loader
