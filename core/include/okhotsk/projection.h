// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file projection.h
/// The two map planes. Geometry is projected once, at load, into both; nothing
/// projects per frame.
///
/// - Region: Lambert conformal conic for the Sea of Okhotsk and Japan,
///   "+proj=lcc +lat_0=45 +lon_0=145 +lat_1=38 +lat_2=52 +datum=WGS84 +units=m".
/// - World: Equal Earth centred on the Pacific, "+proj=eqearth +lon_0=150 +datum=WGS84 +units=m".

#include "okhotsk/geometry.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace okhotsk {

enum class MapProjection : unsigned char { Region, World };

[[nodiscard]] std::string_view projectionDefinition(MapProjection projection) noexcept;

/// Forward and inverse transformation between WGS 84 and one map plane (PROJ through OGR).
/// Not thread-safe: use one Projector per thread.
class Projector {
 public:
  explicit Projector(MapProjection projection);
  ~Projector();
  Projector(const Projector&) = delete;
  Projector& operator=(const Projector&) = delete;
  Projector(Projector&&) noexcept;
  Projector& operator=(Projector&&) noexcept;

  [[nodiscard]] MapProjection projection() const noexcept { return m_projection; }
  /// Projects a point; empty when it cannot be projected.
  [[nodiscard]] std::optional<Vec2> forward(const GeoPoint& point) const;
  /// Projects every vertex in place. Returns false if any vertex failed (it is then left as is).
  bool forward(std::vector<Vec2>& lonLatInOut) const;
  [[nodiscard]] std::optional<GeoPoint> inverse(const Vec2& point) const;

  [[nodiscard]] MultiPolygon forward(const MultiPolygon& geographic) const;
  [[nodiscard]] MultiLineString forward(const MultiLineString& geographic) const;

 private:
  struct Impl;
  MapProjection m_projection;
  std::unique_ptr<Impl> m_impl;
};

/// Geodesic area on the WGS 84 ellipsoid in km², through an equal-area projection
/// (Lambert azimuthal equal-area centred on the shape).
[[nodiscard]] double geodesicAreaKm2(const MultiPolygon& geographic);

}  // namespace okhotsk
