// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/base_layer.h"

#include "map/geometry/coastline_geometry.h"
#include "map/render/map_shapes.h"
#include "style/palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

void BaseLayer::draw(QPainter& painter, const Frame& f, const MapShapes& shapes,
                     const CoastlineGeometry* coastline, const Bounds& view) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  const bool world = f.viewport.projection() == MapProjection::World;
  painter.resetTransform();
  painter.fillRect(f.screen, world ? paperColour() : palette::sea());
  painter.setTransform(f.map);
  if (world) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette::sea());
    painter.drawPath(shapes.worldOutline());
  } else {
    // Outside the coastlines' data box the map knows neither land nor sea: paper, as round
    // the world map, so that the box's cut edges never read as a coast.
    QPainterPath outside;
    outside.addRect(QRectF(view.minX, view.minY, view.width(), view.height()));
    outside.addPath(shapes.dataBoxOutline());
    outside.setFillRule(Qt::OddEvenFill);
    painter.setPen(Qt::NoPen);
    painter.setBrush(paperColour());
    painter.drawPath(outside);
  }
  QPen hairline(graticuleColour(), 1.0);
  hairline.setCosmetic(true);
  painter.setPen(hairline);
  painter.setBrush(Qt::NoBrush);
  painter.drawPath(shapes.graticule(f.projection));
  if (coastline != nullptr) {
    coastline->fill(painter, view, f.tolerance, palette::land(), palette::lake(), m_scratch);
    QPen shore(palette::coastline(), std::max(1.0, std::round(0.7 * f.dpr * f.scale)));
    shore.setCosmetic(true);
    shore.setJoinStyle(Qt::RoundJoin);
    painter.setPen(shore);
    coastline->strokeShore(painter, view, f.tolerance, m_scratch);
  }
  // The edge of what is drawn: the world's outline, or the data box's neat line.
  QPen edge(palette::coastline(), 1.0);
  edge.setCosmetic(true);
  painter.setPen(edge);
  painter.setBrush(Qt::NoBrush);
  painter.drawPath(world ? shapes.worldOutline() : shapes.dataBoxOutline());
  painter.resetTransform();
}

}  // namespace okhotsk::app
