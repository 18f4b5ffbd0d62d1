// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <cstddef>
#include <cstdint>

class QPainter;

namespace okhotsk::app {

class HatchPatterns;

/// The legend, two columns: how territories and lines are drawn (each state's fill, a claim,
/// a dispute, a joint regime, an uncertain day, boundaries) | the event categories and how an
/// imprecise or later event looks. Only the states that existed on the frame's day are listed
/// (no USSR in 1905, no Russian Empire in 1960). On raster devices it is painted once per
/// language, type scale, resolution, dataset and set of states, and then blitted.
class MapLegend {
 public:
  /// The legend's size for the frame's fonts and scale.
  [[nodiscard]] QSizeF size(const Frame& f) const;
  void draw(QPainter& painter, const Frame& f, const QRectF& rect, HatchPatterns& patterns);
  /// Forgets the cached picture.
  void clear() { m_key = {}; }

 private:
  struct Layout {
    double rowHeight;
    double swatch;
    double columnWidth[2];
    double padding;
    int rows[2];
  };
  struct Key {
    Language language = Language::English;
    double scale = 0.0;
    double dpr = 0.0;
    const Dataset* dataset = nullptr;
    std::uint64_t states = 0;  // statesOn() of the frame's day
    friend bool operator==(const Key&, const Key&) = default;
  };
  /// Bit i set when the dataset's i-th state existed on the frame's day; states after the 64th
  /// are always listed.
  [[nodiscard]] static std::uint64_t statesOn(const Frame& f);
  [[nodiscard]] static bool listed(std::uint64_t states, std::size_t index) {
    return index >= 64 || (states >> index & 1U) != 0;
  }
  [[nodiscard]] Layout layout(const Frame& f) const;
  void paint(QPainter& painter, const Frame& f, const QRectF& rect, HatchPatterns& patterns) const;
  void paintTerritoryColumn(QPainter& painter, const Frame& f, const QRectF& rect, const Layout& l,
                            HatchPatterns& patterns) const;
  void paintEventColumn(QPainter& painter, const Frame& f, const QRectF& rect, const Layout& l) const;

  QImage m_image;
  Key m_key;
};

/// The rounded white panel under the legend, the date stamp and the scale bar.
void drawMapPanel(QPainter& painter, const QRectF& rect, double scale);

}  // namespace okhotsk::app
