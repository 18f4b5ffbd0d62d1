// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/cached_chart_view.h"

#include "style/palette.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPen>

namespace okhotsk::app {

void CachedChartView::setDateLine(const QLineF& sceneLine, bool visible) {
  if (sceneLine == m_line && visible == m_lineVisible) return;
  if (m_lineVisible) viewport()->update(lineStrip());
  m_line = sceneLine;
  m_lineVisible = visible;
  if (m_lineVisible) viewport()->update(lineStrip());
}

void CachedChartView::invalidatePicture() {
  m_valid = false;
  viewport()->update();
}

void CachedChartView::setPictureCacheEnabled(bool enabled) {
  m_cache = enabled;
  m_picture = QPixmap();
  invalidatePicture();
}

QRect CachedChartView::lineStrip() const {
  const QRectF line = mapFromScene(QRectF(m_line.p1(), m_line.p2()).normalized()).boundingRect();
  return line.adjusted(-3, -3, 3, 3).toAlignedRect();
}

// In scene coordinates, on a painter set up for the scene (as drawForeground() gets it).
void CachedChartView::drawLine(QPainter& painter) const {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  QPen pen(palette::highlight(), 2.0);
  pen.setCapStyle(Qt::FlatCap);
  painter.setPen(pen);
  painter.drawLine(m_line);
  painter.restore();
}

void CachedChartView::drawForeground(QPainter* painter, const QRectF& rect) {
  QChartView::drawForeground(painter, rect);
  if (m_lineVisible && !m_drawingPicture) drawLine(*painter);
}

// The scene as paintEvent() would draw it on the viewport, without the date line.
void CachedChartView::buildPicture() {
  const QRect area = viewport()->rect();
  const qreal dpr = viewport()->devicePixelRatio();
  const QSize pixels = (QSizeF(area.size()) * dpr).toSize();
  if (m_picture.size() != pixels) m_picture = QPixmap(pixels);
  m_picture.setDevicePixelRatio(dpr);
  m_picture.fill(Qt::transparent);
  QPainter painter(&m_picture);
  painter.setRenderHints(renderHints());
  m_drawingPicture = true;
  render(&painter, QRectF(area), area, Qt::IgnoreAspectRatio);
  m_drawingPicture = false;
  painter.end();
  m_valid = true;
  ++m_builds;
}

void CachedChartView::paintEvent(QPaintEvent* event) {
  if (!m_cache || scene() == nullptr) {
    QChartView::paintEvent(event);
    return;
  }
  const qreal dpr = viewport()->devicePixelRatio();
  if (!m_valid || m_picture.devicePixelRatio() != dpr ||
      m_picture.size() != (QSizeF(viewport()->size()) * dpr).toSize())
    buildPicture();
  QPainter painter(viewport());
  painter.drawPixmap(QPointF(0, 0), m_picture);
  if (!m_lineVisible) return;
  painter.setTransform(viewportTransform());
  drawLine(painter);
}

}  // namespace okhotsk::app
