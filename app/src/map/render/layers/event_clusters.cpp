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
  const Grid grid(screen.adjusted(-cell, -cell, cell, cell), cell);
  m_cellHead.assign(static_cast<std::size_t>(grid.columns) * static_cast<std::size_t>(grid.rows), -1);

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
    const auto [column, row] = grid.cellOf(marker.position);
    int best = nearestOverlapping(marker, grid, column, row, scale, clusters);
    if (best < 0) {
      best = static_cast<int>(clusters.size());
      EventCluster fresh;
      fresh.position = marker.position;
      fresh.first = index;
      fresh.radius = marker.radius;
      fresh.near = marker.near;
      fresh.daysAway = marker.daysAway;
      clusters.push_back(fresh);
      auto& head = m_cellHead[grid.index(column, row)];
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
  mergeOverlapping(markers, grid, scale, clusters);

  // The markers of a group are drawn, labelled and hit as its disc.
  for (EventMarker& marker : markers) {
    if (marker.cluster < 0) continue;
    const EventCluster& c = clusters[static_cast<std::size_t>(marker.cluster)];
    if (c.count < 2) continue;
    marker.position = c.position;
    marker.radius = c.radius;
  }
}

// The nearest cluster in the cells around (column, row) that `marker` would overlap, or -1.
int EventClusterer::nearestOverlapping(const EventMarker& marker, const Grid& grid, int column, int row,
                                       double scale, const std::vector<EventCluster>& clusters) const {
  int best = -1;
  double bestDistance = 0.0;
  for (int r = std::max(0, row - 1); r <= std::min(grid.rows - 1, row + 1); ++r)
    for (int c = std::max(0, column - 1); c <= std::min(grid.columns - 1, column + 1); ++c)
      for (int k = m_cellHead[grid.index(c, r)]; k >= 0; k = m_next[static_cast<std::size_t>(k)]) {
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
  return best;
}

// A disc grows with its count, so the first pass leaves discs that overlap where events are
// dense (with 100,000 events, a thousand discs on a 4K screen, many half hidden). Each disc
// that overlaps another takes it in, the larger count first, until none overlaps (a few
// passes: a disc that gains a digit grows). The absorbing disc keeps its place.
void EventClusterer::mergeOverlapping(std::vector<EventMarker>& markers, const Grid& grid, double scale,
                                      std::vector<EventCluster>& clusters) {
  const std::size_t n = clusters.size();
  m_absorbedBy.assign(n, -1);
  m_byCount.resize(n);
  for (std::size_t i = 0; i < n; ++i) m_byCount[i] = static_cast<int>(i);
  for (int pass = 0; pass < 4; ++pass) {
    // Larger counts first; among equal ones, the order they were made in.
    std::stable_sort(m_byCount.begin(), m_byCount.end(), [&](int a, int b) {
      return clusters[static_cast<std::size_t>(a)].count > clusters[static_cast<std::size_t>(b)].count;
    });
    double widest = 0.0;
    for (std::size_t i = 0; i < n; ++i)
      if (m_absorbedBy[i] < 0) widest = std::max(widest, clusters[i].radius);
    bool merged = false;
    for (const int a : m_byCount)
      if (m_absorbedBy[static_cast<std::size_t>(a)] < 0)
        merged = absorbNeighbours(a, grid, widest, scale, clusters) || merged;
    if (!merged) break;
  }
  compact(markers, clusters);
}

// Takes into cluster `a` every disc that overlaps it; true when one did.
bool EventClusterer::absorbNeighbours(int a, const Grid& grid, double widest, double scale,
                                      std::vector<EventCluster>& clusters) {
  EventCluster& big = clusters[static_cast<std::size_t>(a)];
  // Every disc that can touch this one has its place within this reach.
  const double reach = big.radius + widest;
  const auto [c0, r0] = grid.cellOf(big.position - QPointF(reach, reach));
  const auto [c1, r1] = grid.cellOf(big.position + QPointF(reach, reach));
  bool merged = false;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c)
      for (int k = m_cellHead[grid.index(c, r)]; k >= 0; k = m_next[static_cast<std::size_t>(k)]) {
        if (k == a || m_absorbedBy[static_cast<std::size_t>(k)] >= 0) continue;
        const EventCluster& small = clusters[static_cast<std::size_t>(k)];
        const QPointF d = small.position - big.position;
        const double touch = big.radius + small.radius;
        if (d.x() * d.x() + d.y() * d.y() >= touch * touch) continue;
        big.count += small.count;
        for (std::size_t i = 0; i < big.categories.size(); ++i) big.categories[i] += small.categories[i];
        big.near = big.near || small.near;
        big.daysAway = std::min(big.daysAway, small.daysAway);
        big.radius = clusterRadius(big.count, scale);
        m_absorbedBy[static_cast<std::size_t>(k)] = a;
        merged = true;
      }
  return merged;
}

// Keeps the discs left, in the order they were made (the day's first), and points each marker
// at its disc.
void EventClusterer::compact(std::vector<EventMarker>& markers, std::vector<EventCluster>& clusters) {
  const std::size_t n = clusters.size();
  m_newIndex.assign(n, -1);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (m_absorbedBy[i] >= 0) continue;
    m_newIndex[i] = static_cast<int>(kept);
    if (kept != i) clusters[kept] = clusters[i];
    ++kept;
  }
  if (kept == n) return;
  auto rootOf = [this](int i) {
    while (m_absorbedBy[static_cast<std::size_t>(i)] >= 0) i = m_absorbedBy[static_cast<std::size_t>(i)];
    return i;
  };
  for (EventMarker& marker : markers)
    if (marker.cluster >= 0) marker.cluster = m_newIndex[static_cast<std::size_t>(rootOf(marker.cluster))];
  clusters.resize(kept);
}

}  // namespace okhotsk::app
