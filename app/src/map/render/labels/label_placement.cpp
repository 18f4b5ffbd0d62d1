// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/labels/label_placement.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace okhotsk::app {

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

void LabelPlacer::reset(const QRectF& screen, const CoverageMask* mask) {
  m_screen = screen;
  m_mask = mask;
  m_obstacles.clear();
  m_placed.clear();
}

int LabelPlacer::place(std::span<const QRectF> candidates, double landWeight, bool force) {
  int best = -1;
  double bestCost = std::numeric_limits<double>::infinity();
  int firstFree = -1;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const QRectF& rect = candidates[i];
    if (!m_screen.contains(rect)) continue;
    double overlap = 0.0;
    for (const QRectF& other : m_placed) {
      const QRectF common = rect.intersected(other);
      overlap += common.width() * common.height();
    }
    for (const QRectF& other : m_obstacles) {
      const QRectF common = rect.intersected(other);
      overlap += common.width() * common.height();
    }
    const double area = std::max(1.0, rect.width() * rect.height());
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
  const bool collides = bestCost >= 10.0 * 0.02;  // more than 2% of the box hidden or hiding
  if (collides && !force) return -1;
  m_placed.push_back(candidates[static_cast<std::size_t>(best)]);
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
  const auto hits = [](const std::vector<QRectF>& others, const QRectF& rect) {
    return std::any_of(others.begin(), others.end(),
                       [&rect](const QRectF& other) { return rect.intersects(other); });
  };
  return std::none_of(candidates.begin(), candidates.end(), [&](const QRectF& rect) {
    return m_screen.contains(rect) && !hits(m_placed, rect) && !hits(m_obstacles, rect);
  });
}

void calloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out) {
  calloutRings(target, size, gap, {1.0, 2.5, 4.5, 7.0}, out);
}

void farCalloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out) {
  calloutRings(target, size, gap, {10.5, 15.0}, out);
}

}  // namespace okhotsk::app
