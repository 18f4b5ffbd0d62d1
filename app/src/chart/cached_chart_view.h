// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QLineF>
#include <QPixmap>

namespace okhotsk::app {

/// A chart view that draws its scene (axes, bands, series) into a picture once and paints from
/// it until the scene changes, with a date line drawn over it: while a user scrubs through the
/// years, a new date repaints only the strips the line leaves and enters, copied from the
/// picture, instead of every series and axis under them.
///
/// The picture is drawn again when the scene changes (connect QGraphicsScene::changed to
/// invalidatePicture()) or the viewport's size or device pixel ratio does, lazily, at the next
/// paint. With the cache disabled the view paints as a plain QChartView, the date line over
/// the scene.
class CachedChartView final : public QChartView {
 public:
  using QChartView::QChartView;

  /// The date line, in scene coordinates, drawn over the scene with a 2-pixel pen.
  void setDateLine(const QLineF& sceneLine, bool visible);
  [[nodiscard]] const QLineF& dateLine() const noexcept { return m_line; }
  [[nodiscard]] bool isDateLineVisible() const noexcept { return m_lineVisible; }

  /// Marks the picture stale and schedules a repaint of the whole view.
  void invalidatePicture();
  void setPictureCacheEnabled(bool enabled);
  /// How many times the scene was drawn into the picture.
  [[nodiscard]] int pictureBuildCount() const noexcept { return m_builds; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  void drawForeground(QPainter* painter, const QRectF& rect) override;

 private:
  /// The viewport's rectangle the line covers, with its pen and a pixel for antialiasing.
  [[nodiscard]] QRect lineStrip() const;
  void drawLine(QPainter& painter) const;
  void buildPicture();

  QLineF m_line;
  bool m_lineVisible = false;
  QPixmap m_picture;
  bool m_valid = false;
  bool m_cache = true;
  bool m_drawingPicture = false;  // the date line stays out of the picture
  int m_builds = 0;
};

}  // namespace okhotsk::app
