// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/geometry/coastline_geometry.h"
#include "map/geometry/lod_path.h"
#include "map/render/map_frame.h"
#include "map/render/map_scene.h"

#include "okhotsk/dataset.h"
#include "okhotsk/projection.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace okhotsk::app {

/// A territory part (an island) in both projections: where its label goes and its bounds.
struct PartShape {
  const TerritoryPart* part = nullptr;
  std::array<QPointF, kProjections> label;
  std::array<QRectF, kProjections> bounds;
};

/// A territory in both projections, as paths at every level of detail.
struct TerritoryShape {
  const Territory* territory = nullptr;
  std::array<LodPath, kProjections> shapes;
  std::array<LodPath, kProjections> outlines;  ///< the shape's rings less the edges shared with a neighbour
  std::array<QPointF, kProjections> label;
  std::vector<PartShape> parts;
};

/// The drawable geometry of the data a renderer was given, built once per dataset (the
/// territories' paths and outlines, the boundaries' paths) and once per coastline source
/// (CoastlineGeometry), plus the graticules and the world map's outline, built once. It holds
/// the dataset (shared) so that its pointers into it stay valid.
class MapShapes {
 public:
  MapShapes();
  ~MapShapes();
  MapShapes(const MapShapes&) = delete;
  MapShapes& operator=(const MapShapes&) = delete;

  /// Takes `data`: rebuilds the dataset's paths when the dataset is another one (returns
  /// true then), and the geometry of each coastline level whose source changed.
  bool sync(const MapData& data);
  /// Forgets the dataset and the coastlines (the graticules stay).
  void clear();

  [[nodiscard]] const Dataset* dataset() const noexcept { return m_dataset.get(); }
  [[nodiscard]] std::vector<TerritoryShape>& territories() noexcept { return m_territories; }
  [[nodiscard]] const std::vector<TerritoryShape>& territories() const noexcept { return m_territories; }
  /// A boundary's path in one projection (empty for a boundary not of this dataset).
  [[nodiscard]] const QPainterPath& boundaryPath(const Boundary* boundary, std::size_t projection) const;
  [[nodiscard]] const QPainterPath& graticule(std::size_t projection) const {
    return m_graticules[projection];
  }
  [[nodiscard]] const QPainterPath& worldOutline() const noexcept { return m_worldOutline; }
  /// The outline of the coastlines' data box (MapViewport::kDataLonMin…) in the Region
  /// projection: its parallels are arcs, its meridians straight.
  [[nodiscard]] const QPainterPath& dataBoxOutline() const noexcept { return m_dataBox; }

  /// The drawing of a loaded coastline level (built on first use), or nullptr when that level
  /// is not loaded.
  [[nodiscard]] const CoastlineGeometry* coastline(CoastlineLevel level) const;
  /// Whether coastline() has built that level's drawing since it was loaded.
  [[nodiscard]] bool isCoastlineBuilt(CoastlineLevel level) const noexcept {
    return m_coastlines[static_cast<std::size_t>(level)] != nullptr;
  }
  /// The loaded coastline to draw in `f`: the preferred level (forced by the options, else
  /// MapRenderer::preferredCoastlineLevel), else the nearest coarser one, else a finer one;
  /// the world view has only its own level. Sets `chosen`; nullptr when none is loaded.
  [[nodiscard]] const CoastlineGeometry* chooseCoastline(const Frame& f,
                                                         std::optional<CoastlineLevel>& chosen) const;

  /// The screen box a territory's drawing can touch, outlines included.
  [[nodiscard]] static QRectF territoryScreenBox(const Frame& f, const TerritoryShape& t);
  /// The screen box a boundary's drawing can touch, casing included.
  [[nodiscard]] QRectF boundaryScreenBox(const Frame& f, const Boundary* boundary) const;

  [[nodiscard]] Projector& projector(MapProjection projection);

 private:
  void buildDatasetPaths();
  void buildGraticules();

  std::shared_ptr<const Dataset> m_dataset;
  std::vector<TerritoryShape> m_territories;
  std::vector<std::array<QPainterPath, kProjections>> m_boundaryPaths;  // by index in boundaries()
  std::array<const Coastline*, 4> m_coastlineSources{};
  // Built from m_coastlineSources on first use (coastline()).
  mutable std::array<std::unique_ptr<CoastlineGeometry>, 4> m_coastlines;
  std::array<QPainterPath, kProjections> m_graticules;
  QPainterPath m_worldOutline;
  QPainterPath m_dataBox;
  std::array<std::unique_ptr<Projector>, kProjections> m_projectors;
};

}  // namespace okhotsk::app
