// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/labels/label_box.h"

#include "map/render/map_frame.h"
#include "style/palette.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <utility>

namespace okhotsk::app {

QSizeF labelBoxSize(const QFont& titleFont, const QFont& detailFont, const LabelText& text, double scale) {
  const QFontMetricsF title(titleFont);
  const QFontMetricsF detail(detailFont);
  double width = title.horizontalAdvance(text.title) + (text.question ? title.height() + 3.0 * scale : 0.0);
  double height = title.height();
  if (!text.detail.isEmpty()) {
    width = std::max(width, detail.horizontalAdvance(text.detail));
    height += detail.height();
  }
  return {width + 10.0 * scale, height + 6.0 * scale};
}

namespace {

void paintBox(QPainter& painter, const QRectF& rect, const QColor& accent, double scale, double opacity) {
  painter.setPen(QPen(withAlpha(accent, 0.9 * opacity), 1.0));
  painter.setBrush(withAlpha(Qt::white, 0.86 * opacity));
  painter.drawRoundedRect(rect, 3.0 * scale, 3.0 * scale);
}

// Whether a sprite drawn at whole device pixels stands for the path: a raster painter that
// only translates.
bool blitsSprites(const QPainter& painter) {
  const QPaintEngine* engine = painter.paintEngine();
  return engine != nullptr && engine->type() == QPaintEngine::Raster &&
         painter.worldTransform().type() <= QTransform::TxTranslate;
}

}  // namespace

const QImage& LabelBoxSprites::box(QSize deviceSize, const QColor& accent, double scale, double opacity,
                                   double pixelRatio) {
  ++m_clock;
  for (Entry& entry : m_entries)
    if (entry.deviceSize == deviceSize && entry.accent == accent.rgba() && entry.scale == scale &&
        entry.opacity == opacity && entry.pixelRatio == pixelRatio) {
      entry.lastUse = m_clock;
      return entry.image;
    }
  if (m_entries.size() >= kMaxBoxes) {
    const auto oldest =
        std::min_element(m_entries.begin(), m_entries.end(),
                         [](const Entry& a, const Entry& b) { return a.lastUse < b.lastUse; });
    m_entries.erase(oldest);
  }
  Entry entry{deviceSize, accent.rgba(), scale, opacity, pixelRatio, m_clock, QImage()};
  entry.image = QImage(deviceSize + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
  entry.image.setDevicePixelRatio(pixelRatio);
  entry.image.fill(Qt::transparent);
  {
    QPainter p(&entry.image);
    p.setRenderHint(QPainter::Antialiasing, true);
    const double pixel = 1.0 / pixelRatio;
    paintBox(p, QRectF(pixel, pixel, deviceSize.width() * pixel, deviceSize.height() * pixel), accent, scale,
             opacity);
  }
  ++m_built;
  m_entries.push_back(std::move(entry));
  return m_entries.back().image;
}

void drawLabelBox(QPainter& painter, const QRectF& rect, const QFont& titleFont, const QFont& detailFont,
                  const LabelText& text, const QColor& accent, double scale, double opacity,
                  LabelBoxSprites* sprites) {
  if (sprites != nullptr && blitsSprites(painter)) {
    const double ratio =
        painter.device() != nullptr ? std::max(1.0, painter.device()->devicePixelRatio()) : 1.0;
    // The box on whole device pixels of the device it lands on (the painter may be translated).
    const QPointF origin = painter.worldTransform().map(rect.topLeft()) * ratio;
    const QPoint corner(static_cast<int>(std::lround(origin.x())), static_cast<int>(std::lround(origin.y())));
    const QSize size(std::max(1, static_cast<int>(std::lround(rect.width() * ratio))),
                     std::max(1, static_cast<int>(std::lround(rect.height() * ratio))));
    const QImage& sprite = sprites->box(size, accent, scale, opacity, ratio);
    const QPointF at = painter.worldTransform().inverted().map(QPointF(corner - QPoint(1, 1)) / ratio);
    painter.drawImage(at, sprite);
  } else {
    paintBox(painter, rect, accent, scale, opacity);
  }
  const QFontMetricsF title(titleFont);
  const QRectF inner = rect.adjusted(5.0 * scale, 3.0 * scale, -5.0 * scale, -3.0 * scale);
  double titleLeft = inner.left();
  if (text.question) {
    const double d = title.height() * 0.92;
    const QRectF badge(inner.left(), inner.top() + (title.height() - d) / 2.0, d, d);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette::text());
    painter.drawEllipse(badge);
    QFont bold = titleFont;
    bold.setPixelSize(std::max(1, static_cast<int>(std::lround(d * 0.8))));
    painter.setFont(bold);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, QStringLiteral("?"));
    titleLeft += title.height() + 3.0 * scale;
  }
  painter.setPen(withAlpha(palette::text(), opacity));
  painter.setFont(titleFont);
  painter.drawText(QRectF(titleLeft, inner.top(), inner.right() - titleLeft, title.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text.title);
  if (!text.detail.isEmpty()) {
    painter.setFont(detailFont);
    painter.setPen(withAlpha(palette::mutedText(), opacity));
    painter.drawText(
        QRectF(inner.left(), inner.top() + title.height(), inner.width(), inner.height() - title.height()),
        Qt::AlignLeft | Qt::AlignVCenter, text.detail);
  }
}

QPointF nearestPoint(const QRectF& rect, QPointF p) {
  return {std::clamp(p.x(), rect.left(), rect.right()), std::clamp(p.y(), rect.top(), rect.bottom())};
}

void drawLeader(QPainter& painter, QPointF from, const QRectF& to, double scale) {
  const QPointF end = nearestPoint(to, from);
  painter.setPen(QPen(withAlpha(palette::text(), 0.75), 1.0));
  painter.drawLine(from, end);
  painter.setPen(Qt::NoPen);
  painter.setBrush(palette::text());
  painter.drawEllipse(from, 2.0 * scale, 2.0 * scale);
}

}  // namespace okhotsk::app
