// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/user_layer_marks.h"

#include "session/user_layers.h"

#include "okhotsk/edtf.h"

#include <QPainter>
#include <QPen>
#include <QStringList>

#include <algorithm>
#include <cstddef>

namespace okhotsk::app {

void userTimelineMarks(const UserLayers& layers, const TimeAxis& axis, const QRectF& row,
                       std::vector<UserTimelineMark>& marks) {
  marks.clear();
  const int shown =
      static_cast<int>(std::count_if(layers.layers().begin(), layers.layers().end(),
                                     [](const UserLayer& l) { return l.spec.shown && l.data; }));
  if (shown == 0 || row.isEmpty()) return;
  const double band = row.height() / shown;
  const double minWidth = 3.0;
  int slot = 0;
  for (int l = 0; l < layers.count(); ++l) {
    const UserLayer& layer = layers.at(l);
    if (!layer.spec.shown || !layer.data) continue;
    const QColor colour = QColor::fromRgb(static_cast<QRgb>(0xFF000000u | layer.spec.colour));
    const double top = row.top() + slot * band;
    ++slot;
    const std::size_t firstOfLayer = marks.size();
    for (std::size_t i = 0; i < layer.data->features.size(); ++i) {
      const std::optional<DayRange>& days = layer.data->features[i].days;
      if (!days || !days->overlaps(axis.range())) continue;
      const double left = std::max(axis.dayEdgeX(days->first), axis.left() - minWidth);
      const double right = std::min(axis.dayEdgeX(days->last) + axis.pixelsPerDay(), axis.right() + minWidth);
      QRectF rect(left, top, std::max(right - left, minWidth), std::max(band - 1.0, 1.0));
      if (rect.width() <= minWidth) rect.moveLeft((left + right - minWidth) / 2.0);
      marks.push_back({rect, colour, l, i});
    }
    // Long spans first, so that the short ones drawn over them stay visible.
    std::stable_sort(
        marks.begin() + static_cast<std::ptrdiff_t>(firstOfLayer), marks.end(),
        [](const UserTimelineMark& a, const UserTimelineMark& b) { return a.rect.width() > b.rect.width(); });
  }
}

void drawUserTimelineMarks(QPainter& painter, const std::vector<UserTimelineMark>& marks) {
  painter.save();
  for (const UserTimelineMark& mark : marks) {
    QColor fill = mark.colour;
    fill.setAlphaF(0.75F);
    // A darker edge keeps a bar apart from the one under it.
    QPen edge(mark.colour.darker(160), 1.0);
    edge.setCosmetic(true);
    painter.setPen(edge);
    painter.setBrush(fill);
    painter.drawRect(mark.rect);
  }
  painter.restore();
}

QString userMarksToolTip(const UserLayers& layers, const std::vector<UserTimelineMark>& marks,
                         QPointF position, double reach) {
  constexpr int kMaxLines = 8;
  QStringList lines;
  for (const UserTimelineMark& mark : marks) {
    if (!mark.rect.adjusted(-reach, -reach, reach, reach).contains(position)) continue;
    if (mark.layer >= layers.count()) continue;
    const UserLayer& layer = layers.at(mark.layer);
    if (!layer.data || mark.feature >= layer.data->features.size()) continue;
    const UserFeature& feature = layer.data->features[mark.feature];
    if (!feature.days) continue;
    if (lines.size() == kMaxLines) {
      lines << QStringLiteral("…");
      break;
    }
    auto end = [](DayNumber day) {
      return day <= kDayMin || day >= kDayMax ? QStringLiteral("…") : QString::fromStdString(isoDate(day));
    };
    const QString name =
        feature.label.empty() ? layer.spec.displayName() : QString::fromStdString(feature.label);
    const QString days =
        feature.days->first == feature.days->last
            ? end(feature.days->first)
            : QStringLiteral("%1 – %2").arg(end(feature.days->first), end(feature.days->last));
    lines << QStringLiteral("<b>%1</b> — %2").arg(name.toHtmlEscaped(), days);
  }
  return lines.join(QStringLiteral("<br>"));
}

}  // namespace okhotsk::app
