// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/labels/label_placement.h"
#include "map/render/map_frame.h"

#include <QImage>
#include <QPolygonF>
#include <QRectF>

#include <functional>
#include <vector>

class QPainter;

namespace okhotsk::app {

class CoastlineGeometry;
class MapShapes;

/// What decides how a territory is drawn on a day: a new period, a second candidate or the
/// selection changes the picture; a new day inside the same period does not.
struct TerritoryLook {
  const ControlPeriod* period = nullptr;
  const ControlPeriod* alternative = nullptr;
  bool selected = false;
  friend bool operator==(const TerritoryLook&, const TerritoryLook&) = default;
};

/// How every territory looks on f.day (in MapShapes::territories() order) and the
/// boundaries then in force (a handful, in data order).
struct DayLook {
  std::vector<TerritoryLook> territories;
  std::vector<const Boundary*> boundaries;

  void update(const Frame& f, const MapShapes& shapes);
};

/// The caches that let a new date cost one blit plus the markers, labels and furniture, on
/// raster devices:
/// - the base image: the map below the markers and labels (sea, land, lakes, shore,
///   graticule, territory fills and boundaries), built whole only when the viewport, size,
///   device pixel ratio, coastline, dataset, format or scale changes; when only the day
///   changes the look of some territories or the boundaries in force, just their screen boxes
///   are repainted (the caller's painting under a clip);
/// - the land mask the label placer uses, once per viewport.
/// The cache never draws by itself: it calls back the painting it is given.
class FrameCache {
 public:
  /// Paints the layers under the markers for the map bounds `view`, the territories and
  /// boundaries that reach `clip` (logical pixels).
  using PaintBelow = std::function<void(QPainter& painter, const Bounds& view, const QRectF& clip)>;

  /// The base image for `f` with the territories as `look` says, built or repaired with `paint`.
  const QImage& base(const Frame& f, const MapShapes& shapes, const CoastlineGeometry* coastline,
                     QImage::Format format, const DayLook& look, const PaintBelow& paint);
  /// A base image painted afresh, not kept for another frame (no dataset to cache against).
  const QImage& uncachedBase(const Frame& f, QImage::Format format, const PaintBelow& paint);
  /// Where land is, coarsely, for keeping callouts over the sea.
  const CoverageMask& landMask(const Frame& f, MapShapes& shapes, const CoastlineGeometry* coastline);

  /// Forgets every cached picture (a new dataset: its pointers may repeat the old ones').
  void clear();

  /// How many times the base image was built whole.
  [[nodiscard]] int buildCount() const noexcept { return m_builds; }
  /// How many times it was repaired under the boxes of what a new day changed.
  [[nodiscard]] int repairCount() const noexcept { return m_repairs; }

 private:
  struct MaskKey {
    MapViewport viewport;
    const Coastline* coastline = nullptr;
    const Dataset* dataset = nullptr;
    friend bool operator==(const MaskKey&, const MaskKey&) = default;
  };
  [[nodiscard]] static QRectF dirtyBox(const Frame& f, const MapShapes& shapes, const DayLook& before,
                                       const DayLook& after);

  QImage m_base;
  ViewImageKey m_baseKey;
  DayLook m_composite;  // what the base image shows
  int m_builds = 0;
  int m_repairs = 0;
  CoverageMask m_mask;
  MaskKey m_maskKey;
  QPolygonF m_scratch;
};

}  // namespace okhotsk::app
