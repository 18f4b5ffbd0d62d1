// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/event_layer.h"

#include "map/render/labels/label_placement.h"
#include "style/palette.h"

#include <QLineF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <optional>

namespace okhotsk::app {

namespace {

DayNumber distanceInDays(const Event& event, DayNumber day) {
  if (day < event.date.earliest()) return event.date.earliest() - day;
  if (day > event.date.latest()) return day - event.date.latest();
  return 0;
}

bool finite(const Vec2& v) {
  return std::isfinite(v.x) && std::isfinite(v.y);
}

// Where the arrow for an event outside the view goes: on the view's inner edge, on the
// line from the centre towards the event.
std::optional<QPointF> edgePoint(const Frame& f, QPointF target) {
  const double s = f.scale;
  const QRectF inner = f.screen.adjusted(18 * s, 18 * s, -18 * s, -18 * s);
  const QPointF centre = inner.center();
  const QPointF direction = target - centre;
  if (direction.isNull() || inner.isEmpty()) return std::nullopt;
  double t = 1e18;
  if (direction.x() > 0) t = std::min(t, (inner.right() - centre.x()) / direction.x());
  if (direction.x() < 0) t = std::min(t, (inner.left() - centre.x()) / direction.x());
  if (direction.y() > 0) t = std::min(t, (inner.bottom() - centre.y()) / direction.y());
  if (direction.y() < 0) t = std::min(t, (inner.top() - centre.y()) / direction.y());
  return centre + direction * t;
}

void drawEdgeArrow(QPainter& painter, QPointF tip, QPointF direction, const QColor& colour, double s) {
  const double length = std::hypot(direction.x(), direction.y());
  const QPointF u = direction / length;
  const QPointF n(-u.y(), u.x());
  const double size = 11.0 * s;
  QPolygonF arrow;
  arrow << tip << tip - u * size + n * size * 0.55 << tip - u * size - n * size * 0.55;
  painter.setPen(QPen(Qt::white, 1.5 * s));
  painter.setBrush(colour);
  painter.drawPolygon(arrow);
}

}  // namespace

EventLayer::EventLayer() {
  m_eventScratch.reserve(256);
  m_markers.reserve(256);
  m_arrows.reserve(32);
}

void EventLayer::collect(const Frame& f) {
  m_markers.clear();
  f.dataset->eventIndicesIn(DayRange{f.day - kFadeDays, f.day + kFadeDays}, m_eventScratch);
  const auto events = f.dataset->events();
  const QRectF screen = f.screen;
  for (std::size_t index : m_eventScratch) {
    const Event& event = events[index];
    if (!event.location) continue;
    const Vec2& point = f.projection == 0 ? event.region : event.world;
    if (!finite(point)) continue;
    const QPointF at = f.viewport.toScreen(point);
    const DayNumber distance = distanceInDays(event, f.day);
    const bool near = distance <= kNearDays;
    EventMarker marker;
    marker.eventIndex = index;
    marker.position = at;
    marker.near = near;
    marker.daysAway = distance;
    marker.radius = (near ? 6.5 : 4.0) * f.scale;
    marker.onScreen =
        screen.adjusted(-marker.radius, -marker.radius, marker.radius, marker.radius).contains(at);
    if (!marker.onScreen && !near) continue;
    m_markers.push_back(marker);
  }
  // Faded ones first, the day's events on top.
  std::stable_sort(m_markers.begin(), m_markers.end(),
                   [](const EventMarker& a, const EventMarker& b) { return a.near < b.near; });
}

void EventLayer::drawMarkers(QPainter& painter, const Frame& f) const {
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.resetTransform();
  const auto events = f.dataset->events();
  for (const EventMarker& marker : m_markers) {
    if (!marker.onScreen) continue;
    const Event& event = events[marker.eventIndex];
    const QColor colour = palette::categoryColour(event.category);
    const DayNumber distance = distanceInDays(event, f.day);
    const double fade =
        marker.near ? 1.0 : 0.8 - 0.65 * static_cast<double>(distance) / static_cast<double>(kFadeDays);
    const bool later = event.date.earliest() > f.day;
    if (event.date.isImprecise()) {
      const double halo = marker.radius * 2.6;
      QRadialGradient gradient(marker.position, halo);
      gradient.setColorAt(0.0, withAlpha(colour, 0.45 * fade));
      gradient.setColorAt(1.0, withAlpha(colour, 0.0));
      painter.setPen(Qt::NoPen);
      painter.setBrush(gradient);
      painter.drawEllipse(marker.position, halo, halo);
    }
    if (later) {
      // Not yet happened: a ring.
      QPen ring(withAlpha(colour, fade), 1.6 * f.scale);
      painter.setPen(ring);
      painter.setBrush(withAlpha(Qt::white, 0.6 * fade));
    } else {
      painter.setPen(QPen(withAlpha(Qt::white, fade), 1.2 * f.scale));
      painter.setBrush(withAlpha(colour, fade));
    }
    painter.drawEllipse(marker.position, marker.radius, marker.radius);
    if (!f.selectedEvent.isEmpty() && f.selectedEvent == qs(event.id)) {
      painter.setPen(QPen(palette::highlight(), 2.0 * f.scale));
      painter.setBrush(Qt::NoBrush);
      const double r = marker.radius + 4.0 * f.scale;
      painter.drawEllipse(marker.position, r, r);
    }
  }
}

void EventLayer::reserve(LabelPlacer& placer) const {
  for (const EventMarker& m : m_markers)
    if (m.onScreen && m.near)
      placer.occupy(QRectF(m.position - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius)));
}

void EventLayer::drawArrows(QPainter& painter, const Frame& f, LabelPlacer& placer) {
  const double s = f.scale;
  const auto events = f.dataset->events();
  painter.resetTransform();
  painter.setRenderHint(QPainter::Antialiasing, true);
  m_arrows.clear();
  for (EventMarker& marker : m_markers) {
    if (!marker.near || marker.onScreen) continue;
    const auto tip = edgePoint(f, marker.position);
    if (!tip) continue;
    marker.arrowTip = *tip;
    const bool shared = std::any_of(m_arrows.begin(), m_arrows.end(),
                                    [&](const Arrow& a) { return QLineF(a.tip, *tip).length() < 24.0 * s; });
    if (shared) continue;
    m_arrows.push_back({*tip, marker.position - f.screen.center(),
                        palette::categoryColour(events[marker.eventIndex].category)});
    const double r = 11.0 * s;
    placer.occupy(QRectF(*tip - QPointF(r, r), QSizeF(2 * r, 2 * r)));
  }
  for (const Arrow& arrow : m_arrows) drawEdgeArrow(painter, arrow.tip, arrow.direction, arrow.colour, s);
}

std::vector<const Event*> EventLayer::eventsAt(const Dataset* dataset, QPointF screen) const {
  std::vector<const Event*> hits;
  if (dataset == nullptr) return hits;
  const auto events = dataset->events();
  for (std::size_t i = m_markers.size(); i-- > 0;) {
    const EventMarker& marker = m_markers[i];
    if (!marker.onScreen || QLineF(marker.position, screen).length() > marker.radius + 3.0) continue;
    const Event* event = &events[marker.eventIndex];
    if (std::find(hits.begin(), hits.end(), event) == hits.end()) hits.push_back(event);
  }
  return hits;
}

const Event* EventLayer::eventAt(const Dataset* dataset, QPointF screen) const {
  if (dataset == nullptr) return nullptr;
  const auto events = dataset->events();
  // Topmost (drawn last) first.
  for (std::size_t i = m_markers.size(); i-- > 0;) {
    const EventMarker& marker = m_markers[i];
    if (!marker.onScreen) continue;
    const double r = marker.radius + 3.0;
    if (QLineF(marker.position, screen).length() <= r) return &events[marker.eventIndex];
  }
  return nullptr;
}

}  // namespace okhotsk::app
