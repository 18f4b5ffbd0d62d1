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
class LabelPlacer {
 public:
  void reset(const QRectF& screen, const CoverageMask* mask);
  void addObstacle(const QRectF& rect) { m_obstacles.push_back(rect); }
  /// Chooses among `candidates`; returns the index, or -1 when every candidate collides and
  /// `force` is false. With `force`, the least bad candidate is taken. `landWeight` says how
  /// much covering land costs (0 for a label meant to sit on its territory).
  int place(std::span<const QRectF> candidates, double landWeight, bool force);
  /// True when every candidate on the screen overlaps a placed label or an obstacle (or none is
  /// on the screen): the caller may add farther candidates before forcing a place.
  [[nodiscard]] bool allCollide(std::span<const QRectF> candidates) const;
  /// Reserves a rectangle (a marker, a label drawn anyway) without choosing.
  void occupy(const QRectF& rect) { m_placed.push_back(rect); }

 private:
  QRectF m_screen;
  const CoverageMask* m_mask = nullptr;
  std::vector<QRectF> m_obstacles;
  std::vector<QRectF> m_placed;
};

/// Candidate rectangles of `size` around `target` (a territory's or marker's screen box):
/// beside it in eight directions at increasing gaps, east and south-east first (the open
/// Pacific side of the Kurils). Appends to `out`.
void calloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out);
/// Two further rings of the same eight directions, at 10.5 and 15 gaps: where a label that must
/// be drawn looks when every nearer place collides (large type on a projector).
void farCalloutCandidates(const QRectF& target, QSizeF size, double gap, std::vector<QRectF>& out);

}  // namespace okhotsk::app
