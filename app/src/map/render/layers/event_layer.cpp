// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/event_layer.h"

#include "map/render/labels/label_placement.h"
#include "map/render/map_fonts.h"
#include "style/palette.h"

#include <QFont>
#include <QLineF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <functional>
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
  m_clusterer.cluster(m_markers, events, screen, f.scale, m_clusters);
}

namespace {

// How opaque a marker is: the day's events fully, others fading with their distance in time.
double fadeOf(bool near, DayNumber distance) {
  return near ? 1.0 : 0.8 - 0.65 * static_cast<double>(distance) / static_cast<double>(EventLayer::kFadeDays);
}

// A cluster stays opaque enough for its count to be read.
double clusterFade(const EventCluster& cluster) {
  return std::max(0.6, fadeOf(cluster.near, cluster.daysAway));
}

QColor neutralClusterColour() {
  return {0x5A, 0x5F, 0x66};
}

QColor clusterColour(const EventCluster& cluster) {
  return cluster.hasDominantCategory() ? palette::categoryColour(cluster.dominantCategory())
                                       : neutralClusterColour();
}

// The shapes, drawn at `centre` with every colour's alpha multiplied by `alpha`: into a
// sprite at full opacity on raster devices, straight onto vector devices.
void paintDot(QPainter& painter, QPointF centre, double r, const QColor& colour, bool later, double alpha,
              double s) {
  if (later) {
    // Not yet happened: a ring.
    painter.setPen(QPen(withAlpha(colour, alpha), 1.6 * s));
    painter.setBrush(withAlpha(Qt::white, 0.6 * alpha));
  } else {
    painter.setPen(QPen(withAlpha(Qt::white, alpha), 1.2 * s));
    painter.setBrush(withAlpha(colour, alpha));
  }
  painter.drawEllipse(centre, r, r);
}

double dotExtent(double r, double s) {
  return r + 1.6 * s;
}

void paintHalo(QPainter& painter, QPointF centre, double r, const QColor& colour, double alpha) {
  const double halo = r * 2.6;
  QRadialGradient gradient(centre, halo);
  gradient.setColorAt(0.0, withAlpha(colour, 0.45 * alpha));
  gradient.setColorAt(1.0, withAlpha(colour, 0.0));
  painter.setPen(Qt::NoPen);
  painter.setBrush(gradient);
  painter.drawEllipse(centre, halo, halo);
}

double haloExtent(double r) {
  return r * 2.6;
}

QFont countFont(const Frame& f) {
  QFont font = f.fonts != nullptr ? f.fonts->event : QFont();
  font.setBold(true);
  font.setPixelSize(std::max(1, static_cast<int>(std::lround(10.0 * f.scale))));
  return font;
}

// A cluster: a light disc ringed in its colour, its count in the text colour.
void paintCluster(QPainter& painter, QPointF centre, double r, const QColor& ring, int count, double alpha,
                  double s, const QFont& font) {
  const double inner = r - 1.5 * s;
  painter.setPen(QPen(withAlpha(ring, alpha), 3.0 * s));
  painter.setBrush(withAlpha(Qt::white, 0.93 * alpha));
  painter.drawEllipse(centre, inner, inner);
  painter.setFont(font);
  painter.setPen(withAlpha(palette::text(), alpha));
  painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                   QString::number(count));
}

// Sprite keys: the look (2 bits), the radius in 1/16 logical pixel (14 bits), the colour's
// RGB (24 bits) and a cluster's count (20 bits). Scale, device pixel ratio and language are
// the same for the whole cache.
enum class Look : std::uint64_t { Dot, Ring, Halo, Cluster };

std::uint64_t spriteKey(Look look, double radius, const QColor& colour, int count = 0) {
  const auto r = static_cast<std::uint64_t>(std::clamp(std::lround(radius * 16.0), 0L, 16383L));
  const auto rgb = static_cast<std::uint64_t>(colour.rgb() & 0xFFFFFFU);
  const auto n = static_cast<std::uint64_t>(std::clamp(count, 0, 1048575));
  return static_cast<std::uint64_t>(look) | (r << 2U) | (rgb << 16U) | (n << 40U);
}

}  // namespace

const EventLayer::Sprite* EventLayer::findSprite(std::uint64_t key) const {
  const auto it = m_sprites.find(key);
  return it == m_sprites.end() ? nullptr : &it->second;
}

const EventLayer::Sprite& EventLayer::addSprite(std::uint64_t key, const Frame& f, double extent,
                                                const std::function<void(QPainter&, QPointF)>& paint) {
  // A whole number of device pixels either side of the centre, which sits on a pixel corner.
  const int half = static_cast<int>(std::ceil((extent + 1.0) * f.dpr));
  Sprite sprite;
  sprite.image = QImage(2 * half, 2 * half, QImage::Format_ARGB32_Premultiplied);
  sprite.image.setDevicePixelRatio(f.dpr);
  sprite.image.fill(Qt::transparent);
  const double logicalHalf = half / f.dpr;
  sprite.offset = QPointF(-logicalHalf, -logicalHalf);
  {
    QPainter painter(&sprite.image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paint(painter, QPointF(logicalHalf, logicalHalf));
  }
  return m_sprites.insert_or_assign(key, std::move(sprite)).first->second;
}

void EventLayer::drawSprite(QPainter& painter, const Sprite& sprite, QPointF centre, double opacity,
                            double dpr) {
  // On whole device pixels: a plain blit, never a resampled one.
  const QPointF at = centre + sprite.offset;
  painter.setOpacity(opacity);
  painter.drawImage(QPointF(std::round(at.x() * dpr) / dpr, std::round(at.y() * dpr) / dpr), sprite.image);
}

void EventLayer::drawOne(QPainter& painter, const Frame& f, const EventMarker& marker) {
  const Event& event = f.dataset->events()[marker.eventIndex];
  const QColor colour = palette::categoryColour(event.category);
  const double fade = fadeOf(marker.near, marker.daysAway);
  const bool later = event.date.earliest() > f.day;
  const double s = f.scale;
  const double r = marker.radius;
  if (f.vector) {
    if (event.date.isImprecise()) paintHalo(painter, marker.position, r, colour, fade);
    paintDot(painter, marker.position, r, colour, later, fade, s);
    return;
  }
  if (event.date.isImprecise()) {
    const std::uint64_t key = spriteKey(Look::Halo, r, colour);
    const Sprite* halo = findSprite(key);
    if (halo == nullptr)
      halo =
          &addSprite(key, f, haloExtent(r), [&](QPainter& p, QPointF c) { paintHalo(p, c, r, colour, 1.0); });
    drawSprite(painter, *halo, marker.position, fade, f.dpr);
  }
  const std::uint64_t key = spriteKey(later ? Look::Ring : Look::Dot, r, colour);
  const Sprite* dot = findSprite(key);
  if (dot == nullptr)
    dot = &addSprite(key, f, dotExtent(r, s),
                     [&](QPainter& p, QPointF c) { paintDot(p, c, r, colour, later, 1.0, s); });
  drawSprite(painter, *dot, marker.position, fade, f.dpr);
}

void EventLayer::drawCluster(QPainter& painter, const Frame& f, const EventCluster& cluster) {
  const QColor colour = clusterColour(cluster);
  const double fade = clusterFade(cluster);
  const double s = f.scale;
  const double r = cluster.radius;
  if (f.vector) {
    paintCluster(painter, cluster.position, r, colour, cluster.count, fade, s, countFont(f));
    return;
  }
  const std::uint64_t key = spriteKey(Look::Cluster, r, colour, cluster.count);
  const Sprite* disc = findSprite(key);
  if (disc == nullptr)
    disc = &addSprite(key, f, r, [&](QPainter& p, QPointF c) {
      paintCluster(p, c, r, colour, cluster.count, 1.0, s, countFont(f));
    });
  drawSprite(painter, *disc, cluster.position, fade, f.dpr);
}

void EventLayer::drawMarkers(QPainter& painter, const Frame& f) {
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.resetTransform();
  // Sprites are made for one scale, device pixel ratio and typeface; the cache stays small.
  if (f.scale != m_spriteScale || f.dpr != m_spriteDpr || f.language != m_spriteLanguage ||
      m_sprites.size() > 4096) {
    m_sprites.clear();
    m_spriteScale = f.scale;
    m_spriteDpr = f.dpr;
    m_spriteLanguage = f.language;
  }
  const std::ptrdiff_t selected =
      f.selectedEvent.isEmpty() ? -1 : f.dataset->eventIndex(f.selectedEvent.toStdString());
  int selectedCluster = -1;
  for (const EventMarker& marker : m_markers)
    if (marker.cluster >= 0 && static_cast<std::ptrdiff_t>(marker.eventIndex) == selected)
      selectedCluster = marker.cluster;
  const double opacity = painter.opacity();
  // The day's clusters were made first: drawn last, on top.
  for (std::size_t i = m_clusters.size(); i-- > 0;) {
    const EventCluster& cluster = m_clusters[i];
    if (cluster.count == 1)
      drawOne(painter, f, m_markers[cluster.first]);
    else
      drawCluster(painter, f, cluster);
  }
  painter.setOpacity(opacity);
  if (selectedCluster >= 0) {
    const EventCluster& cluster = m_clusters[static_cast<std::size_t>(selectedCluster)];
    painter.setPen(QPen(palette::highlight(), 2.0 * f.scale));
    painter.setBrush(Qt::NoBrush);
    const double r = cluster.radius + 4.0 * f.scale;
    painter.drawEllipse(cluster.position, r, r);
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

int EventLayer::clusterAt(QPointF screen) const {
  // The day's clusters were drawn last: the topmost first.
  for (std::size_t i = 0; i < m_clusters.size(); ++i) {
    const EventCluster& cluster = m_clusters[i];
    if (QLineF(cluster.position, screen).length() <= cluster.radius + 3.0) return static_cast<int>(i);
  }
  return -1;
}

std::vector<const Event*> EventLayer::clusterEvents(const Dataset* dataset, int cluster) const {
  std::vector<const Event*> events;
  if (dataset == nullptr || cluster < 0 || static_cast<std::size_t>(cluster) >= m_clusters.size())
    return events;
  events.reserve(static_cast<std::size_t>(m_clusters[static_cast<std::size_t>(cluster)].count));
  const auto all = dataset->events();
  for (std::size_t i = m_markers.size(); i-- > 0;)
    if (m_markers[i].cluster == cluster) events.push_back(&all[m_markers[i].eventIndex]);
  return events;
}

std::vector<const Event*> EventLayer::eventsAt(const Dataset* dataset, QPointF screen) const {
  return clusterEvents(dataset, clusterAt(screen));
}

const Event* EventLayer::eventAt(const Dataset* dataset, QPointF screen) const {
  const std::vector<const Event*> events = eventsAt(dataset, screen);
  return events.empty() ? nullptr : events.front();
}

}  // namespace okhotsk::app
