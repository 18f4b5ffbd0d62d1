// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/labels/label_box.h"

#include "map/render/map_frame.h"
#include "style/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

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

void drawLabelBox(QPainter& painter, const QRectF& rect, const QFont& titleFont, const QFont& detailFont,
                  const LabelText& text, const QColor& accent, double scale, double opacity) {
  painter.setPen(QPen(withAlpha(accent, 0.9 * opacity), 1.0));
  painter.setBrush(withAlpha(Qt::white, 0.86 * opacity));
  painter.drawRoundedRect(rect, 3.0 * scale, 3.0 * scale);
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
