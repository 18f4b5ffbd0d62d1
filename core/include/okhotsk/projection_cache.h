// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file projection_cache.h
/// Projected vertices kept between runs. A dataset's geometry is the same every time it is
/// opened, and projecting it through PROJ is most of the time an open takes; the loader
/// asks a ProjectedVertexStore (the viewer's lives in its cache folder) for the projected
/// vertices before it projects them, and gives it what it had to compute.
///
/// The key is a hash of the geographic vertices themselves, the projection's definition and
/// the cache's format version: a dataset whose geometry changed, or another projection,
/// never finds the vertices of the old one.

#include "okhotsk/geometry.h"
#include "okhotsk/projection.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk {

/// Bump when what is stored under a key changes meaning (the order vertices are gathered
/// in, how a failed vertex is stored): old entries are then never found.
inline constexpr std::uint32_t kProjectionCacheVersion = 1;

/// Where projected vertices are kept. Both calls may come from several threads at once (the
/// viewer reads the finer coastlines in the background) and must not throw.
class ProjectedVertexStore {
 public:
  virtual ~ProjectedVertexStore() = default;
  /// Exactly `count` intact vertices stored under `key`, or nothing (absent, truncated,
  /// corrupt, another count: never trusted).
  [[nodiscard]] virtual std::optional<std::vector<Vec2>> find(const std::string& key,
                                                              std::size_t count) const = 0;
  /// Keeps `projected` under `key`; failing to (no writable folder) is not an error.
  virtual void keep(const std::string& key, std::span<const Vec2> projected) const = 0;

  /// Whether a polygon under `key` (polygonCheckKey) passed GEOS's validity check in an earlier
  /// open. That check is the largest part of a warm open of the embedded dataset after the
  /// projection; a store that keeps nothing answers false, and the check runs.
  [[nodiscard]] virtual bool knownValid(const std::string& /*key*/) const { return false; }
  /// Remembers that the polygon under `key` is valid (only valid ones are remembered: an
  /// invalid one is checked and reported on every open).
  virtual void rememberValid(const std::string& /*key*/) const {}
};

/// The key of a polygon's validity (32 hex digits): a hash of its rings' vertices and sizes
/// (`rings` as the vertex counts of each ring, in order) and of `checker` (the GEOS version,
/// whose idea of valid may change).
[[nodiscard]] std::string polygonCheckKey(std::span<const Vec2> vertices, std::span<const std::size_t> rings,
                                          std::string_view checker);

/// The key of `geographic` projected with `definition` (32 hex digits): it changes with any
/// vertex, the number of points among them (`pointCount`, see projectVertices), the
/// definition and kProjectionCacheVersion.
[[nodiscard]] std::string projectionCacheKey(std::span<const Vec2> geographic, std::size_t pointCount,
                                             std::string_view definition);

/// Projects `vertices` (lon/lat in, map metres out) into `projection`, taking them from
/// `store` when it has them and giving them to it when they had to be computed (`store` may
/// be null). The last `pointCount` vertices are single points: one that cannot be projected
/// becomes (0, 0); any other vertex that cannot be projected is left as it was. Returns
/// true when the store had them.
bool projectVertices(MapProjection projection, std::vector<Vec2>& vertices, std::size_t pointCount,
                     const ProjectedVertexStore* store);

}  // namespace okhotsk
