// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_scene.h"
#include "session/view/map_viewport.h"
#include "style/palette.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <algorithm>
#include <cstddef>
#include <string>

namespace okhotsk::app {

/// Map metres → logical screen pixels of `viewport`, for QPainter::setTransform. Here rather
/// than in MapViewport, which is view state (QtCore) and knows no painter.
[[nodiscard]] inline QTransform mapTransform(const MapViewport& viewport) noexcept {
  const double s = 1.0 / viewport.metresPerPixel();
  return {s,
          0.0,
          0.0,
          -s,
          viewport.size().width() / 2.0 - viewport.centre().x() * s,
          viewport.size().height() / 2.0 + viewport.centre().y() * s};
}

struct MapFonts;

/// The two map planes, as indices into the per-projection caches.
inline constexpr std::size_t kProjections = 2;
[[nodiscard]] inline std::size_t projectionSlot(MapProjection projection) noexcept {
  return projection == MapProjection::Region ? 0 : 1;
}

/// What one frame needs to know, worked out once at its start by MapRenderer::render() and
/// handed to every layer: where it draws (viewport, device), what (dataset, day, selection)
/// and in which words and sizes.
struct Frame {
  MapViewport viewport;
  double dpr = 1.0;
  double scale = 1.0;
  bool vector = false;  ///< an SVG or PDF device: no cached pixels, patterns as geometry
  std::size_t projection = 0;
  QTransform map;        ///< map metres → logical pixels
  double tolerance = 0;  ///< map metres one half device pixel covers
  Bounds view;           ///< visible map bounds, a little enlarged
  QRectF screen;
  Language language = Language::English;
  NamingOrder order = NamingOrder::JapaneseFirst;
  const MapFonts* fonts = nullptr;
  const RenderOptions* options = nullptr;
  palette::Contrast contrast = palette::Contrast::Screen;  ///< from options->projector
  const Dataset* dataset = nullptr;
  DayNumber day = 0;
  std::string selectedTerritory;
  QString selectedEvent;
  std::string selectedBoundary;
};

// --- colours of the map itself (the states' and categories' colours are in style/palette)

/// Outside the world map's outline: not land, not sea.
[[nodiscard]] inline QColor paperColour() {
  return {0xD8, 0xDA, 0xDC};
}
[[nodiscard]] inline QColor graticuleColour() {
  return {0xC6, 0xD4, 0xDF};
}
[[nodiscard]] inline QColor boundaryColour() {
  return {0x3B, 0x2F, 0x4A};
}
/// Under the cross-hatching of an uncertain day.
[[nodiscard]] inline QColor uncertainBaseColour() {
  return {0xFB, 0xFA, 0xF6};
}

[[nodiscard]] inline QColor withAlpha(QColor colour, double alpha) {
  colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
  return colour;
}

/// Strokes `path` (in map metres) with `pen`, whose width is in logical pixels, and leaves the
/// painter's transform at f.map. On raster devices, a cosmetic pen through the map transform;
/// on vector devices (SVG, PDF) the path is mapped to pixels and stroked with a plain pen, so
/// that the file carries the real width: a non-scaling stroke inside the map's tiny scale is
/// drawn as nothing by other SVG renderers (rsvg-convert, Inkscape).
inline void strokeMapPath(QPainter& painter, const Frame& f, const QPainterPath& path, QPen pen) {
  pen.setCosmetic(!f.vector);
  painter.setPen(pen);
  painter.setBrush(Qt::NoBrush);
  if (f.vector) {
    painter.resetTransform();
    painter.drawPath(f.map.map(path));
  }
  painter.setTransform(f.map);
  if (!f.vector) painter.drawPath(path);
}

/// What a cached image of the map's view depends on: the view, its pixels, the type scale, the
/// coastline and dataset drawn (by address) and the image format. Equal keys, same image.
struct ViewImageKey {
  MapProjection projection = MapProjection::Region;
  QPointF centre;
  double metresPerPixel = 0.0;
  QSize size;
  double dpr = 0.0;
  double scale = 0.0;
  palette::Contrast contrast = palette::Contrast::Screen;
  const void* coastline = nullptr;
  const void* dataset = nullptr;
  QImage::Format format = QImage::Format_Invalid;
  friend bool operator==(const ViewImageKey&, const ViewImageKey&) = default;

  [[nodiscard]] static ViewImageKey of(const Frame& f, const void* coastline, const void* dataset,
                                       QImage::Format format) {
    return {f.viewport.projection(),
            f.viewport.centre(),
            f.viewport.metresPerPixel(),
            f.viewport.size(),
            f.dpr,
            f.scale,
            f.contrast,
            coastline,
            dataset,
            format};
  }
};

[[nodiscard]] inline QString qs(const std::string& text) {
  return QString::fromStdString(text);
}

}  // namespace okhotsk::app
