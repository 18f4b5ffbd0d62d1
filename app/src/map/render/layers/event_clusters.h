// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/model.h"

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace okhotsk::app {

struct EventMarker;

/// One mark on the map standing for one event marker, or for several that would overlap on
/// screen (at one place, or within about a marker's diameter at the current zoom).
struct EventCluster {
  QPointF position;       ///< its first marker's place: a co-located group sits on its place
  std::size_t first = 0;  ///< its first marker, an index into the frame's markers
  double radius = 0.0;    ///< logical pixels: the marker's for one, a disc sized for the count for more
  int count = 0;
  bool near = false;       ///< holds an event within EventLayer::kNearDays of the day
  DayNumber daysAway = 0;  ///< the smallest distance in time of its events to the day
  std::array<int, kEventCategoryCount> categories{};  ///< how many of its events in each category

  /// The category of more than half of its events, if one has.
  [[nodiscard]] bool hasDominantCategory() const noexcept;
  [[nodiscard]] EventCategory dominantCategory() const noexcept;
};

/// The radius of a cluster's disc for `count` events (≥ 2), in logical pixels at type scale
/// `scale`: wide enough for the count's digits.
[[nodiscard]] double clusterRadius(int count, double scale) noexcept;

/// Groups a frame's on-screen markers into clusters in screen space, in time proportional to
/// the number of markers (a grid of cells as large as the widest reach). Markers are taken
/// the day's first, then the others, each in the order given; a marker joins the nearest
/// cluster it would overlap, else starts one at its place. Then discs that overlap are
/// merged, the larger taking in the smaller, until none overlaps (at most four passes). Reuses its buffers
/// from frame to frame.
class EventClusterer {
 public:
  /// Sets each on-screen marker's `cluster` (an index into `clusters`, which is cleared first)
  /// and moves the markers of a cluster of several to its disc (position and radius), so that
  /// labels and hit tests see what is drawn. Markers off screen keep cluster -1.
  void cluster(std::vector<EventMarker>& markers, std::span<const Event> events, const QRectF& screen,
               double scale, std::vector<EventCluster>& clusters);

 private:
  // Screen cells as large as the widest reach, over the screen and its margin.
  struct Grid {
    Grid(const QRectF& covered, double cellSize)
        : area(covered),
          cell(cellSize),
          columns(std::max(1, static_cast<int>(std::ceil(covered.width() / cellSize)))),
          rows(std::max(1, static_cast<int>(std::ceil(covered.height() / cellSize)))) {}
    [[nodiscard]] std::pair<int, int> cellOf(QPointF p) const {
      return {std::clamp(static_cast<int>(std::floor((p.x() - area.left()) / cell)), 0, columns - 1),
              std::clamp(static_cast<int>(std::floor((p.y() - area.top()) / cell)), 0, rows - 1)};
    }
    [[nodiscard]] std::size_t index(int column, int row) const {
      return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
             static_cast<std::size_t>(column);
    }
    QRectF area;
    double cell;
    int columns;
    int rows;
  };

  [[nodiscard]] int nearestOverlapping(const EventMarker& marker, const Grid& grid, int column, int row,
                                       double scale, const std::vector<EventCluster>& clusters) const;
  void mergeOverlapping(std::vector<EventMarker>& markers, const Grid& grid, double scale,
                        std::vector<EventCluster>& clusters);
  bool absorbNeighbours(int a, const Grid& grid, double widest, double scale,
                        std::vector<EventCluster>& clusters);
  void compact(std::vector<EventMarker>& markers, std::vector<EventCluster>& clusters);

  std::vector<int> m_cellHead;  // per grid cell: its last cluster, or -1
  std::vector<int> m_next;      // per cluster: the previous cluster in its cell, or -1
  std::vector<std::size_t> m_order;
  std::vector<int> m_absorbedBy;  // per cluster: the one that took it in, or -1
  std::vector<int> m_byCount;     // clusters, larger counts first
  std::vector<int> m_newIndex;    // per cluster before merging: its index after, or -1
};

}  // namespace okhotsk::app
