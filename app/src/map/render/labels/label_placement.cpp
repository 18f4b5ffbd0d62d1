// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/labels/label_placement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace okhotsk::app {

namespace {
// The share of a label's box that may be hidden or hide something before place() refuses it.
constexpr double kRefused = 0.02;
}  // namespace

void CoverageMask::reset(QSize logicalSize, int cellPixels) {
  m_cell = std::max(1, cellPixels);
  m_columns = std::max(1, (logicalSize.width() + m_cell - 1) / m_cell);
  m_rows = std::max(1, (logicalSize.height() + m_cell - 1) / m_cell);
  if (m_image.width() != m_columns || m_image.height() != m_rows)
    m_image = QImage(m_columns, m_rows, QImage::Format_Alpha8);
  m_image.fill(0);
  m_sums.clear();
}

void CoverageMask::finish() {
  const auto columns = static_cast<std::size_t>(m_columns);
  const auto rows = static_cast<std::size_t>(m_rows);
  m_sums.assign((rows + 1) * (columns + 1), 0);
  for (std::size_t y = 0; y < rows; ++y) {
    const uchar* line = m_image.constScanLine(static_cast<int>(y));
    std::uint32_t rowSum = 0;
    for (std::size_t x = 0; x < columns; ++x) {
      rowSum += line[x] > 127 ? 1u : 0u;
      m_sums[(y + 1) * (columns + 1) + x + 1] = m_sums[y * (columns + 1) + x + 1] + rowSum;
    }
  }
}

double CoverageMask::coverage(const QRectF& logicalRect) const {
  if (m_sums.empty()) return 0.0;
  auto cellX = [this](double x) {
    return std::clamp(static_cast<int>(std::floor(x / m_cell)), 0, m_columns);
  };
  auto cellY = [this](double y) { return std::clamp(static_cast<int>(std::floor(y / m_cell)), 0, m_rows); };
  const int x0 = cellX(logicalRect.left());
  const int x1 = cellX(logicalRect.right());
  const int y0 = cellY(logicalRect.top());
  const int y1 = cellY(logicalRect.bottom());
  if (x1 <= x0 || y1 <= y0) return 0.0;
  const auto stride = static_cast<std::size_t>(m_columns) + 1;
  auto at = [&](int x, int y) {
    return m_sums[static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x)];
  };
  const double land = static_cast<double>(at(x1, y1)) - at(x0, y1) - at(x1, y0) + at(x0, y0);
  return land / static_cast<double>((x1 - x0) * (y1 - y0));
}

void LabelPlacer::Grid::reset(const QRectF& area) {
  m_area = area;
  m_columns = std::clamp(static_cast<int>(std::ceil(area.width() / kCell)), 1, 1024);
  m_rows = std::clamp(static_cast<int>(std::ceil(area.height() / kCell)), 1, 1024);
  const auto cells = static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows);
  if (m_cells.size() < cells) m_cells.resize(cells);
  for (std::vector<int>& cell : m_cells) cell.clear();  // keeps their capacity for the next frame
}

// The cells `rect` touches, clamped to the grid; false when it lies wholly outside (it can then
// meet no candidate, which place() keeps on the screen).
bool LabelPlacer::Grid::cellsOf(const QRectF& rect, int& x0, int& y0, int& x1, int& y1) const {
  const bool finite = std::isfinite(rect.left()) && std::isfinite(rect.top()) &&
                      std::isfinite(rect.right()) && std::isfinite(rect.bottom());
  if (!finite || !rect.intersects(m_area)) return false;  // meets nothing on the screen
  const auto cell = [](double offset, int count) {
    return static_cast<int>(std::clamp(std::floor(offset / kCell), 0.0, static_cast<double>(count - 1)));
  };
  x0 = cell(rect.left() - m_area.left(), m_columns);
  x1 = cell(rect.right() - m_area.left(), m_columns);
  y0 = cell(rect.top() - m_area.top(), m_rows);
  y1 = cell(rect.bottom() - m_area.top(), m_rows);
  return true;
}

void LabelPlacer::Grid::insert(const QRectF& rect, int id) {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;
  if (!cellsOf(rect.normalized(), x0, y0, x1, y1)) return;
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x)
      m_cells[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(x)]
          .push_back(id);
}

void LabelPlacer::reset(const QRectF& screen, const CoverageMask* mask) {
  m_screen = screen;
  m_mask = mask;
  m_obstacles.clear();
  m_placed.clear();
  m_grid.reset(screen);
}

double LabelPlacer::overlapWithTaken(const QRectF& rect, double enough) {
  if (++m_count == 0) {  // wrapped: forget every old mark
    std::fill(m_countedPlaced.begin(), m_countedPlaced.end(), 0);
    std::fill(m_countedObstacles.begin(), m_countedObstacles.end(), 0);
    m_count = 1;
  }
  m_countedPlaced.resize(m_placed.size(), 0);
  m_countedObstacles.resize(m_obstacles.size(), 0);
  double overlap = 0.0;
  m_grid.forEachNear(rect, [&](int id) {
    std::uint32_t& counted = id < kObstacleBase
                                 ? m_countedPlaced[static_cast<std::size_t>(id)]
                                 : m_countedObstacles[static_cast<std::size_t>(id - kObstacleBase)];
    if (counted == m_count) return true;
    counted = m_count;
    const QRectF common = rect.intersected(taken(id));
    overlap += common.width() * common.height();
    return overlap <= enough;
  });
  return overlap;
}

bool LabelPlacer::meetsTaken(const QRectF& rect) const {
  return !m_grid.forEachNear(rect, [&](int id) { return !rect.intersects(taken(id)); });
}

int LabelPlacer::place(std::span<const QRectF> candidates, double landWeight, bool force) {
  int best = -1;
  double bestCost = std::numeric_limits<double>::infinity();
  int firstFree = -1;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const QRectF& rect = candidates[i];
    if (!m_screen.contains(rect)) continue;
    const double area = std::max(1.0, rect.width() * rect.height());
    // Past this, the candidate's cost is at least the 2% that refuses it (below).
    const double enough = force ? std::numeric_limits<double>::infinity() : kRefused * area;
    const double overlap = overlapWithTaken(rect, enough);
    const double land = (landWeight > 0.0 && m_mask != nullptr) ? m_mask->coverage(rect) : 0.0;
    // Order of preference counts a little, so that among equally free places the nearest wins.
    const double cost = 10.0 * overlap / area + landWeight * land + 0.004 * static_cast<double>(i);
    if (overlap <= 0.0 && firstFree < 0 && land < 0.05) firstFree = static_cast<int>(i);
    if (cost < bestCost) {
      bestCost = cost;
      best = static_cast<int>(i);
    }
  }
  if (firstFree >= 0) best = firstFree;
  if (best < 0) return -1;
  const bool collides = bestCost >= 10.0 * kRefused;  // more than 2% of the box hidden or hiding
  if (collides && !force) return -1;
  occupy(candidates[static_cast<std::size_t>(best)]);
  return best;
}

namespace {

void calloutRings(const QRectF& target, QSizeF size, double gap, std::initializer_list<double> steps,
                  std::vector<QRectF>& out) {
  const double w = size.width();
  const double h = size.height();
  const QPointF c = target.center();
  // (dx, dy): which side of the target; east and south-east first.
  static constexpr std::array<std::array<int, 2>, 8> kDirections{
      {{1, 0}, {1, 1}, {1, -1}, {0, 1}, {0, -1}, {-1, 1}, {-1, 0}, {-1, -1}}};
  for (const double step : steps) {
    const double g = gap * step;
    for (const auto& d : kDirections) {
      double x = 0.0;
      double y = 0.0;
      if (d[0] > 0)
        x = target.right() + g;
      else if (d[0] < 0)
        x = target.left() - g - w;
      else
        x = c.x() - w / 2.0;
      if (d[1] > 0)
        y = target.bottom() + g;
      else if (d[1] < 0)
        y = target.top() - g - h;
      else
        y = c.y() - h / 2.0;
      out.emplace_back(x, y, w, h);
    }
  }
}

}  // namespace

bool LabelPlacer::allCollide(std::span<const QRectF> candidates) const {
  return std::none_of(candidates.begin(), candidates.end(),
                      [&](const QRectF& rect) { return m_screen.contains(rect) && !meetsTaken(rect); });
}

void calloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out) {
  calloutRings(target, size, gap, {1.0, 2.5, 4.5, 7.0}, out);
}

void farCalloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out) {
  calloutRings(target, size, gap, {10.5, 15.0}, out);
}

}  // namespace okhotsk::app
