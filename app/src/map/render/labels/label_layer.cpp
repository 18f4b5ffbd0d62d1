// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/labels/label_layer.h"

#include "map/render/labels/label_placement.h"
#include "map/render/layers/event_layer.h"
#include "map/render/map_fonts.h"
#include "map/render/map_shapes.h"
#include "map/render/territory_style.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/edtf.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace okhotsk::app {

namespace {
// Label boxes come from kept pictures on raster frames; SVG and PDF get them as paths.
LabelBoxSprites* spritesFor(const Frame& f, LabelBoxSprites& boxes) {
  return f.vector ? nullptr : &boxes;
}
}  // namespace

LabelLayer::LabelLayer() {
  m_labelOrder.reserve(64);
  m_candidates.reserve(64);
}

void LabelLayer::collectTerritoryLabels(const Frame& f, MapShapes& shapes, bool zoomedIn) {
  const MapFonts& font = *f.fonts;
  const double s = f.scale;
  m_pending.clear();
  for (TerritoryShape& t : shapes.territories()) {
    LodPath& shape = t.shapes[f.projection];
    if (shape.empty()) continue;
    const QRectF box = f.map.mapRect(shape.bounds());
    if (!box.intersects(f.screen)) continue;
    const double extent = std::max(box.width(), box.height());
    if (extent < 3.0) continue;  // a dot on a world map: the legend and tooltips do
    QPointF anchor = f.viewport.toScreen(t.label[f.projection]);
    if (!f.screen.contains(anchor)) anchor = nearestPoint(f.screen.adjusted(8, 8, -8, -8), anchor);
    const TerritoryState state = f.dataset->stateOf(*t.territory, f.day);
    const TerritoryStyle style = styleOf(state);
    Pending p{&t,    {},
              {},    anchor,
              box,   palette::stateColour(f.dataset, style.first),
              false, t.territory->contextOnly};
    p.text.title = qs(t.territory->namesOn(f.day).label(f.language, f.order));  // Karafuto in 1930
    if (!p.context) p.text.detail = describeTerritoryState(*f.dataset, state, f.language);
    p.text.question = style.kind == TerritoryStyle::Kind::Uncertain;
    if (style.kind == TerritoryStyle::Kind::Unknown) p.accent = palette::coastline();
    p.size = labelBoxSize(font.name, font.state, p.text, s);
    // On the territory only when it is large on screen and its parts are not labelled.
    const bool partsLabelled = zoomedIn && !t.parts.empty();
    p.inside = !partsLabelled && box.width() > 2.2 * p.size.width() && box.height() > 3.5 * p.size.height();
    m_pending.push_back(std::move(p));
  }
  // Labels that sit on their territory first, then callouts from the smallest territory up.
  std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
    if (a.inside != b.inside) return a.inside;
    return a.box.width() * a.box.height() < b.box.width() * b.box.height();
  });
}

void LabelLayer::placeTerritoryLabel(QPainter& painter, const Frame& f, const Pending& p,
                                     LabelPlacer& placer) {
  const double s = f.scale;
  m_candidates.clear();
  if (p.inside) {
    const QRectF centred(p.anchor - QPointF(p.size.width() / 2, p.size.height() / 2), p.size);
    m_candidates.push_back(centred);
    m_candidates.push_back(centred.translated(0, p.size.height()));
    m_candidates.push_back(centred.translated(0, -p.size.height()));
  }
  // Callouts beside the territory's box, or beside the anchor when the box is huge.
  const QRectF target = (p.box.width() > f.screen.width() / 3 || p.box.height() > f.screen.height() / 3)
                            ? QRectF(p.anchor - QPointF(6 * s, 6 * s), QSizeF(12 * s, 12 * s))
                            : p.box;
  calloutCandidates(target, p.size, 14.0 * s, m_candidates);
  // A territory's label is always drawn: when every place near it covers another label, a free
  // place farther out (a longer leader) rather than one on top of another label.
  if (placer.allCollide(m_candidates)) farCalloutCandidates(target, p.size, 14.0 * s, m_candidates);
  const int chosen = placer.place(m_candidates, p.inside ? 0.0 : 3.0, true);
  if (chosen < 0) return;
  const QRectF rect = m_candidates[static_cast<std::size_t>(chosen)];
  const bool onAnchor = rect.contains(p.anchor);
  if (!onAnchor) drawLeader(painter, p.anchor, rect, s);
  if (p.context) {
    painter.setFont(f.fonts->name);
    painter.setPen(palette::mutedText());
    painter.drawText(rect, Qt::AlignCenter, p.text.title);
  } else {
    drawLabelBox(painter, rect, f.fonts->name, f.fonts->state, p.text, p.accent, s, 1.0,
                 spritesFor(f, m_boxes));
  }
}

void LabelLayer::drawTerritoryLabels(QPainter& painter, const Frame& f, MapShapes& shapes,
                                     LabelPlacer& placer) {
  const bool zoomedIn = f.viewport.metresPerPixel() < 120.0;
  // On a map of the whole world the territories are specks: labels would only hide the
  // events; tooltips and the legend tell the rest.
  if (f.viewport.metresPerPixel() > 6000.0) return;
  collectTerritoryLabels(f, shapes, zoomedIn);
  painter.resetTransform();
  painter.setRenderHint(QPainter::Antialiasing, true);
  for (const Pending& p : m_pending) placeTerritoryLabel(painter, f, p, placer);
  if (zoomedIn) drawPartLabels(painter, f, shapes, placer);
}

void LabelLayer::drawPartLabels(QPainter& painter, const Frame& f, const MapShapes& shapes,
                                LabelPlacer& placer) {
  const double s = f.scale;
  const QFontMetricsF metrics(f.fonts->part);
  for (const TerritoryShape& t : shapes.territories()) {
    for (const PartShape& part : t.parts) {
      const QRectF box = f.map.mapRect(part.bounds[f.projection]);
      if (!box.intersects(f.screen)) continue;
      const QString text = qs(part.part->names.label(f.language, f.order));
      const QSizeF size(metrics.horizontalAdvance(text) + 6.0 * s, metrics.height() + 2.0 * s);
      const QPointF anchor = f.viewport.toScreen(part.label[f.projection]);
      m_candidates.clear();
      calloutCandidates(box, size, 4.0 * s, m_candidates);
      const int chosen = placer.place(m_candidates, 1.5, false);
      if (chosen < 0) continue;
      const QRectF rect = m_candidates[static_cast<std::size_t>(chosen)];
      if (!rect.contains(anchor) && QLineF(anchor, nearestPoint(rect, anchor)).length() > 12.0 * s)
        drawLeader(painter, anchor, rect, 0.7 * s);
      painter.setPen(Qt::NoPen);
      painter.setBrush(withAlpha(Qt::white, 0.7));
      painter.drawRoundedRect(rect, 2.0 * s, 2.0 * s);
      painter.setFont(f.fonts->part);
      painter.setPen(palette::text());
      painter.drawText(rect, Qt::AlignCenter, text);
    }
  }
}

void LabelLayer::drawEventLabels(QPainter& painter, const Frame& f, const std::vector<EventMarker>& markers,
                                 LabelPlacer& placer) {
  const double s = f.scale;
  const auto events = f.dataset->events();
  const QFontMetricsF titleMetrics(f.fonts->event);
  // Events on the map first, then those nearest to the day in time.
  m_labelOrder.clear();
  for (std::size_t i = 0; i < markers.size(); ++i)
    if (markers[i].near) m_labelOrder.push_back(i);
  std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(), [&](std::size_t a, std::size_t b) {
    if (markers[a].onScreen != markers[b].onScreen) return markers[a].onScreen;
    return markers[a].daysAway < markers[b].daysAway;
  });
  int labelled = 0;
  for (const std::size_t index : m_labelOrder) {
    const EventMarker& marker = markers[index];
    if (labelled >= kMaxEventLabels) break;
    const Event& event = events[marker.eventIndex];
    LabelText text;
    text.title = titleMetrics.elidedText(qs(event.title.get(f.language)), Qt::ElideRight, 300.0 * s);
    text.detail = qs(formatEdtf(event.date, f.language));
    const QSizeF size = labelBoxSize(f.fonts->event, f.fonts->eventDate, text, s);
    const QColor colour = palette::categoryColour(event.category);
    m_candidates.clear();
    const QPointF at = marker.onScreen ? marker.position : marker.arrowTip;
    const double r = marker.onScreen ? marker.radius : 11.0 * s;
    calloutCandidates(QRectF(at - QPointF(r, r), QSizeF(2 * r, 2 * r)), size, 4.0 * s, m_candidates);
    m_candidates.resize(std::min<std::size_t>(m_candidates.size(), 24));
    const int chosen = placer.place(m_candidates, 0.0, false);
    if (chosen < 0) continue;
    const QRectF rect = m_candidates[static_cast<std::size_t>(chosen)];
    drawLabelBox(painter, rect, f.fonts->event, f.fonts->eventDate, text, colour, s, 1.0,
                 spritesFor(f, m_boxes));
    // The category's colour as a bar down the box's left edge.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRect(QRectF(rect.left(), rect.top() + 2 * s, 3.0 * s, rect.height() - 4 * s));
    ++labelled;
  }
}

}  // namespace okhotsk::app
