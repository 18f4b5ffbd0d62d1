// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/hatch_patterns.h"

#include <QImage>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

int tileSize(double dpr, double scale) {
  return std::max(4, static_cast<int>(std::lround(9.0 * dpr * scale)));
}

}  // namespace

// One tile of a 45° pattern in device pixels; it repeats seamlessly because the lines
// x ± y = k·n pass through the tile's corners.
QImage HatchPatterns::makeTexture(const TextureKey& key) {
  const int n = tileSize(key.dpr, key.scale);
  QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
  tile.fill(key.pattern == Pattern::Stripes ? QColor::fromRgba(key.a) : QColor(Qt::transparent));
  QPainter p(&tile);
  p.setRenderHint(QPainter::Antialiasing);
  const double width =
      key.pattern == Pattern::Stripes ? n / std::sqrt(2.0) / 2.0 : 1.35 * key.dpr * key.scale;
  p.setPen(QPen(QColor::fromRgba(key.pattern == Pattern::Stripes ? key.b : key.a), width, Qt::SolidLine,
                Qt::FlatCap));
  for (int k = -1; k <= 2; ++k) {
    const double c = k * n;
    if (key.pattern == Pattern::HatchBackward)
      p.drawLine(QPointF(c - n, -n), QPointF(c + 2.0 * n, 2.0 * n));
    else
      p.drawLine(QPointF(c - 2.0 * n, 2.0 * n), QPointF(c + n, -n));
  }
  p.end();
  tile.setDevicePixelRatio(key.dpr);
  return tile;
}

const QBrush& HatchPatterns::texture(Pattern pattern, const QColor& a, const QColor& b, const Frame& f) {
  const TextureKey key{pattern, a.rgba(), b.rgba(), f.dpr, f.scale};
  for (const auto& [k, brush] : m_textures)
    if (k == key) return brush;
  if (m_textures.size() > 64) m_textures.clear();  // a handful per frame; never grows for long
  m_textures.emplace_back(key, QBrush(makeTexture(key)));
  return m_textures.back().second;
}

void HatchPatterns::fill(QPainter& painter, const Frame& f, const QPainterPath& path, Pattern pattern,
                         const QColor& a, const QColor& b) {
  if (!f.vector) {
    QBrush brush = texture(pattern, a, pattern == Pattern::Stripes ? b : a, f);
    brush.setTransform(f.map.inverted());  // the pattern stays in screen pixels
    painter.setPen(Qt::NoPen);
    painter.setBrush(brush);
    painter.drawPath(path);
    return;
  }
  const QPainterPath screenPath = f.map.map(path);
  const QRectF box = screenPath.boundingRect().intersected(f.screen.adjusted(-10, -10, 10, 10));
  if (box.isEmpty()) return;
  const double step = 9.0 * f.scale;  // along x; the lines are step / sqrt(2) apart
  const double width = pattern == Pattern::Stripes ? step / 2.0 : 1.35 * f.scale * std::sqrt(2.0);
  if (pattern == Pattern::Stripes) {
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(a);
    painter.drawPath(path);
    painter.restore();
  }
  QPainterPath strokes;
  const double span = box.width() + box.height();
  for (double c = -span; c <= span; c += step) {
    QPolygonF strip;
    if (pattern == Pattern::HatchBackward) {
      const QPointF p0(box.left() + c, box.top());
      const QPointF p1(box.left() + c + span, box.top() + span);
      strip << p0 << p1 << p1 + QPointF(width, 0) << p0 + QPointF(width, 0);
    } else {
      const QPointF p0(box.left() + c, box.bottom());
      const QPointF p1(box.left() + c + span, box.bottom() - span);
      strip << p0 << p1 << p1 + QPointF(width, 0) << p0 + QPointF(width, 0);
    }
    if (strip.boundingRect().intersects(box)) strokes.addPolygon(strip);
  }
  const QPainterPath clipped = strokes.intersected(screenPath);
  painter.save();
  painter.resetTransform();
  painter.setPen(Qt::NoPen);
  painter.setBrush(pattern == Pattern::Stripes ? b : a);
  painter.drawPath(clipped);
  painter.restore();
}

}  // namespace okhotsk::app
