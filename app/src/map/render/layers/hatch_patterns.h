// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QBrush>
#include <QColor>
#include <QPainterPath>
#include <QRgb>

#include <utility>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// The 45° patterns of the map: hatching in a claimant's colour (forward, and backward for
/// the second candidate of an uncertain day) and the stripes of a joint regime.
enum class Pattern : unsigned char { HatchForward, HatchBackward, Stripes };

/// Fills shapes with a Pattern. Raster devices tile a small texture, made once per pattern,
/// colours, resolution and type scale and kept; SVG has neither clipping nor pattern brushes
/// in Qt 6.4, so vector devices get the strokes cut out of the shape as geometry.
class HatchPatterns {
 public:
  /// Fills `path` (map coordinates under f.map) with `pattern`: thin lines of `a` for the
  /// hatches, bands of `b` on `a` for stripes. The pattern stays in screen pixels.
  void fill(QPainter& painter, const Frame& f, const QPainterPath& path, Pattern pattern, const QColor& a,
            const QColor& b = {});

 private:
  struct TextureKey {
    Pattern pattern;
    QRgb a;
    QRgb b;
    double dpr;
    double scale;
    friend bool operator==(const TextureKey&, const TextureKey&) = default;
  };
  const QBrush& texture(Pattern pattern, const QColor& a, const QColor& b, const Frame& f);
  static QImage makeTexture(const TextureKey& key);

  std::vector<std::pair<TextureKey, QBrush>> m_textures;
};

}  // namespace okhotsk::app
