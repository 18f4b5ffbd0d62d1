// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/frame_cache.h"

#include "map/geometry/coastline_geometry.h"
#include "map/render/map_shapes.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

bool contains(const std::vector<const Boundary*>& boundaries, const Boundary* boundary) {
  return std::find(boundaries.begin(), boundaries.end(), boundary) != boundaries.end();
}

QSize devicePixels(const Frame& f) {
  return {static_cast<int>(std::lround(f.viewport.size().width() * f.dpr)),
          static_cast<int>(std::lround(f.viewport.size().height() * f.dpr))};
}

}  // namespace

void DayLook::update(const Frame& f, const MapShapes& shapes) {
  territories.clear();
  for (const TerritoryShape& t : shapes.territories()) {
    const TerritoryState state = f.dataset->stateOf(*t.territory, f.day);
    territories.push_back({state.period, state.alternative,
                           !f.selectedTerritory.empty() && t.territory->id == f.selectedTerritory});
  }
  boundaries = f.dataset->boundariesOn(f.day);  // a handful, in data order
}

// The boxes of territories whose look changed and of boundaries that came into or went out
// of force.
QRectF FrameCache::dirtyBox(const Frame& f, const MapShapes& shapes, const DayLook& before,
                            const DayLook& after) {
  QRectF dirty;
  const auto& territories = shapes.territories();
  for (std::size_t i = 0; i < territories.size() && i < before.territories.size(); ++i)
    if (!(after.territories[i] == before.territories[i]))
      dirty |= MapShapes::territoryScreenBox(f, territories[i]);
  for (const Boundary* b : after.boundaries)
    if (!contains(before.boundaries, b)) dirty |= shapes.boundaryScreenBox(f, b);
  for (const Boundary* b : before.boundaries)
    if (!contains(after.boundaries, b)) dirty |= shapes.boundaryScreenBox(f, b);
  return dirty;
}

const QImage& FrameCache::base(const Frame& f, const MapShapes& shapes, const CoastlineGeometry* coastline,
                               QImage::Format format, const DayLook& look, const PaintBelow& paint) {
  const ViewImageKey key =
      ViewImageKey::of(f, coastline != nullptr ? &coastline->coastline() : nullptr, shapes.dataset(), format);
  if (key == m_baseKey && !m_base.isNull()) {
    if (look.territories == m_composite.territories && look.boundaries == m_composite.boundaries)
      return m_base;
    // Repaint only what changed.
    const QRectF dirty = dirtyBox(f, shapes, m_composite, look).intersected(f.screen).toAlignedRect();
    if (!dirty.isEmpty()) {
      QPainter painter(&m_base);
      painter.setClipRect(dirty);
      // The map bounds with the same 4-pixel margin as a whole build (Frame::view), so that
      // shapes just outside the box still draw their strokes' and edges' fringes into it.
      paint(painter, f.viewport.mapBounds(dirty.adjusted(-4, -4, 4, 4)), dirty);
      painter.end();
      ++m_repairs;
    }
    m_composite = look;
    return m_base;
  }
  const QSize pixels = devicePixels(f);
  if (m_base.size() != pixels || m_base.format() != format) m_base = QImage(pixels, format);
  m_base.setDevicePixelRatio(f.dpr);
  QPainter painter(&m_base);
  paint(painter, f.view, f.screen);
  painter.end();
  m_baseKey = key;
  m_composite = look;
  ++m_builds;
  return m_base;
}

const QImage& FrameCache::uncachedBase(const Frame& f, QImage::Format format, const PaintBelow& paint) {
  m_base = QImage(devicePixels(f), format);
  m_base.setDevicePixelRatio(f.dpr);
  m_baseKey = {};
  QPainter painter(&m_base);
  paint(painter, f.view, f.screen);
  painter.end();
  return m_base;
}

const CoverageMask& FrameCache::landMask(const Frame& f, MapShapes& shapes,
                                         const CoastlineGeometry* coastline) {
  const MaskKey key{f.viewport, coastline != nullptr ? &coastline->coastline() : nullptr, shapes.dataset()};
  if (key == m_maskKey) return m_mask;
  m_maskKey = key;
  constexpr int kCell = 4;
  m_mask.reset(f.viewport.size(), kCell);
  QPainter painter(&m_mask.image());
  painter.setTransform(f.map * QTransform::fromScale(1.0 / kCell, 1.0 / kCell));
  painter.setPen(Qt::NoPen);
  painter.setBrush(Qt::black);
  const double tolerance = f.viewport.metresPerPixel() * kCell;
  if (coastline != nullptr) coastline->fillLand(painter, f.view, tolerance, m_scratch);
  for (TerritoryShape& t : shapes.territories()) {
    LodPath& shape = t.shapes[f.projection];
    if (!shape.empty() && boundsRect(f.view).intersects(shape.bounds()))
      painter.drawPath(shape.at(tolerance));
  }
  painter.end();
  m_mask.finish();
  return m_mask;
}

void FrameCache::clear() {
  m_base = QImage();
  m_baseKey = {};
  m_composite = {};
  m_maskKey = {};
}

}  // namespace okhotsk::app
