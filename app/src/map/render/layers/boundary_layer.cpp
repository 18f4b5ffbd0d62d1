// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/boundary_layer.h"

#include "map/render/map_shapes.h"

#include <QPainter>
#include <QPen>

namespace okhotsk::app {

void drawBoundaries(QPainter& painter, const Frame& f, const MapShapes& shapes,
                    std::span<const Boundary* const> inForce, const QRectF& screenClip) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setBrush(Qt::NoBrush);
  for (const Boundary* boundary : inForce) {
    const QPainterPath& path = shapes.boundaryPath(boundary, f.projection);
    if (path.isEmpty() || !shapes.boundaryScreenBox(f, boundary).intersects(screenClip)) continue;
    // A boundary has a few vertices: wide strokes cost nothing here.
    const QPainterPath screenPath = f.map.map(path);
    painter.resetTransform();
    QPen casing(withAlpha(Qt::white, 0.85), 4.2 * f.scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen line(boundaryColour(), 2.0 * f.scale, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (boundary->schematic) {
      line.setDashPattern({3.0, 2.5});
      casing.setColor(withAlpha(Qt::white, 0.6));
    }
    painter.setPen(casing);
    painter.drawPath(screenPath);
    painter.setPen(line);
    painter.drawPath(screenPath);
  }
}

}  // namespace okhotsk::app
