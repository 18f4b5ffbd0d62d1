// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <vector>

class QPainter;

namespace okhotsk::app {

/// The words of a label box: a title, an optional second line, and an optional "?" badge.
struct LabelText {
  QString title;
  QString detail;
  bool question = false;  ///< an uncertain day or a transition: a "?" badge before the title
};

/// The size of the box drawLabelBox() draws for `text`.
[[nodiscard]] QSizeF labelBoxSize(const QFont& titleFont, const QFont& detailFont, const LabelText& text,
                                  double scale);

/// The rounded boxes of drawLabelBox() as pictures kept between frames. Rasterising an
/// antialiased rounded rectangle with its edge was a fifth of a 4K scrub frame's processor time
/// (the territories' labels, every frame); a box of the same size, colour and scale is now
/// blitted. At most kMaxBoxes are kept, the least recently used making way.
class LabelBoxSprites {
 public:
  static constexpr std::size_t kMaxBoxes = 96;
  /// The box for a label of `deviceSize` (device pixels, the box's own size rounded), drawn with
  /// an edge of `accent` and `opacity` at `scale` and `pixelRatio`: a transparent image one
  /// device pixel larger on each side.
  const QImage& box(QSize deviceSize, const QColor& accent, double scale, double opacity, double pixelRatio);
  [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
  /// Boxes drawn because none was kept (for tests).
  [[nodiscard]] int built() const noexcept { return m_built; }

 private:
  struct Entry {
    QSize deviceSize;
    QRgb accent = 0;
    double scale = 0.0;
    double opacity = 0.0;
    double pixelRatio = 0.0;
    std::uint64_t lastUse = 0;
    QImage image;
  };
  std::vector<Entry> m_entries;
  std::uint64_t m_clock = 0;
  int m_built = 0;
};

/// A rounded white box with an accent-coloured edge, the title and the detail line. With
/// `sprites`, on a raster painter whose world transform only moves, the box comes from them
/// (placed on whole device pixels); else it is drawn as a path (PDF, SVG, printing).
void drawLabelBox(QPainter& painter, const QRectF& rect, const QFont& titleFont, const QFont& detailFont,
                  const LabelText& text, const QColor& accent, double scale, double opacity = 1.0,
                  LabelBoxSprites* sprites = nullptr);

/// The point of `rect` nearest to `p`.
[[nodiscard]] QPointF nearestPoint(const QRectF& rect, QPointF p);

/// A thin line from what is labelled (a dot at `from`) to the nearest point of its label.
void drawLeader(QPainter& painter, QPointF from, const QRectF& to, double scale);

}  // namespace okhotsk::app
