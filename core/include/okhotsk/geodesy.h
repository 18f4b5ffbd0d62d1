// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file geodesy.h
/// Distances, bearings and lines on the WGS 84 ellipsoid (GeographicLib's geodesics,
/// accurate to a few nanometres). The map's measure tool and its scale bar use these, so
/// that the atlas measures the Earth as the datasets' coordinates describe it, not a sphere.
/// Arguments are degrees: longitude first, then latitude, as everywhere in core.

#include "okhotsk/geometry.h"

#include <vector>

namespace okhotsk {

/// The length in kilometres of the shortest path on the WGS 84 ellipsoid between two points.
[[nodiscard]] double geodesicDistanceKm(double lon1, double lat1, double lon2, double lat2);

/// The direction in which that path leaves the first point: degrees clockwise from north,
/// in (-180, 180]. Undefined (but finite) when the points coincide.
[[nodiscard]] double geodesicInitialBearing(double lon1, double lat1, double lon2, double lat2);

/// `segments` + 1 points along the geodesic from the first point to the second, evenly
/// spaced in distance, both ends included (exactly as given). Longitudes are in [-180, 180].
/// For drawing the path in a projection, where it is a curve. `segments` below 1 counts as 1.
[[nodiscard]] std::vector<GeoPoint> geodesicLine(double lon1, double lat1, double lon2, double lat2,
                                                 int segments);

}  // namespace okhotsk
