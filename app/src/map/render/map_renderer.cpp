// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/map_renderer.h"

#include "map/render/frame_cache.h"
#include "map/render/labels/label_layer.h"
#include "map/render/labels/label_placement.h"
#include "map/render/layers/base_layer.h"
#include "map/render/layers/boundary_layer.h"
#include "map/render/layers/event_layer.h"
#include "map/render/layers/hatch_patterns.h"
#include "map/render/layers/map_furniture.h"
#include "map/render/layers/map_legend.h"
#include "map/render/layers/territory_layer.h"
#include "map/render/map_fonts.h"
#include "map/render/map_frame.h"
#include "map/render/map_hit_test.h"
#include "map/render/map_shapes.h"
#include "style/palette.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>

namespace okhotsk::app {

namespace {

// The pixel format of the cached base image: the target's when it is a plain RGB32 image
// (a blit without conversion), else premultiplied ARGB. A widget's painter draws into its
// window's backing store, whose image the paint engine holds: RGB32 on some platforms (the
// offscreen one, VNC), premultiplied ARGB on others (xcb); blitting premultiplied ARGB onto
// RGB32 converted every pixel of a 4K frame.
QImage::Format baseFormatFor(const QPainter& painter) {
  QPaintDevice* device = painter.device();
  if (const QPaintEngine* engine = painter.paintEngine();
      engine != nullptr && engine->paintDevice() != nullptr)
    device = engine->paintDevice();
  if (auto* image = dynamic_cast<QImage*>(device);
      image != nullptr &&
      (image->format() == QImage::Format_RGB32 || image->format() == QImage::Format_ARGB32))
    return image->format() == QImage::Format_RGB32 ? QImage::Format_RGB32
                                                   : QImage::Format_ARGB32_Premultiplied;
  return QImage::Format_ARGB32_Premultiplied;
}

// The rectangles of the furniture, laid out before anything is drawn on top of the map.
struct Furniture {
  DateStamp date;
  CreditLine credit;
  QRectF legend;
  Frame legendFrame;  // the legend shrinks to fit a small view
  QRectF scaleBar;
};

}  // namespace

struct MapRenderer::Impl {
  MapShapes shapes;  // holds the data: the shared dataset and the coastlines' geometry
  FrameCache cache;
  DayLook look;
  BaseLayer base;
  HatchPatterns patterns;
  EventLayer events;
  LabelLayer labels;
  MapLegend legend;
  ScaleBar scaleBar;
  LabelPlacer placer;
  MapFonts fonts;
  MapFonts legendFonts;

  std::optional<CoastlineLevel> lastLevel;
  QRectF lastLegend;
  QRectF lastDate;
  QString lastCredit;
  QString lastProjection;
  QRectF lastCreditBox;

  void setData(const MapData& data) {
    if (shapes.sync(data)) {
      // A new dataset: pointers into the old one may come back in the new one's keys.
      cache.clear();
      legend.clear();
      events.clear();
    }
  }

  Frame makeFrame(QPainter& painter, const MapViewport& viewport, const MapScene& scene,
                  const RenderOptions& options) {
    Frame f;
    f.viewport = viewport;
    f.options = &options;
    f.contrast = options.projector ? palette::Contrast::Projector : palette::Contrast::Screen;
    f.dataset = shapes.dataset();
    f.day = scene.day;
    f.selectedTerritory = scene.selection.territoryId.toStdString();
    f.selectedEvent = scene.selection.eventId;
    f.selectedBoundary = scene.selection.boundaryId.toStdString();
    f.scale = std::clamp(options.scale, 0.25, 8.0);
    QPaintDevice* device = painter.device();
    f.dpr = device != nullptr ? std::max(1.0, device->devicePixelRatio()) : 1.0;
    f.vector = painter.paintEngine() == nullptr || painter.paintEngine()->type() != QPaintEngine::Raster;
    f.projection = projectionSlot(viewport.projection());
    f.map = mapTransform(viewport);
    f.tolerance = 0.5 * viewport.metresPerPixel() / f.dpr;
    f.screen = QRectF(QPointF(0, 0), QSizeF(viewport.size()));
    f.view = viewport.mapBounds(f.screen.adjusted(-4, -4, 4, 4));
    f.language = scene.language;
    f.order = scene.order;
    if (fonts.language != f.language || fonts.scale != f.scale) fonts = makeMapFonts(f.language, f.scale);
    f.fonts = &fonts;
    return f;
  }

  // Sea, land, shore, graticule, then the territories and boundaries of the day: the cached
  // base image blitted on raster devices, vectors on the others.
  void drawBelowMarkers(QPainter& painter, const Frame& f, const CoastlineGeometry* coastline) {
    if (f.vector) {
      base.draw(painter, f, shapes, coastline, f.view);
      if (f.dataset != nullptr) {
        look.update(f, shapes);
        drawTerritories(painter, f, shapes, patterns, f.screen);
        drawBoundaries(painter, f, shapes, look.boundaries, f.screen);
      }
      return;
    }
    const FrameCache::PaintBelow paint = [&](QPainter& p, const Bounds& view, const QRectF& clip) {
      base.draw(p, f, shapes, coastline, view);
      if (f.dataset == nullptr) return;
      drawTerritories(p, f, shapes, patterns, clip);
      drawBoundaries(p, f, shapes, look.boundaries, clip);
    };
    const QImage::Format format = baseFormatFor(painter);
    if (f.dataset != nullptr) look.update(f, shapes);
    const QImage& image = f.dataset != nullptr ? cache.base(f, shapes, coastline, format, look, paint)
                                               : cache.uncachedBase(f, format, paint);
    painter.resetTransform();
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QPointF(0, 0), image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
  }

  Furniture layoutFurniture(const Frame& f, const RenderOptions& options) {
    Furniture furniture;
    if (options.dateStamp) furniture.date = DateStamp::layout(f);
    // The coastline the frame drew: every coastline layer of a dataset is GSHHG's (geodata/README.md).
    const bool coastlines =
        chosenCoastline != nullptr && !chosenCoastline->coastline().projected.polygons.empty();
    if (options.credit) furniture.credit = CreditLine::layout(f, coastlines);
    if (options.scaleBar) furniture.scaleBar = scaleBar.layout(f, shapes.projector(f.viewport.projection()));
    furniture.legendFrame = f;
    if (options.legend) {
      QSizeF size = legend.size(f);
      const double fit =
          std::min({1.0, 0.5 * f.screen.width() / size.width(), 0.55 * f.screen.height() / size.height()});
      if (fit < 1.0 && fit >= 0.55) {
        furniture.legendFrame.scale = f.scale * fit;
        if (legendFonts.language != f.language || legendFonts.scale != furniture.legendFrame.scale)
          legendFonts = makeMapFonts(f.language, furniture.legendFrame.scale);
        furniture.legendFrame.fonts = &legendFonts;
        size = legend.size(furniture.legendFrame);
      }
      // Only where it leaves the map readable.
      if (fit >= 0.55) furniture.legend = legendRect(f, options.legendCorner, size, furniture);
    }
    return furniture;
  }

  // The legend's rectangle in its corner, clear of the date stamp, scale bar and credit there.
  static QRectF legendRect(const Frame& f, LegendCorner corner, QSizeF size, const Furniture& furniture) {
    const double s = f.scale;
    const bool left = corner == LegendCorner::TopLeft || corner == LegendCorner::BottomLeft;
    const bool top = corner == LegendCorner::TopLeft || corner == LegendCorner::TopRight;
    const double x = left ? f.screen.left() + 12 * s : f.screen.right() - 12 * s - size.width();
    if (top) {
      const QRectF above = left ? furniture.date.rect : QRectF();
      const double y = !above.isEmpty() ? above.bottom() + 8 * s : f.screen.top() + 12 * s;
      return {QPointF(x, y), size};
    }
    const QRectF below = left ? furniture.scaleBar : furniture.credit.rect;
    const double bottom = (!below.isEmpty() ? below.top() : f.screen.bottom() - 8 * s) - 4 * s;
    return {QPointF(x, bottom - size.height()), size};
  }

  // Markers, badges and labels, placed around the furniture.
  void drawAboveMap(QPainter& painter, const Frame& f, const RenderOptions& options,
                    const Furniture& furniture) {
    const double s = f.scale;
    placer.reset(f.screen, &cache.landMask(f, shapes, chosenCoastline));
    drawSelectedBoundary(painter, f);
    for (const QRectF& r : {furniture.date.rect, furniture.credit.rect, furniture.legend, furniture.scaleBar})
      if (!r.isEmpty()) placer.addObstacle(r.adjusted(-4 * s, -4 * s, 4 * s, 4 * s));
    if (options.events) {
      events.collect(f);
      events.drawMarkers(painter, f);
      events.reserve(placer);
    }
    drawQuestionMarks(painter, f, shapes, placer);
    if (options.labels) {
      labels.drawTerritoryLabels(painter, f, shapes, placer);
      if (options.events) {
        events.drawArrows(painter, f, placer);
        labels.drawEventLabels(painter, f, events.markers(), placer);
      }
    }
  }

  // The selected boundary, traced in the highlight colour over the cached base (it is not
  // part of the base image, which a new selection would otherwise have to rebuild).
  void drawSelectedBoundary(QPainter& painter, const Frame& f) const {
    if (f.selectedBoundary.empty()) return;
    for (const Boundary* boundary : look.boundaries) {
      if (boundary->id != f.selectedBoundary) continue;
      const QPainterPath& path = shapes.boundaryPath(boundary, f.projection);
      if (path.isEmpty()) continue;
      painter.resetTransform();
      painter.setRenderHint(QPainter::Antialiasing, true);
      painter.setBrush(Qt::NoBrush);
      painter.setPen(QPen(palette::highlight(), 4.0 * f.scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      painter.drawPath(f.map.map(path));
    }
  }

  void drawFurniture(QPainter& painter, const Frame& f, const Furniture& furniture) {
    if (!furniture.date.rect.isEmpty()) furniture.date.draw(painter, f);
    if (!furniture.legend.isEmpty()) legend.draw(painter, furniture.legendFrame, furniture.legend, patterns);
    painter.resetTransform();
    if (!furniture.scaleBar.isEmpty())
      pictures.draw(painter, f, FurniturePictures::ScaleBarSlot, furniture.scaleBar, scaleBar.pictureKey(),
                    [&](QPainter& p) { scaleBar.draw(p, f); });
    if (!furniture.credit.rect.isEmpty())
      pictures.draw(painter, f, FurniturePictures::CreditSlot, furniture.credit.rect,
                    furniture.credit.pictureKey(), [&](QPainter& p) { furniture.credit.draw(p, f); });
  }

  const CoastlineGeometry* chosenCoastline = nullptr;  // the frame's, for the land mask
  FurniturePictures pictures;  // the scale bar and credit line, kept from frame to frame
};

MapRenderer::MapRenderer() : m_impl(std::make_unique<Impl>()) {}

MapRenderer::MapRenderer(const MapData& data) : MapRenderer() {
  setData(data);
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::setData(const MapData& data) {
  m_impl->setData(data);
}

CoastlineLevel MapRenderer::preferredCoastlineLevel(const MapViewport& viewport, double devicePixelRatio) {
  if (viewport.projection() == MapProjection::World) return CoastlineLevel::World;
  // GSHHG's intermediate level keeps detail to about 1 km, high to 200 m; full is the
  // source. A level is good enough while its detail stays under about two device pixels.
  const double devicePixelMetres = viewport.metresPerPixel() / std::max(1.0, devicePixelRatio);
  if (devicePixelMetres >= 500.0) return CoastlineLevel::Intermediate;
  if (devicePixelMetres >= 150.0) return CoastlineLevel::High;
  return CoastlineLevel::Full;
}

void MapRenderer::render(QPainter& painter, const MapViewport& viewport, const MapScene& scene,
                         const RenderOptions& options) {
  Impl& d = *m_impl;
  if (!viewport.isValid()) return;
  painter.save();
  const Frame f = d.makeFrame(painter, viewport, scene, options);
  std::optional<CoastlineLevel> level;
  d.chosenCoastline = d.shapes.chooseCoastline(f, level);
  d.lastLevel = level;
  d.drawBelowMarkers(painter, f, d.chosenCoastline);
  d.events.clear();
  d.lastLegend = {};
  d.lastDate = {};
  d.lastCredit.clear();
  d.lastProjection.clear();
  d.lastCreditBox = {};
  if (f.dataset != nullptr) {
    const Furniture furniture = d.layoutFurniture(f, options);
    d.drawAboveMap(painter, f, options, furniture);
    d.drawFurniture(painter, f, furniture);
    d.lastLegend = furniture.legend;
    d.lastDate = furniture.date.rect;
    d.lastCredit = furniture.credit.text;
    d.lastProjection = furniture.credit.projection;
    d.lastCreditBox = furniture.credit.rect;
  }
  painter.restore();
}

const Territory* MapRenderer::territoryAt(const MapViewport& viewport, QPointF screen) const {
  return app::territoryAt(m_impl->shapes, viewport, screen);
}

const TerritoryPart* MapRenderer::territoryPartAt(const MapViewport& viewport, QPointF screen) const {
  return app::territoryPartAt(m_impl->shapes, viewport, screen);
}

const Boundary* MapRenderer::boundaryAt(const MapViewport& viewport, QPointF screen, double tolerance) const {
  return app::boundaryAt(m_impl->shapes, viewport, m_impl->look.boundaries, screen, tolerance);
}

std::vector<const Event*> MapRenderer::eventsAt(QPointF screen) const {
  return m_impl->events.eventsAt(m_impl->shapes.dataset(), screen);
}

const std::vector<EventCluster>& MapRenderer::eventClusters() const noexcept {
  return m_impl->events.clusters();
}

std::vector<const Event*> MapRenderer::clusterEvents(int cluster) const {
  return m_impl->events.clusterEvents(m_impl->shapes.dataset(), cluster);
}

const Event* MapRenderer::eventAt(QPointF screen) const {
  return m_impl->events.eventAt(m_impl->shapes.dataset(), screen);
}

int MapRenderer::baseImageBuildCount() const noexcept {
  return m_impl->cache.buildCount();
}
int MapRenderer::baseImageRepairCount() const noexcept {
  return m_impl->cache.repairCount();
}
std::optional<CoastlineLevel> MapRenderer::lastCoastlineLevel() const noexcept {
  return m_impl->lastLevel;
}
QRectF MapRenderer::lastLegendRect() const noexcept {
  return m_impl->lastLegend;
}
QRectF MapRenderer::lastDateStampRect() const noexcept {
  return m_impl->lastDate;
}

QString MapRenderer::lastCreditText() const {
  return m_impl->lastCredit;
}

QRectF MapRenderer::lastCreditRect() const noexcept {
  return m_impl->lastCreditBox;
}

QString MapRenderer::lastProjectionText() const {
  return m_impl->lastProjection;
}

}  // namespace okhotsk::app
