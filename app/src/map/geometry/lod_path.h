// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/geometry.h"

#include <QPainterPath>
#include <QRectF>

#include <map>

namespace okhotsk::app {

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

}  // namespace okhotsk::app
