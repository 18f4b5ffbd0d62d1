// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/layers/event_clusters.h"
#include "map/render/map_frame.h"

#include <QColor>
#include <QImage>
#include <QPointF>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

class QPainter;

namespace okhotsk::app {

class LabelPlacer;

/// One event drawn in a frame, on screen or (near the day only) as an arrow at the edge.
struct EventMarker {
  std::size_t eventIndex = 0;  ///< in Dataset::events()
  /// Where it is drawn: its place, or the disc of the cluster it is part of.
  QPointF position;
  QPointF arrowTip;  ///< for an event outside the view: where its arrow is
  DayNumber daysAway = 0;
  double radius = 0.0;
  bool near = false;  ///< within kNearDays of the day: large, opaque, labelled
  bool onScreen = true;
  int cluster = -1;  ///< index into EventLayer::clusters() for a marker on screen
};

/// Event markers: the events of the years around the day, those near it large and opaque,
/// others fading with their distance in time; a ring for one that has not happened yet and a
/// halo for an imprecise date; arrows at the view's edge for events near the day but outside
/// the view. Markers that would overlap on screen are drawn as one disc with their count
/// (EventClusterer), ringed in their dominant category's colour; the groups split as the view
/// zooms in. On raster devices each marker and disc is a cached pre-rendered image (per
/// colour, size, look and device pixel ratio), not a path flattened every frame; vector
/// devices get the same shapes as vectors. Keeps the last frame's markers and clusters for
/// hit-testing (eventAt, eventsAt).
class EventLayer {
 public:
  /// Days either side of the day in which events are drawn at all, and in which an event
  /// counts as "now" (large, opaque, labelled).
  static constexpr DayNumber kFadeDays = DayNumber{8} * 365;
  static constexpr DayNumber kNearDays = 45;

  EventLayer();

  /// Finds the frame's markers (faded ones first, the day's events on top) and groups those
  /// on screen into clusters.
  void collect(const Frame& f);
  void clear() {
    m_markers.clear();
    m_clusters.clear();
  }
  /// Draws the markers and clusters found by collect(); the painter's opacity is restored.
  void drawMarkers(QPainter& painter, const Frame& f);
  /// Reserves the day's markers on screen in `placer`, so that no label hides them.
  void reserve(LabelPlacer& placer) const;
  /// Draws the arrows to the day's events outside the view (events at one place share an
  /// arrow), sets their markers' arrowTip and reserves each arrow in `placer`.
  void drawArrows(QPainter& painter, const Frame& f, LabelPlacer& placer);

  [[nodiscard]] std::vector<EventMarker>& markers() noexcept { return m_markers; }
  [[nodiscard]] const std::vector<EventMarker>& markers() const noexcept { return m_markers; }
  /// The last frame's clusters: every on-screen marker is in exactly one; a cluster of one is
  /// drawn as its marker. The day's clusters come first (they are drawn last, on top).
  [[nodiscard]] const std::vector<EventCluster>& clusters() const noexcept { return m_clusters; }
  /// The cluster the last frame drew under `screen` (the topmost), or -1.
  [[nodiscard]] int clusterAt(QPointF screen) const;
  /// The events of one of the last frame's clusters, in their markers' order reversed (the
  /// day's events first).
  [[nodiscard]] std::vector<const Event*> clusterEvents(const Dataset* dataset, int cluster) const;
  /// The event whose marker the last frame drew under `screen` (topmost first), or nullptr.
  [[nodiscard]] const Event* eventAt(const Dataset* dataset, QPointF screen) const;
  /// Every event of the marker or cluster the last frame drew under `screen`: several when
  /// markers share a place (Shumshu, 18 August 1945) or lie close together at this zoom.
  [[nodiscard]] std::vector<const Event*> eventsAt(const Dataset* dataset, QPointF screen) const;
  /// How many pre-rendered marker images are cached (for tests: they are reused across frames).
  [[nodiscard]] std::size_t spriteCount() const noexcept { return m_sprites.size(); }

 private:
  /// A pre-rendered marker or cluster disc at full opacity, drawn at its centre.
  struct Sprite {
    QImage image;
    QPointF offset;  ///< from the centre to the image's top left, logical pixels
  };
  [[nodiscard]] const Sprite* findSprite(std::uint64_t key) const;
  const Sprite& addSprite(std::uint64_t key, const Frame& f, double extent,
                          const std::function<void(QPainter&, QPointF)>& paint);
  static void drawSprite(QPainter& painter, const Sprite& sprite, QPointF centre, double opacity, double dpr);
  void drawOne(QPainter& painter, const Frame& f, const EventMarker& marker);
  void drawCluster(QPainter& painter, const Frame& f, const EventCluster& cluster);

  std::unordered_map<std::uint64_t, Sprite> m_sprites;
  double m_spriteScale = 0.0;  // the scale and device pixel ratio the sprites were made for
  double m_spriteDpr = 0.0;
  Language m_spriteLanguage = Language::English;
  EventClusterer m_clusterer;
  std::vector<EventCluster> m_clusters;

  struct Arrow {
    QPointF tip;
    QPointF direction;
    QColor colour;
  };
  std::vector<std::size_t> m_eventScratch;
  std::vector<EventMarker> m_markers;
  std::vector<Arrow> m_arrows;
};

}  // namespace okhotsk::app
