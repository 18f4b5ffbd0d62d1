// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/render/map_frame.h"

#include <QRectF>
#include <QString>

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
  void draw(QPainter& painter, const Frame& f) const;
};

/// The scale bar (bottom left): a round distance near 140 pixels (times the type scale),
/// measured at the view's centre, where the conic projection's scale holds. None on a world
/// map, whose scale varies too much. Keeps the last viewport's ground scale.
class ScaleBar {
 public:
  /// Lays the bar out for `f`; an empty rectangle when there is none.
  QRectF layout(const Frame& f, Projector& projector);
  void draw(QPainter& painter, const Frame& f) const;

 private:
  double groundMetresPerPixel(const MapViewport& viewport, Projector& projector);

  QRectF m_rect;
  double m_barPixels = 0.0;
  QString m_label;
  MapViewport m_viewport;
  double m_metresPerPixel = 0.0;  // true ground metres per logical pixel at m_viewport's centre
};

}  // namespace okhotsk::app
