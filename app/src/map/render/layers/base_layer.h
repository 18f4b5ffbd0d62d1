// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QImage>
#include <QPolygonF>

class QPainter;

namespace okhotsk::app {

class CoastlineGeometry;
class MapShapes;

/// The layers under everything: sea (and the paper round the world map), graticule, land,
/// lakes and shore. Day-independent: drawn into the cached base image.
///
/// When the base image is repaired under a clip (a new day changed some territories' look),
/// these layers are copied from an underlay image — the same layers drawn once for the whole
/// view — instead of filling and stroking the coastlines again under the clip: a repair of a
/// large territory's box (Sakhalin, the Kurils) then costs a copy and the territories. The
/// underlay is drawn at the first repair after a build, and dropped at the next build.
class BaseLayer {
 public:
  /// Draws for the map bounds `view` (all of f.view, or the part under a clip rectangle being
  /// repaired). `coastline` may be nullptr (none loaded): sea and graticule only.
  void draw(QPainter& painter, const Frame& f, const MapShapes& shapes, const CoastlineGeometry* coastline,
            const Bounds& view);

  /// How many times the underlay was drawn.
  [[nodiscard]] int underlayBuildCount() const noexcept { return m_underlayBuilds; }

 private:
  void drawLayers(QPainter& painter, const Frame& f, const MapShapes& shapes,
                  const CoastlineGeometry* coastline, const Bounds& view);

  QPolygonF m_scratch;  // reused so that nothing allocates per vertex
  QImage m_underlay;
  ViewImageKey m_underlayKey;
  int m_underlayBuilds = 0;
};

}  // namespace okhotsk::app
