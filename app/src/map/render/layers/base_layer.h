// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QPolygonF>

class QPainter;

namespace okhotsk::app {

class CoastlineGeometry;
class MapShapes;

/// The layers under everything: sea (and the paper round the world map), graticule, land,
/// lakes and shore. Day-independent: drawn into the cached base image.
class BaseLayer {
 public:
  /// Draws for the map bounds `view` (all of f.view, or the part under a clip rectangle being
  /// repaired). `coastline` may be nullptr (none loaded): sea and graticule only.
  void draw(QPainter& painter, const Frame& f, const MapShapes& shapes, const CoastlineGeometry* coastline,
            const Bounds& view);

 private:
  QPolygonF m_scratch;  // reused so that nothing allocates per vertex
};

}  // namespace okhotsk::app
