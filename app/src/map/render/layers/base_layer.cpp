// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/base_layer.h"

#include "map/geometry/coastline_geometry.h"
#include "map/render/map_shapes.h"
#include "style/palette.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

void BaseLayer::draw(QPainter& painter, const Frame& f, const MapShapes& shapes,
                     const CoastlineGeometry* coastline, const Bounds& view) {
  auto* image = dynamic_cast<QImage*>(painter.device());
  const bool wholeImage = !f.vector && image != nullptr &&
                          image->size() == QSize(static_cast<int>(std::lround(f.screen.width() * f.dpr)),
                                                 static_cast<int>(std::lround(f.screen.height() * f.dpr)));
  const ViewImageKey key =
      ViewImageKey::of(f, coastline != nullptr ? &coastline->coastline() : nullptr, shapes.dataset(),
                       image != nullptr ? image->format() : QImage::Format_Invalid);
  // A whole image painted without a clip (a build) draws the layers themselves; a repair under
  // a clip copies them from the underlay of the same view.
  if (!wholeImage || !painter.hasClipping()) {
    // A build means a new view or new data: the next repair draws the underlay afresh.
    if (wholeImage) m_underlay = QImage();
    drawLayers(painter, f, shapes, coastline, view);
    return;
  }
  if (m_underlay.isNull() || !(key == m_underlayKey)) {
    m_underlay = QImage(image->size(), image->format());
    m_underlay.setDevicePixelRatio(f.dpr);
    QPainter underlay(&m_underlay);
    drawLayers(underlay, f, shapes, coastline, f.view);
    underlay.end();
    m_underlayKey = key;
    ++m_underlayBuilds;
  }
  painter.save();
  painter.resetTransform();
  painter.setCompositionMode(QPainter::CompositionMode_Source);
  painter.drawImage(QPointF(0, 0), m_underlay);
  painter.restore();
}

void BaseLayer::drawLayers(QPainter& painter, const Frame& f, const MapShapes& shapes,
                           const CoastlineGeometry* coastline, const Bounds& view) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  const bool world = f.viewport.projection() == MapProjection::World;
  painter.resetTransform();
  painter.fillRect(f.screen, world ? paperColour() : palette::sea(f.contrast));
  painter.setTransform(f.map);
  if (world) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette::sea(f.contrast));
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
  strokeMapPath(painter, f, shapes.graticule(f.projection), QPen(graticuleColour(), 1.0));
  if (coastline != nullptr) {
    coastline->fill(painter, view, f.tolerance, palette::land(f.contrast), palette::lake(f.contrast),
                    m_scratch);
    // Heavier on a projector, where a hairline coast fades (the base image is cached: the
    // width costs nothing per frame).
    const double shoreWidth = f.contrast == palette::Contrast::Projector ? 1.3 : 0.7;
    QPen shore(palette::coastline(f.contrast), std::max(1.0, std::round(shoreWidth * f.dpr * f.scale)));
    shore.setJoinStyle(Qt::RoundJoin);
    // In pixels on vector devices, as strokeMapPath does.
    shore.setCosmetic(!f.vector);
    painter.setPen(shore);
    if (f.vector) painter.resetTransform();
    coastline->strokeShore(painter, view, f.tolerance, m_scratch, f.vector ? &f.map : nullptr);
    painter.setTransform(f.map);
  }
  // The edge of what is drawn: the world's outline, or the data box's neat line.
  strokeMapPath(painter, f, world ? shapes.worldOutline() : shapes.dataBoxOutline(),
                QPen(palette::coastline(f.contrast), 1.0));
  painter.resetTransform();
}

}  // namespace okhotsk::app
