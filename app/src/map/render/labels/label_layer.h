// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/labels/label_box.h"
#include "map/render/map_frame.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

class QPainter;

namespace okhotsk::app {

class LabelPlacer;
class MapShapes;
struct EventMarker;
struct TerritoryShape;

/// The labels of a frame, placed by a LabelPlacer so that none hides another, a marker or the
/// furniture: territory names with their state in words (on the territory when it is large
/// on screen, else a callout with a leader), island names when zoomed in, and the titles and
/// dates of the events near the day.
class LabelLayer {
 public:
  /// At most this many event labels per frame.
  static constexpr int kMaxEventLabels = 8;

  LabelLayer();

  void drawTerritoryLabels(QPainter& painter, const Frame& f, MapShapes& shapes, LabelPlacer& placer);
  /// Labels for the markers near the day, on the map first, then those nearest in time (an
  /// event outside the view is labelled at its arrow).
  void drawEventLabels(QPainter& painter, const Frame& f, const std::vector<EventMarker>& markers,
                       LabelPlacer& placer);

 private:
  struct Pending {
    const TerritoryShape* shape;
    LabelText text;
    QSizeF size;
    QPointF anchor;
    QRectF box;  // the territory's screen bounds
    QColor accent;
    bool inside;
    bool context;
  };
  void collectTerritoryLabels(const Frame& f, MapShapes& shapes, bool zoomedIn);
  void placeTerritoryLabel(QPainter& painter, const Frame& f, const Pending& p, LabelPlacer& placer);
  void drawPartLabels(QPainter& painter, const Frame& f, const MapShapes& shapes, LabelPlacer& placer);

  LabelBoxSprites m_boxes;
  std::vector<Pending> m_pending;
  std::vector<std::size_t> m_labelOrder;
  std::vector<QRectF> m_candidates;
};

}  // namespace okhotsk::app
