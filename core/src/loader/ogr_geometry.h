// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turning a feature's OGR geometry into core's geometry values, in WGS 84 lon/lat.
// Private to core/src/loader.

#include "loader/feature_reader.h"
#include "okhotsk/geometry.h"
#include "okhotsk/model.h"
#include "okhotsk/projection_cache.h"

#include <optional>

namespace okhotsk::loader {

/// Reads the feature's polygonal geometry as WGS 84 lon/lat. `checkValidity` runs GEOS
/// validity (and repairs what it can); coastlines skip it for speed — they are checked
/// when generated. Problems are reported on the "geometry" field; empty when unusable,
/// which includes any vertex that is not finite or lies outside latitude ±90 and longitude
/// -180..`maxLongitude` (such a vertex cannot be projected, so the feature is dropped).
/// A polygon that `store` knows to be valid (ProjectedVertexStore::knownValid) is not checked
/// again; one found valid is remembered there.
[[nodiscard]] std::optional<MultiPolygon> readPolygons(FeatureReader& reader, bool checkValidity,
                                                       double maxLongitude = schema::kMaxLongitude,
                                                       const ProjectedVertexStore* store = nullptr);

/// Reads the feature's line or multiline geometry as WGS 84 lon/lat; lines of fewer than
/// two points are dropped. Empty (reported) when no line remains or a vertex is not finite
/// or out of range, as for readPolygons.
[[nodiscard]] std::optional<MultiLineString> readLines(FeatureReader& reader);

}  // namespace okhotsk::loader
