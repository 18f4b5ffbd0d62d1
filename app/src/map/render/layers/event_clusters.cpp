// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/event_clusters.h"

#include "map/render/layers/event_layer.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

int digits(int count) {
  int n = 1;
  while (count >= 10) {
    count /= 10;
    ++n;
  }
  return n;
}

// The widest a cluster can reach for another marker: the disc of the largest count the
// clusterer can make (Dataset events are far fewer than a million) plus a day's marker.
double widestReach(double scale) {
  return clusterRadius(999999, scale) + 6.5 * scale + 1.0 * scale;
}

}  // namespace

bool EventCluster::hasDominantCategory() const noexcept {
  return std::any_of(categories.begin(), categories.end(), [&](int n) { return 2 * n > count; });
}

EventCategory EventCluster::dominantCategory() const noexcept {
  const auto most = std::max_element(categories.begin(), categories.end());
  return static_cast<EventCategory>(most - categories.begin());
}

double clusterRadius(int count, double scale) noexcept {
  return (6.0 + 3.2 * digits(std::max(count, 0))) * scale;
}

void EventClusterer::cluster(std::vector<EventMarker>& markers, std::span<const Event> events,
                             const QRectF& screen, double scale, std::vector<EventCluster>& clusters) {
  clusters.clear();
  m_next.clear();
  const double cell = widestReach(scale);
  // The grid covers the screen and the margin in which a marker still shows.
  const QRectF area = screen.adjusted(-cell, -cell, cell, cell);
  const int columns = std::max(1, static_cast<int>(std::ceil(area.width() / cell)));
  const int rows = std::max(1, static_cast<int>(std::ceil(area.height() / cell)));
  m_cellHead.assign(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), -1);
  auto cellOf = [&](QPointF p) {
    const int column = std::clamp(static_cast<int>((p.x() - area.left()) / cell), 0, columns - 1);
    const int row = std::clamp(static_cast<int>((p.y() - area.top()) / cell), 0, rows - 1);
    return std::pair{column, row};
  };
  auto cellIndex = [columns](int column, int row) {
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
           static_cast<std::size_t>(column);
  };

  // The day's markers seed first (they are last in `markers`), then the others, each group in
  // its given order: the same events make the same clusters from frame to frame.
  m_order.clear();
  for (std::size_t i = 0; i < markers.size(); ++i)
    if (markers[i].near) m_order.push_back(i);
  for (std::size_t i = 0; i < markers.size(); ++i)
    if (!markers[i].near) m_order.push_back(i);

  for (const std::size_t index : m_order) {
    EventMarker& marker = markers[index];
    marker.cluster = -1;
    if (!marker.onScreen) continue;
    const auto [column, row] = cellOf(marker.position);
    int best = -1;
    double bestDistance = 0.0;
    for (int r = std::max(0, row - 1); r <= std::min(rows - 1, row + 1); ++r)
      for (int c = std::max(0, column - 1); c <= std::min(columns - 1, column + 1); ++c)
        for (int k = m_cellHead[cellIndex(c, r)]; k >= 0; k = m_next[static_cast<std::size_t>(k)]) {
          const EventCluster& candidate = clusters[static_cast<std::size_t>(k)];
          // Squared: hypot() was most of the clustering's time with thousands of markers.
          const double reach = candidate.radius + marker.radius + 1.0 * scale;
          const QPointF d = candidate.position - marker.position;
          const double distance = d.x() * d.x() + d.y() * d.y();
          if (distance <= reach * reach && (best < 0 || distance < bestDistance)) {
            best = k;
            bestDistance = distance;
          }
        }
    if (best < 0) {
      best = static_cast<int>(clusters.size());
      EventCluster fresh;
      fresh.position = marker.position;
      fresh.first = index;
      fresh.radius = marker.radius;
      fresh.near = marker.near;
      fresh.daysAway = marker.daysAway;
      clusters.push_back(fresh);
      auto& head = m_cellHead[cellIndex(column, row)];
      m_next.push_back(head);
      head = best;
    }
    EventCluster& joined = clusters[static_cast<std::size_t>(best)];
    ++joined.count;
    if (joined.count > 1) {
      joined.radius = clusterRadius(joined.count, scale);
      joined.near = joined.near || marker.near;
      joined.daysAway = std::min(joined.daysAway, marker.daysAway);
    }
    ++joined.categories[static_cast<std::size_t>(events[marker.eventIndex].category)];
    marker.cluster = best;
  }

  // The markers of a group are drawn, labelled and hit as its disc.
  for (EventMarker& marker : markers) {
    if (marker.cluster < 0) continue;
    const EventCluster& c = clusters[static_cast<std::size_t>(marker.cluster)];
    if (c.count < 2) continue;
    marker.position = c.position;
    marker.radius = c.radius;
  }
}

}  // namespace okhotsk::app
