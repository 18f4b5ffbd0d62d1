// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/map_furniture.h"

#include "map/render/layers/map_legend.h"
#include "map/render/map_fonts.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include "okhotsk/edtf.h"
#include "okhotsk/geodesy.h"
#include "okhotsk/projection.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

QString dateDetail(DayNumber day, Language language) {
  QStringList parts;
  if (auto era = formatJapaneseEra(day, language)) parts.append(qs(*era));
  if (auto oldStyle = formatOldStyle(day, language)) parts.append(qs(*oldStyle));
  return parts.join(QStringLiteral(" · "));
}

}  // namespace

DateStamp DateStamp::layout(const Frame& f) {
  DateStamp stamp;
  stamp.date = qs(formatDay(f.day, f.language));
  stamp.detail = dateDetail(f.day, f.language);
  const double s = f.scale;
  const QFontMetricsF big(f.fonts->date);
  const QFontMetricsF small(f.fonts->dateDetail);
  double width = big.horizontalAdvance(stamp.date);
  double height = big.height();
  if (!stamp.detail.isEmpty()) {
    width = std::max(width, small.horizontalAdvance(stamp.detail));
    height += small.height();
  }
  stamp.rect = {12.0 * s, 12.0 * s, width + 20.0 * s, height + 12.0 * s};
  return stamp;
}

void DateStamp::draw(QPainter& painter, const Frame& f) const {
  const double s = f.scale;
  painter.resetTransform();
  painter.setRenderHint(QPainter::Antialiasing, true);
  drawMapPanel(painter, rect, s);
  const QFontMetricsF big(f.fonts->date);
  const QRectF inner = rect.adjusted(10 * s, 6 * s, -10 * s, -6 * s);
  painter.setFont(f.fonts->date);
  painter.setPen(palette::text());
  painter.drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), big.height())),
                   Qt::AlignLeft | Qt::AlignVCenter, date);
  if (!detail.isEmpty()) {
    painter.setFont(f.fonts->dateDetail);
    painter.setPen(palette::mutedText());
    painter.drawText(
        QRectF(inner.left(), inner.top() + big.height(), inner.width(), inner.height() - big.height()),
        Qt::AlignLeft | Qt::AlignVCenter, detail);
  }
}

CreditLine CreditLine::layout(const Frame& f, bool coastlinesDrawn) {
  const double s = f.scale;
  CreditLine credit;
  const Dataset* data = f.dataset;
  // Features the map draws: states alone or sources alone are not on the map.
  const bool dataDrawn = data != nullptr && (!data->territories().empty() || !data->boundaries().empty() ||
                                             !data->events().empty() || !data->places().empty());
  credit.text = creditText(coastlinesDrawn, dataDrawn);
  if (credit.text.isEmpty()) return credit;
  credit.projection = projectionText(f.viewport.projection());
  const QFontMetricsF metrics(f.fonts->small);
  const double width =
      std::max(metrics.horizontalAdvance(credit.text), metrics.horizontalAdvance(credit.projection));
  const QSizeF size(width + 8 * s, 2 * metrics.height() + 2 * s);
  credit.rect = QRectF(
      QPointF(f.screen.right() - 8 * s - size.width(), f.screen.bottom() - 4 * s - size.height()), size);
  return credit;
}

QString CreditLine::pictureKey() const {
  return QStringLiteral("credit %1|%2|%3x%4").arg(text, projection).arg(rect.width()).arg(rect.height());
}

void CreditLine::draw(QPainter& painter, const Frame& f) const {
  painter.setPen(Qt::NoPen);
  painter.setBrush(withAlpha(Qt::white, 0.75));
  painter.drawRect(rect);
  painter.setFont(f.fonts->small);
  painter.setPen(palette::mutedText());
  const QRectF inner = rect.adjusted(4 * f.scale, f.scale, -4 * f.scale, -f.scale);
  const QRectF top(inner.topLeft(), QSizeF(inner.width(), inner.height() / 2));
  painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, projection);
  painter.drawText(top.translated(0, inner.height() / 2), Qt::AlignRight | Qt::AlignVCenter, text);
}

// True ground metres per logical pixel at the view's centre (the conic projection's scale
// varies a little with latitude), measured along a short geodesic on the WGS 84 ellipsoid.
double ScaleBar::groundMetresPerPixel(const MapViewport& viewport, Projector& projector) {
  if (viewport == m_viewport && m_metresPerPixel > 0.0) return m_metresPerPixel;
  m_viewport = viewport;
  m_metresPerPixel = 0.0;
  const QPointF centre(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
  const QPointF a = viewport.toMap(centre - QPointF(50, 0));
  const QPointF b = viewport.toMap(centre + QPointF(50, 0));
  const auto ga = projector.inverse(Vec2{a.x(), a.y()});
  const auto gb = projector.inverse(Vec2{b.x(), b.y()});
  if (ga && gb) {
    const double metres = 1000.0 * geodesicDistanceKm(ga->lon, ga->lat, gb->lon, gb->lat);
    if (std::isfinite(metres) && metres > 0.0) m_metresPerPixel = metres / 100.0;
  }
  return m_metresPerPixel;
}

QRectF ScaleBar::layout(const Frame& f, Projector& projector) {
  const double s = f.scale;
  m_rect = {};
  m_barPixels = 0.0;
  if (f.viewport.projection() == MapProjection::World) return {};  // no single scale on a world map
  const double groundPerPixel = groundMetresPerPixel(f.viewport, projector);
  if (!(groundPerPixel > 0.0)) return {};
  const double target = 140.0 * s * groundPerPixel;
  const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
  double nice = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * magnitude <= target) nice = m * magnitude;
  m_barPixels = nice / groundPerPixel;
  const double km = nice / 1000.0;
  m_label = kilometresText(km >= 1.0 ? QString::number(km, 'g', 6) : QString::number(km, 'f', 1));
  const QFontMetricsF metrics(f.fonts->small);
  const double height = metrics.height() + 12.0 * s;
  m_rect = {12.0 * s, f.screen.height() - 12.0 * s - height, m_barPixels + 16.0 * s, height};
  return m_rect;
}

QString ScaleBar::pictureKey() const {
  return QStringLiteral("scale %1 %2 %3x%4")
      .arg(m_label)
      .arg(m_barPixels)
      .arg(m_rect.width())
      .arg(m_rect.height());
}

void ScaleBar::draw(QPainter& painter, const Frame& f) const {
  const double s = f.scale;
  painter.setRenderHint(QPainter::Antialiasing, true);
  drawMapPanel(painter, m_rect, s);
  const QFontMetricsF metrics(f.fonts->small);
  const double x0 = m_rect.left() + 8 * s;
  const double y = m_rect.bottom() - 5 * s;
  painter.setPen(QPen(palette::text(), 1.5 * s, Qt::SolidLine, Qt::FlatCap));
  painter.drawLine(QPointF(x0, y), QPointF(x0 + m_barPixels, y));
  painter.drawLine(QPointF(x0, y), QPointF(x0, y - 5 * s));
  painter.drawLine(QPointF(x0 + m_barPixels, y), QPointF(x0 + m_barPixels, y - 5 * s));
  painter.setFont(f.fonts->small);
  painter.drawText(QRectF(x0, m_rect.top() + 2 * s, m_barPixels, metrics.height()), Qt::AlignCenter, m_label);
}

void FurniturePictures::draw(QPainter& painter, const Frame& f, Slot slot, const QRectF& rect,
                             const QString& key, const std::function<void(QPainter&)>& paint) {
  const QPaintEngine* engine = painter.paintEngine();
  if (f.vector || engine == nullptr || engine->type() != QPaintEngine::Raster ||
      painter.worldTransform().type() > QTransform::TxTranslate) {
    paint(painter);
    return;
  }
  const double dpr = f.dpr;
  // The rectangle and a margin for what is drawn on its edges (a pen's half width, a shadow).
  const double margin = 4.0 * f.scale;
  const QRectF area = rect.adjusted(-margin, -margin, margin, margin);
  // The picture starts on the device pixel at or left of and above the area, and keeps the
  // area's offset from it, so that its pixels are those drawn in place.
  const QPointF device = painter.worldTransform().map(area.topLeft()) * dpr;
  const QPointF corner(std::floor(device.x()), std::floor(device.y()));
  const QPointF offset = (device - corner) / dpr;
  const QString fullKey = QStringLiteral("%1|%2|%3|%4|%5,%6|%7")
                              .arg(key)
                              .arg(f.scale)
                              .arg(dpr)
                              .arg(static_cast<int>(f.language))
                              .arg(offset.x())
                              .arg(offset.y())
                              .arg(static_cast<int>(f.contrast));
  Picture& picture = m_pictures[slot];
  if (picture.key != fullKey || picture.image.isNull()) {
    const QSize pixels(static_cast<int>(std::ceil((area.width() + offset.x()) * dpr)) + 1,
                       static_cast<int>(std::ceil((area.height() + offset.y()) * dpr)) + 1);
    picture.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    picture.image.setDevicePixelRatio(dpr);
    picture.image.fill(Qt::transparent);
    QPainter p(&picture.image);
    p.setRenderHints(painter.renderHints());
    p.translate(offset - area.topLeft());
    paint(p);
    p.end();
    picture.key = fullKey;
    ++m_built;
  }
  painter.save();
  painter.resetTransform();
  painter.drawImage(corner / dpr, picture.image);
  painter.restore();
}

}  // namespace okhotsk::app
