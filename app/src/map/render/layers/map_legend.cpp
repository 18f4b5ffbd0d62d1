// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/render/layers/map_legend.h"

#include "map/render/layers/hatch_patterns.h"
#include "map/render/map_fonts.h"
#include "style/palette.h"
#include "text/map_texts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

namespace {

// Where a legend row's parts go: its rectangle in a column, the swatch and the caption.
struct LegendRows {
  QPainter& painter;
  const Frame& f;
  QRectF rect;
  double rowHeight;
  double swatch;
  double padding;
  double columnWidth[2];

  [[nodiscard]] QRectF row(int column, int index) const {
    const double x = rect.left() + padding + (column == 0 ? 0.0 : columnWidth[0] + padding + 6.0 * f.scale);
    return {x, rect.top() + padding + index * rowHeight, columnWidth[column], rowHeight};
  }
  [[nodiscard]] QRectF swatchOf(const QRectF& r) const {
    return {r.left(), r.center().y() - 0.35 * swatch, swatch, 0.7 * swatch};
  }
  void caption(const QRectF& r, const QString& words) const {
    painter.setFont(f.fonts->legend);
    painter.setPen(palette::text());
    painter.drawText(r.adjusted(swatch + 6 * f.scale, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, words);
  }
  void heading(const QRectF& r, const QString& words) const {
    painter.setFont(f.fonts->legendTitle);
    painter.setPen(palette::text());
    painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, words);
  }
};

QPainterPath rectPath(const QRectF& r) {
  QPainterPath path;
  path.addRect(r);
  return path;
}

}  // namespace

void drawMapPanel(QPainter& painter, const QRectF& rect, double scale) {
  painter.setPen(QPen(withAlpha(palette::coastline(), 0.8), 1.0));
  painter.setBrush(withAlpha(Qt::white, 0.9));
  painter.drawRoundedRect(rect, 4.0 * scale, 4.0 * scale);
}

namespace {

// The rows that show how a regime looks: a claim, a dispute, a joint regime, an uncertain
// day. Returns the next row.
int paintRegimeRows(const LegendRows& rows, int row, HatchPatterns& patterns) {
  QPainter& painter = rows.painter;
  const Frame& f = rows.f;
  const double s = f.scale;
  Frame flat = f;
  flat.map = QTransform();  // swatches are drawn in screen pixels
  // Samples drawn in the first two states' colours of the states layer.
  const QString first = palette::sampleState(f.dataset, 0);
  const QString second = palette::sampleState(f.dataset, 1);
  const QColor neutral = palette::stateFill(f.dataset, second, f.contrast);
  {  // claimed: a fill with the claimant's hatching (the first state's colour on the second's fill)
    const QRectF r = rows.row(0, row++);
    const QRectF sw = rows.swatchOf(r);
    painter.setPen(Qt::NoPen);
    painter.setBrush(neutral);
    painter.drawRect(sw);
    patterns.fill(painter, flat, rectPath(sw), Pattern::HatchForward, palette::stateColour(f.dataset, first));
    rows.caption(r, mapPhrase(MapPhrase::LegendClaimed));
  }
  {  // disputed: dashed outline
    const QRectF r = rows.row(0, row++);
    QPen pen(palette::stateColour(f.dataset, first).darker(115), std::max(1.0, 1.3 * s));
    pen.setDashPattern({4.0, 2.5});
    painter.setPen(pen);
    painter.setBrush(neutral);
    painter.drawRect(rows.swatchOf(r).adjusted(1, 1, -1, -1));
    rows.caption(r, mapPhrase(MapPhrase::LegendDisputed));
  }
  {  // joint: stripes of both
    const QRectF r = rows.row(0, row++);
    patterns.fill(painter, flat, rectPath(rows.swatchOf(r)), Pattern::Stripes,
                  palette::stateFill(f.dataset, first, f.contrast),
                  palette::stateFill(f.dataset, second, f.contrast).darker(108));
    rows.caption(r, mapPhrase(MapPhrase::LegendJoint));
  }
  {  // uncertain: cross-hatching and "?"
    const QRectF r = rows.row(0, row++);
    const QRectF sw = rows.swatchOf(r);
    painter.setPen(Qt::NoPen);
    painter.setBrush(uncertainBaseColour());
    painter.drawRect(sw);
    patterns.fill(painter, flat, rectPath(sw), Pattern::HatchForward, palette::stateColour(f.dataset, first));
    patterns.fill(painter, flat, rectPath(sw), Pattern::HatchBackward,
                  palette::stateColour(f.dataset, second));
    painter.setFont(f.fonts->question);
    painter.setPen(palette::text());
    painter.drawText(sw, Qt::AlignCenter, QStringLiteral("?"));
    rows.caption(r, mapPhrase(MapPhrase::LegendUncertain));
  }
  return row;
}

}  // namespace

std::uint64_t MapLegend::statesOn(const Frame& f) {
  std::uint64_t mask = 0;
  const auto states = f.dataset->states();
  for (std::size_t i = 0; i < states.size() && i < 64; ++i)
    if (states[i].validDays().contains(f.day)) mask |= std::uint64_t{1} << i;
  return mask;
}

MapLegend::Layout MapLegend::layout(const Frame& f) const {
  const double s = f.scale;
  const QFontMetricsF text(f.fonts->legend);
  const QFontMetricsF title(f.fonts->legendTitle);
  const Dataset& dataset = *f.dataset;
  Layout l{};
  l.rowHeight = std::max(text.height(), 12.0 * s) + 4.0 * s;
  l.swatch = 18.0 * s;
  l.padding = 8.0 * s;
  const Language lang = f.language;
  double left = title.horizontalAdvance(mapPhrase(MapPhrase::LegendAdministered));
  const std::uint64_t shown = statesOn(f);
  int stateRows = 0;
  for (std::size_t i = 0; i < dataset.states().size(); ++i) {
    if (!listed(shown, i)) continue;
    ++stateRows;
    left = std::max(left, text.horizontalAdvance(stateShortName(dataset, dataset.states()[i].id, lang)) +
                              l.swatch + 6 * s);
  }
  for (MapPhrase p : {MapPhrase::LegendClaimed, MapPhrase::LegendDisputed, MapPhrase::LegendJoint,
                      MapPhrase::LegendUncertain, MapPhrase::LegendBoundary, MapPhrase::LegendSchematic})
    left = std::max(left, text.horizontalAdvance(mapPhrase(p)) + l.swatch + 6 * s);
  double right = title.horizontalAdvance(mapPhrase(MapPhrase::LegendEvents));
  for (int c = 0; c < kEventCategoryCount; ++c)
    right = std::max(
        right, text.horizontalAdvance(eventCategoryName(static_cast<EventCategory>(c))) + l.swatch + 6 * s);
  for (MapPhrase p : {MapPhrase::LegendImprecise, MapPhrase::LegendLater})
    right = std::max(right, text.horizontalAdvance(mapPhrase(p)) + l.swatch + 6 * s);
  l.columnWidth[0] = left;
  l.columnWidth[1] = right;
  l.rows[0] = 1 + stateRows + 6;
  l.rows[1] = 1 + kEventCategoryCount + 2;
  return l;
}

QSizeF MapLegend::size(const Frame& f) const {
  const Layout l = layout(f);
  const int rows = std::max(l.rows[0], l.rows[1]);
  return {l.columnWidth[0] + l.columnWidth[1] + 3 * l.padding + 6.0 * f.scale,
          rows * l.rowHeight + 2 * l.padding};
}

void MapLegend::paintTerritoryColumn(QPainter& painter, const Frame& f, const QRectF& rect, const Layout& l,
                                     HatchPatterns& patterns) const {
  const double s = f.scale;
  const Language lang = f.language;
  const LegendRows rows{
      painter, f, rect, l.rowHeight, l.swatch, l.padding, {l.columnWidth[0], l.columnWidth[1]}};
  int row = 0;
  rows.heading(rows.row(0, row++), mapPhrase(MapPhrase::LegendAdministered));
  const std::uint64_t shown = statesOn(f);
  for (std::size_t i = 0; i < f.dataset->states().size(); ++i) {
    if (!listed(shown, i)) continue;
    const State& state = f.dataset->states()[i];
    const QRectF r = rows.row(0, row++);
    painter.setPen(QPen(palette::stateColour(f.dataset, qs(state.id)).darker(130), 1.0));
    painter.setBrush(palette::stateFill(f.dataset, qs(state.id), f.contrast));
    painter.drawRect(rows.swatchOf(r));
    rows.caption(r, stateShortName(*f.dataset, state.id, lang));
  }
  row = paintRegimeRows(rows, row, patterns);
  for (const bool schematic : {false, true}) {
    const QRectF r = rows.row(0, row++);
    const QRectF sw = rows.swatchOf(r);
    QPen line(boundaryColour(), 2.0 * s, Qt::SolidLine, Qt::FlatCap);
    if (schematic) line.setDashPattern({3.0, 2.5});
    painter.setPen(line);
    painter.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
    rows.caption(r, mapPhrase(schematic ? MapPhrase::LegendSchematic : MapPhrase::LegendBoundary));
  }
}

void MapLegend::paintEventColumn(QPainter& painter, const Frame& f, const QRectF& rect,
                                 const Layout& l) const {
  const double s = f.scale;
  const LegendRows rows{
      painter, f, rect, l.rowHeight, l.swatch, l.padding, {l.columnWidth[0], l.columnWidth[1]}};
  int row = 0;
  rows.heading(rows.row(1, row++), mapPhrase(MapPhrase::LegendEvents));
  const double radius = 5.0 * s;
  for (int c = 0; c < kEventCategoryCount; ++c) {
    const QRectF r = rows.row(1, row++);
    const auto category = static_cast<EventCategory>(c);
    painter.setPen(QPen(Qt::white, 1.2 * s));
    painter.setBrush(palette::categoryColour(category));
    painter.drawEllipse(QPointF(r.left() + l.swatch / 2, r.center().y()), radius, radius);
    rows.caption(r, eventCategoryName(category));
  }
  {
    const QRectF r = rows.row(1, row++);
    const QPointF c(r.left() + l.swatch / 2, r.center().y());
    QRadialGradient gradient(c, radius * 2.2);
    const QColor colour = palette::categoryColour(EventCategory::Diplomacy);
    gradient.setColorAt(0.0, withAlpha(colour, 0.5));
    gradient.setColorAt(1.0, withAlpha(colour, 0.0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawEllipse(c, radius * 2.2, radius * 2.2);
    painter.setPen(QPen(Qt::white, 1.2 * s));
    painter.setBrush(colour);
    painter.drawEllipse(c, radius * 0.8, radius * 0.8);
    rows.caption(r, mapPhrase(MapPhrase::LegendImprecise));
  }
  {
    const QRectF r = rows.row(1, row++);
    painter.setPen(QPen(palette::categoryColour(EventCategory::Treaty), 1.6 * s));
    painter.setBrush(withAlpha(Qt::white, 0.6));
    painter.drawEllipse(QPointF(r.left() + l.swatch / 2, r.center().y()), radius * 0.8, radius * 0.8);
    rows.caption(r, mapPhrase(MapPhrase::LegendLater));
  }
}

void MapLegend::paint(QPainter& painter, const Frame& f, const QRectF& rect, HatchPatterns& patterns) const {
  const Layout l = layout(f);
  painter.setRenderHint(QPainter::Antialiasing, true);
  drawMapPanel(painter, rect, f.scale);
  paintTerritoryColumn(painter, f, rect, l, patterns);
  paintEventColumn(painter, f, rect, l);
}

void MapLegend::draw(QPainter& painter, const Frame& f, const QRectF& rect, HatchPatterns& patterns) {
  painter.resetTransform();
  if (f.vector) {
    paint(painter, f, rect, patterns);
    return;
  }
  // The legend changes only with the language, scale and resolution: paint it once.
  const Key key{f.language, f.scale, f.dpr, f.dataset, statesOn(f)};
  if (!(key == m_key) || m_image.isNull()) {
    const QSize pixels(static_cast<int>(std::ceil(rect.width() * f.dpr)) + 2,
                       static_cast<int>(std::ceil(rect.height() * f.dpr)) + 2);
    m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(f.dpr);
    m_image.fill(Qt::transparent);
    QPainter p(&m_image);
    paint(p, f, QRectF(QPointF(0.5, 0.5), rect.size()), patterns);
    p.end();
    m_key = key;
  }
  painter.drawImage(rect.topLeft() - QPointF(0.5, 0.5), m_image);
}

}  // namespace okhotsk::app
