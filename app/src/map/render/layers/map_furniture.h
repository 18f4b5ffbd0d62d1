// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <array>
#include <functional>

class QPainter;

namespace okhotsk {
class Projector;
}

namespace okhotsk::app {

/// The date stamp (top left): the day in the frame's language, and under it the Japanese era
/// and the Old Style date where they apply.
struct DateStamp {
  QRectF rect;
  QString date;
  QString detail;

  [[nodiscard]] static DateStamp layout(const Frame& f);
  void draw(QPainter& painter, const Frame& f) const;
};

/// The credit line (bottom right): it names only what the frame draws (creditText()), and is
/// empty, with an empty rectangle, when the frame draws neither coastlines nor data. Above it,
/// the projection of the view by name and parameters (projectionText()).
struct CreditLine {
  QRectF rect;
  QString text;
  QString projection;

  [[nodiscard]] static CreditLine layout(const Frame& f, bool coastlinesDrawn);
  /// Draws in the painter's coordinates (the map's logical pixels, or a picture's).
  void draw(QPainter& painter, const Frame& f) const;
  /// What the drawing depends on besides the frame's scale, language and resolution.
  [[nodiscard]] QString pictureKey() const;
};

/// The scale bar (bottom left): a round distance near 140 pixels (times the type scale),
/// measured at the view's centre, where the conic projection's scale holds. None on a world
/// map, whose scale varies too much. Keeps the last viewport's ground scale.
class ScaleBar {
 public:
  /// Lays the bar out for `f`; an empty rectangle when there is none.
  QRectF layout(const Frame& f, Projector& projector);
  /// Draws in the painter's coordinates (the map's logical pixels, or a picture's).
  void draw(QPainter& painter, const Frame& f) const;
  /// What the drawing depends on besides the frame's scale, language and resolution.
  [[nodiscard]] QString pictureKey() const;

 private:
  double groundMetresPerPixel(const MapViewport& viewport, Projector& projector);

  QRectF m_rect;
  double m_barPixels = 0.0;
  QString m_label;
  MapViewport m_viewport;
  double m_metresPerPixel = 0.0;  // true ground metres per logical pixel at m_viewport's centre
};

/// Pictures of furniture that stays the same from one date to the next (the scale bar, the
/// credit line), drawn once and blitted on whole device pixels: at 4K their antialiased panels,
/// lines and text were a twentieth of a scrub frame. One picture per slot; SVG and PDF get the
/// drawing itself.
class FurniturePictures {
 public:
  enum Slot : unsigned char { ScaleBarSlot, CreditSlot, SlotCount };
  /// Draws `paint` (which draws in logical map coordinates) over `rect`, from the picture kept
  /// for `slot` when `key` and the frame's scale, language, contrast and resolution are the same.
  void draw(QPainter& painter, const Frame& f, Slot slot, const QRectF& rect, const QString& key,
            const std::function<void(QPainter&)>& paint);
  /// Pictures drawn (for tests).
  [[nodiscard]] int built() const noexcept { return m_built; }

 private:
  struct Picture {
    QString key;
    QImage image;
  };
  std::array<Picture, SlotCount> m_pictures;
  int m_built = 0;
};

}  // namespace okhotsk::app
