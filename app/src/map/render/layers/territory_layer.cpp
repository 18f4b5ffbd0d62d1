// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/territory_layer.h"

#include "map/render/labels/label_placement.h"
#include "map/render/layers/hatch_patterns.h"
#include "map/render/map_fonts.h"
#include "map/render/map_shapes.h"
#include "map/render/territory_style.h"
#include "style/palette.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

void fillTerritory(QPainter& painter, const Frame& f, const QPainterPath& path, const TerritoryStyle& style,
                   HatchPatterns& patterns) {
  painter.setTransform(f.map);
  painter.setPen(Qt::NoPen);
  switch (style.kind) {
    case TerritoryStyle::Kind::Unknown:
      break;
    case TerritoryStyle::Kind::Single:
      painter.setBrush(palette::stateFill(f.dataset, style.first, f.contrast));
      painter.drawPath(path);
      break;
    case TerritoryStyle::Kind::Joint:
      patterns.fill(painter, f, path, Pattern::Stripes,
                    palette::stateFill(f.dataset, style.first, f.contrast),
                    palette::stateFill(f.dataset, style.second, f.contrast).darker(108));
      break;
    case TerritoryStyle::Kind::Uncertain:
      painter.setBrush(uncertainBaseColour());
      painter.drawPath(path);
      patterns.fill(painter, f, path, Pattern::HatchForward, palette::stateColour(f.dataset, style.first));
      patterns.fill(painter, f, path, Pattern::HatchBackward, palette::stateColour(f.dataset, style.second));
      break;
  }
  if (!style.claimant.isEmpty() && style.kind != TerritoryStyle::Kind::Uncertain)
    patterns.fill(painter, f, path, Pattern::HatchForward, palette::stateColour(f.dataset, style.claimant));
}

void outlineTerritory(QPainter& painter, const Frame& f, TerritoryShape& t, const QPainterPath& path,
                      const TerritoryStyle& style) {
  painter.setTransform(f.map);
  painter.setBrush(Qt::NoBrush);
  if (!style.claimant.isEmpty()) {
    // Disputed: a dashed outline in the claimant's colour, wide enough to read.
    QPen pen(palette::stateColour(f.dataset, style.claimant).darker(115),
             std::max(1.0, std::round(1.3 * f.dpr * f.scale)));
    pen.setDashPattern({4.0, 2.5});
    strokeMapPath(painter, f, path, pen);
  } else {
    // The shore only: an edge shared with a neighbour is drawn as a boundary or not at all.
    QPen pen(style.kind == TerritoryStyle::Kind::Unknown
                 ? palette::coastline(f.contrast)
                 : palette::stateColour(f.dataset, style.first).darker(130),
             1.0);
    strokeMapPath(painter, f, t.outlines[f.projection].at(f.tolerance), pen);
  }
  if (!f.selectedTerritory.empty() && t.territory->id == f.selectedTerritory) {
    strokeMapPath(painter, f, path,
                  QPen(palette::highlight(), std::max(1.0, std::round(2.0 * f.dpr * f.scale))));
  }
}

}  // namespace

void drawTerritories(QPainter& painter, const Frame& f, MapShapes& shapes, HatchPatterns& patterns,
                     const QRectF& screenClip) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  for (TerritoryShape& t : shapes.territories()) {
    LodPath& shape = t.shapes[f.projection];
    if (shape.empty() || !MapShapes::territoryScreenBox(f, t).intersects(screenClip)) continue;
    const TerritoryStyle style = styleOf(f.dataset->stateOf(*t.territory, f.day));
    const QPainterPath& path = shape.at(f.tolerance);
    fillTerritory(painter, f, path, style, patterns);
    outlineTerritory(painter, f, t, path, style);
  }
  painter.resetTransform();
}

void drawQuestionMarks(QPainter& painter, const Frame& f, const MapShapes& shapes, LabelPlacer& placer) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  for (const TerritoryShape& t : shapes.territories()) {
    if (t.shapes[f.projection].empty()) continue;
    const TerritoryStyle style = styleOf(f.dataset->stateOf(*t.territory, f.day));
    if (style.kind != TerritoryStyle::Kind::Uncertain) continue;
    // On small islands a badge would hide them; their label carries it instead.
    const QRectF box = f.map.mapRect(t.shapes[f.projection].bounds());
    if (std::min(box.width(), box.height()) < 60.0 * f.scale) continue;
    const QPointF at = f.viewport.toScreen(t.label[f.projection]);
    if (!f.screen.contains(at)) continue;
    const double r = 8.0 * f.scale;
    painter.setPen(QPen(palette::text(), 1.2 * f.scale));
    painter.setBrush(Qt::white);
    painter.drawEllipse(at, r, r);
    painter.setFont(f.fonts->question);
    painter.setPen(palette::text());
    painter.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("?"));
    placer.occupy(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
  }
}

}  // namespace okhotsk::app
