// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/geodesy.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/GeodesicLine.hpp>

#include <algorithm>

namespace okhotsk {

namespace {

const GeographicLib::Geodesic& wgs84() {
  return GeographicLib::Geodesic::WGS84();
}

}  // namespace

double geodesicDistanceKm(double lon1, double lat1, double lon2, double lat2) {
  double metres = 0.0;
  wgs84().Inverse(lat1, lon1, lat2, lon2, metres);
  return metres / 1000.0;
}

double geodesicInitialBearing(double lon1, double lat1, double lon2, double lat2) {
  double azimuth1 = 0.0;
  double azimuth2 = 0.0;
  wgs84().Inverse(lat1, lon1, lat2, lon2, azimuth1, azimuth2);
  return azimuth1;
}

std::vector<GeoPoint> geodesicLine(double lon1, double lat1, double lon2, double lat2, int segments) {
  segments = std::max(1, segments);
  const GeographicLib::GeodesicLine line = wgs84().InverseLine(lat1, lon1, lat2, lon2);
  const double length = line.Distance();
  std::vector<GeoPoint> points;
  points.reserve(static_cast<std::size_t>(segments) + 1);
  points.push_back({lon1, lat1});
  for (int i = 1; i < segments; ++i) {
    double lat = 0.0;
    double lon = 0.0;
    line.Position(length * i / segments, lat, lon);
    points.push_back({lon, lat});
  }
  points.push_back({lon2, lat2});
  return points;
}

}  // namespace okhotsk
