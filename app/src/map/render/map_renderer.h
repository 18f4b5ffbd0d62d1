// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/layers/event_clusters.h"
#include "map/render/map_scene.h"
#include "session/view/map_viewport.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// Draws the atlas map for one day: sea, land and lakes, every territory filled by who
/// administered it that day (hatching for a claimant that did not, stripes for a joint
/// regime, cross-hatching and "?" for an uncertain day or a transition), the boundaries then
/// in force, event markers (those near the day large and labelled, others fading with
/// distance in time, arrows at the edge for events outside the view), labels with both names
/// and the state in words, the legend, the date stamp, a scale bar and the credit line.
///
/// Not a widget: MapWidget paints with it and so do --render, --benchmark and the exports,
/// so the window and exported images are the same picture. It draws the MapData it is given
/// (setData) for the MapScene of each frame (day, words, selection); it knows no document or
/// settings. Each layer is a unit of its own (render/layers, render/labels); this class
/// works out the frame (render/map_frame.h) and calls them in order:
/// base (sea, graticule, land, shore) → territories → boundaries — these three into the
/// FrameCache's base image on raster devices — → event markers → "?" badges → territory and
/// part labels → arrows to events outside the view → event labels → date stamp → legend →
/// scale bar → credit. The furniture is laid out first: its rectangles are obstacles for the
/// labels. On vector devices (SVG, PDF) everything is drawn as vectors.
/// Its caches (MapShapes: paths per territory and projection, simplified per level of detail
/// on first use; FrameCache: the base image and the land mask; the legend's picture) are
/// rebuilt when the dataset changes.
class MapRenderer {
 public:
  MapRenderer();
  explicit MapRenderer(const MapData& data);
  ~MapRenderer();
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  /// The data to draw. A new dataset drops every cache; a new coastline source rebuilds that
  /// level only; the same data again costs nothing.
  void setData(const MapData& data);

  /// Draws `scene` into the painter's device, covering viewport.size() logical pixels from
  /// the origin. The painter's state is restored afterwards.
  void render(QPainter& painter, const MapViewport& viewport, const MapScene& scene,
              const RenderOptions& options = {});

  /// The coastline level whose detail suits a viewport: intermediate zoomed out, high in
  /// between, full when zoomed in (the Habomai islets exact); the world level in the world view.
  [[nodiscard]] static CoastlineLevel preferredCoastlineLevel(const MapViewport& viewport,
                                                              double devicePixelRatio);

  // --- hit tests, in logical screen pixels of `viewport` (render/map_hit_test.h)
  [[nodiscard]] const Territory* territoryAt(const MapViewport& viewport, QPointF screen) const;
  [[nodiscard]] const TerritoryPart* territoryPartAt(const MapViewport& viewport, QPointF screen) const;
  /// The event whose marker the last frame drew under `screen` (topmost first), or nullptr.
  [[nodiscard]] const Event* eventAt(QPointF screen) const;
  /// Every event of the marker or cluster the last frame drew under `screen`: one, or all of
  /// a cluster's (co-located markers, or markers that would overlap at this zoom).
  [[nodiscard]] std::vector<const Event*> eventsAt(QPointF screen) const;
  /// The last frame's event clusters: each marker drawn on screen is in exactly one (a cluster
  /// of one is drawn as its marker); the topmost first.
  [[nodiscard]] const std::vector<EventCluster>& eventClusters() const noexcept;
  /// The events of one of eventClusters(), the day's first.
  [[nodiscard]] std::vector<const Event*> clusterEvents(int cluster) const;
  /// The boundary in force in the last frame whose line passes within `tolerance` pixels of
  /// `screen`, or nullptr.
  [[nodiscard]] const Boundary* boundaryAt(const MapViewport& viewport, QPointF screen,
                                           double tolerance = 5.0) const;

  // --- for tests and the benchmark
  /// How many times the cached image has been built whole (a new viewport, size, device
  /// pixel ratio, coastline level or scale); a new date never rebuilds it.
  [[nodiscard]] int baseImageBuildCount() const noexcept;
  /// How many times a new date changed a territory's look or the boundaries in force, so that
  /// the cached image was repainted under their screen boxes only.
  [[nodiscard]] int baseImageRepairCount() const noexcept;
  /// The coastline level the last frame drew, if any.
  [[nodiscard]] std::optional<CoastlineLevel> lastCoastlineLevel() const noexcept;
  [[nodiscard]] QRectF lastLegendRect() const noexcept;
  [[nodiscard]] QRectF lastDateStampRect() const noexcept;
  /// Where the last frame drew its credit and projection lines (empty when it drew none).
  [[nodiscard]] QRectF lastCreditRect() const noexcept;
  /// The credit line the last frame drew (empty when it drew none).
  [[nodiscard]] QString lastCreditText() const;
  /// The projection the last frame named above its credit line (empty when it drew none).
  [[nodiscard]] QString lastProjectionText() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace okhotsk::app
