// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>

#include <cstdint>
#include <span>
#include <vector>

namespace okhotsk::app {

/// A coarse picture of where land is on screen (one cell per few logical pixels), with a
/// summed-area table so that "how much land does this rectangle cover" costs four look-ups.
/// The renderer paints it once per viewport, with the cached base image, and the label
/// placer uses it to put callouts over the sea instead of over the islands they name.
class CoverageMask {
 public:
  /// Starts a mask for a screen of `logicalSize`, one cell per `cellPixels` logical pixels.
  /// Paint land into image() (any opaque colour on transparent), then call finish().
  void reset(QSize logicalSize, int cellPixels);
  [[nodiscard]] QImage& image() noexcept { return m_image; }
  [[nodiscard]] int cellPixels() const noexcept { return m_cell; }
  void finish();
  /// Fraction (0–1) of `logicalRect` that is land; 0 before finish().
  [[nodiscard]] double coverage(const QRectF& logicalRect) const;

 private:
  QImage m_image;
  int m_cell = 4;
  int m_columns = 0;
  int m_rows = 0;
  std::vector<std::uint32_t> m_sums;  // (rows + 1) × (columns + 1)
};

/// Greedy placement of label boxes for one frame: each label takes the first of its
/// candidate rectangles (in the caller's order of preference) that stays on screen, overlaps
/// no label placed before it and no fixed obstacle (legend, date stamp), and covers as little
/// land as allowed. Reused between frames; nothing allocates once its vectors have grown.
///
/// The rectangles already taken are kept in a grid of screen cells as well, so that a candidate
/// is compared with those near it only: with a historian's 100,000 events there are thousands
/// of markers on screen, and comparing each label's 24 candidates with all of them took most of
/// a frame. A label that may not be forced stops adding up its overlap once it is past what
/// place() accepts.
class LabelPlacer {
 public:
  void reset(const QRectF& screen, const CoverageMask* mask);
  void addObstacle(const QRectF& rect) {
    m_grid.insert(rect, kObstacleBase + static_cast<int>(m_obstacles.size()));
    m_obstacles.push_back(rect);
  }
  /// Chooses among `candidates`; returns the index, or -1 when every candidate collides and
  /// `force` is false. With `force`, the least bad candidate is taken. `landWeight` says how
  /// much covering land costs (0 for a label meant to sit on its territory).
  int place(std::span<const QRectF> candidates, double landWeight, bool force);
  /// True when every candidate on the screen overlaps a placed label or an obstacle (or none is
  /// on the screen): the caller may add farther candidates before forcing a place.
  [[nodiscard]] bool allCollide(std::span<const QRectF> candidates) const;
  /// Reserves a rectangle (a marker, a label drawn anyway) without choosing.
  void occupy(const QRectF& rect) {
    m_grid.insert(rect, static_cast<int>(m_placed.size()));
    m_placed.push_back(rect);
  }

 private:
  // Rectangles by the screen cells they touch; ids below kObstacleBase are m_placed's
  // indices, the others m_obstacles' plus kObstacleBase (so sorted ids give a plain scan's
  // order: placed first, then obstacles).
  class Grid {
   public:
    void reset(const QRectF& area);
    void insert(const QRectF& rect, int id);
    /// Calls `visit(id)` for each rectangle that may meet `rect` (an id may come more than once)
    /// until it returns false; false when it did.
    template <typename Visit>
    bool forEachNear(const QRectF& rect, Visit&& visit) const {
      int x0 = 0;
      int y0 = 0;
      int x1 = 0;
      int y1 = 0;
      if (!cellsOf(rect.normalized(), x0, y0, x1, y1)) return true;
      for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
          for (const int id : m_cells[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_columns) +
                                      static_cast<std::size_t>(x)])
            if (!visit(id)) return false;
      return true;
    }

   private:
    [[nodiscard]] bool cellsOf(const QRectF& rect, int& x0, int& y0, int& x1, int& y1) const;
    QRectF m_area;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::vector<int>> m_cells;
  };
  static constexpr int kObstacleBase = 1 << 28;
  static constexpr double kCell = 48.0;  // logical pixels: a few markers, a fraction of a label

  // The area of `rect` that what is taken covers (each taken rectangle once), or, once that
  // passes `enough`, any figure above it.
  [[nodiscard]] double overlapWithTaken(const QRectF& rect, double enough);
  [[nodiscard]] bool meetsTaken(const QRectF& rect) const;
  [[nodiscard]] const QRectF& taken(int id) const {
    return id < kObstacleBase ? m_placed[static_cast<std::size_t>(id)]
                              : m_obstacles[static_cast<std::size_t>(id - kObstacleBase)];
  }

  QRectF m_screen;
  const CoverageMask* m_mask = nullptr;
  std::vector<QRectF> m_obstacles;
  std::vector<QRectF> m_placed;
  Grid m_grid;
  // When overlapWithTaken() last counted each taken rectangle (an id can sit in several cells).
  std::vector<std::uint32_t> m_countedPlaced;
  std::vector<std::uint32_t> m_countedObstacles;
  std::uint32_t m_count = 0;
};

/// Candidate rectangles of `size` around `target` (a territory's or marker's screen box):
/// beside it in eight directions at increasing gaps, east and south-east first (the open
/// Pacific side of the Kurils). Appends to `out`.
void calloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out);
/// Two further rings of the same eight directions, at 10.5 and 15 gaps: where a label that must
/// be drawn looks when every nearer place collides (large type on a projector).
void farCalloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out);

}  // namespace okhotsk::app
