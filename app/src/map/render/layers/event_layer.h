// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QColor>
#include <QPointF>

#include <cstddef>
#include <vector>

class QPainter;

namespace okhotsk::app {

class LabelPlacer;

/// One event drawn in a frame, on screen or (near the day only) as an arrow at the edge.
struct EventMarker {
  std::size_t eventIndex = 0;  ///< in Dataset::events()
  QPointF position;
  QPointF arrowTip;  ///< for an event outside the view: where its arrow is
  DayNumber daysAway = 0;
  double radius = 0.0;
  bool near = false;  ///< within kNearDays of the day: large, opaque, labelled
  bool onScreen = true;
};

/// Event markers: the events of the years around the day, those near it large and opaque,
/// others fading with their distance in time; a ring for one that has not happened yet and a
/// halo for an imprecise date; arrows at the view's edge for events near the day but outside
/// the view. Keeps the last frame's markers for hit-testing (eventAt).
class EventLayer {
 public:
  /// Days either side of the day in which events are drawn at all, and in which an event
  /// counts as "now" (large, opaque, labelled).
  static constexpr DayNumber kFadeDays = DayNumber{8} * 365;
  static constexpr DayNumber kNearDays = 45;

  EventLayer();

  /// Finds the frame's markers (faded ones first, the day's events on top).
  void collect(const Frame& f);
  void clear() { m_markers.clear(); }
  void drawMarkers(QPainter& painter, const Frame& f) const;
  /// Reserves the day's markers on screen in `placer`, so that no label hides them.
  void reserve(LabelPlacer& placer) const;
  /// Draws the arrows to the day's events outside the view (events at one place share an
  /// arrow), sets their markers' arrowTip and reserves each arrow in `placer`.
  void drawArrows(QPainter& painter, const Frame& f, LabelPlacer& placer);

  [[nodiscard]] std::vector<EventMarker>& markers() noexcept { return m_markers; }
  [[nodiscard]] const std::vector<EventMarker>& markers() const noexcept { return m_markers; }
  /// The event whose marker the last frame drew under `screen` (topmost first), or nullptr.
  [[nodiscard]] const Event* eventAt(const Dataset* dataset, QPointF screen) const;
  /// Every event whose marker the last frame drew under `screen`, topmost first: several
  /// when markers share a place (Shumshu, 18 August 1945).
  [[nodiscard]] std::vector<const Event*> eventsAt(const Dataset* dataset, QPointF screen) const;

 private:
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
