// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_chart_legend.h"

#include "chart/trade_chart_text.h"
#include "chart/trade_markers.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>

#include <algorithm>

namespace okhotsk::app {

using panel_text::qs;

namespace {

using Entry = TradeChartLegend::Entry;
using Glyph = TradeChartLegend::Entry::Glyph;

constexpr int kMaxRows = 3;
constexpr qreal kGlyphWidth = 20;
constexpr qreal kGap = 4;
constexpr qreal kSpacing = 12;
constexpr qreal kLeft = 2;

// Flows and marks: the flows drawn, "summed here", the markers used, hidden zeros.
void addKeyEntries(std::vector<Entry>& entries, const TradeChartData& data, bool logarithmic) {
  for (TradeFlow flow : {TradeFlow::JapanExports, TradeFlow::JapanImports, TradeFlow::Total})
    if (std::any_of(data.series.begin(), data.series.end(),
                    [flow](const TradeChartSeries& series) { return series.flow == flow; }))
      entries.push_back({Glyph::Line,
                         trade_markers::flowColour(flow),
                         {},
                         TradeChartText::flowName(flow),
                         {},
                         false,
                         false});
  const QColor key = palette::mutedText();
  if (data.anyDerived)
    entries.push_back(
        {Glyph::DashedLine,
         key,
         {},
         TradeChartText::tr("summed here"),
         TradeChartText::tr("Totals computed in the dataset from the two flows, not stated by the source"),
         false,
         false});
  for (MarkerCue cue : {MarkerCue::Stated, MarkerCue::About, MarkerCue::UpperBound, MarkerCue::LowerBound})
    if (data.cuesUsed.count(cue))
      entries.push_back({Glyph::Marker,
                         key,
                         trade_markers::markerImage(cue, key, false),
                         TradeChartText::cueLegendText(cue),
                         {},
                         false,
                         false});
  if (logarithmic && data.hiddenZeros > 0)
    entries.push_back(
        {Glyph::None,
         {},
         {},
         TradeChartText::tr("(log scale: %1 zero values not drawn)").arg(data.hiddenZeros),
         TradeChartText::tr("A logarithmic scale cannot show zero; hover a year to read its figures"),
         false,
         true});
}

// The sources, by short citation; the tooltip gives the full one and how it is drawn.
void addSourceEntries(std::vector<Entry>& entries, const TradeChartData& data, const Dataset* dataset) {
  const QColor key = palette::mutedText();
  if (!data.sources.empty())
    entries.push_back({Glyph::None, {}, {}, TradeChartText::tr("Sources:"), {}, true, true});
  for (const TradeLegendSource& legendSource : data.sources) {
    const Source* source = dataset ? dataset->source(legendSource.id) : nullptr;
    QString tip = source ? qs(source->citation) : qs(legendSource.id);
    tip += legendSource.annual ? TradeChartText::tr("\n(annual series, drawn as lines)")
                               : TradeChartText::tr("\n(figures from the text, drawn as points)");
    entries.push_back(
        {legendSource.annual ? Glyph::Line : Glyph::Marker, key,
         legendSource.annual ? QImage()
                             : trade_markers::markerImage(MarkerCue::Stated, key, false, legendSource.shape),
         source ? panel_text::shortCitation(source->citation) : qs(legendSource.id), tip, false, false});
  }
}

}  // namespace

TradeChartLegend::TradeChartLegend(QWidget* parent) : QWidget(parent) {
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.88);
  setFont(small);
}

std::vector<TradeChartLegend::Entry> TradeChartLegend::entriesFor(const TradeChartData& data,
                                                                  const Dataset* dataset, bool logarithmic) {
  std::vector<Entry> entries;
  addKeyEntries(entries, data, logarithmic);
  addSourceEntries(entries, data, dataset);
  if (data.series.empty())
    entries.push_back(
        {Glyph::None, {}, {}, TradeChartText::tr("No trade figures in this dataset."), {}, true, true});
  return entries;
}

void TradeChartLegend::setEntries(std::vector<Entry> entries) {
  m_entries = std::move(entries);
  updateGeometry();
  update();
}

void TradeChartLegend::paintEvent(QPaintEvent* /*event*/) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const Layout placed = layout(width());
  for (const Placed& item : placed.items) {
    const Entry& entry = entryOf(item);
    drawGlyph(painter, entry, item.glyph);
    painter.setPen(entry.heading ? palette::mutedText() : palette::text());
    painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, item.shownText);
  }
}

bool TradeChartLegend::event(QEvent* event) {
  if (event->type() != QEvent::ToolTip) return QWidget::event(event);
  auto* help = static_cast<QHelpEvent*>(event);
  const Layout placed = layout(width());
  for (const Placed& item : placed.items) {
    if (!item.whole.contains(help->pos())) continue;
    const Entry& entry = entryOf(item);
    if (!entry.toolTip.isEmpty()) {
      QToolTip::showText(help->globalPos(), entry.toolTip, this, item.whole);
      return true;
    }
  }
  QToolTip::hideText();
  event->ignore();
  return true;
}

QRect TradeChartLegend::moreEntryRect() const {
  const Layout placed = layout(width());
  for (const Placed& item : placed.items)
    if (item.index < 0) return item.whole;
  return {};
}

int TradeChartLegend::foldedCount() const {
  (void)layout(width());
  return m_moreCount;
}

const TradeChartLegend::Entry& TradeChartLegend::entryOf(const Placed& item) const {
  return item.index >= 0 ? m_entries[static_cast<std::size_t>(item.index)] : m_more;
}

TradeChartLegend::Layout TradeChartLegend::layout(int width) const {
  Layout result;
  const QFontMetricsF metrics(font());
  const qreal rowH = rowHeight();
  const qreal available = std::max<qreal>(width - 4, 60);
  qreal x = kLeft;
  int row = 0;
  std::size_t i = 0;
  for (; i < m_entries.size(); ++i) {
    const Entry& entry = m_entries[i];
    const qreal glyph = entry.glyph == Entry::Glyph::None ? 0 : kGlyphWidth + kGap;
    const qreal textWidth = metrics.horizontalAdvance(entry.text);
    if (x > kLeft && (entry.newRow || x + glyph + textWidth > available)) {
      ++row;
      x = kLeft;
    }
    if (row >= kMaxRows) break;
    Placed item;
    item.index = static_cast<int>(i);
    item.shownText = x + glyph + textWidth > available
                         ? metrics.elidedText(entry.text, Qt::ElideRight, available - x - glyph)
                         : entry.text;
    const qreal shownWidth = metrics.horizontalAdvance(item.shownText);
    const qreal top = row * rowH;
    item.glyph = QRectF(x, top, glyph > 0 ? kGlyphWidth : 0, rowH);
    item.text = QRectF(x + glyph, top, shownWidth + 1, rowH);
    item.whole = QRectF(x, top, glyph + shownWidth, rowH).toAlignedRect();
    result.items.push_back(item);
    x += glyph + shownWidth + (entry.heading ? kGap : kSpacing);
  }
  m_more = {};
  m_moreCount = 0;
  if (i < m_entries.size()) {
    foldOverflow(result, i, available);
    row = kMaxRows - 1;
  }
  result.height = m_entries.empty() ? 0 : static_cast<int>((row + 1) * rowH);
  return result;
}

// Folds what does not fit into a "+N more" entry at the end of the last row, making room
// for it by folding the last entries of that row too.
void TradeChartLegend::foldOverflow(Layout& result, std::size_t firstUnplaced, qreal available) const {
  const QFontMetricsF metrics(font());
  const qreal rowH = rowHeight();
  std::vector<std::size_t> folded;
  for (std::size_t j = firstUnplaced; j < m_entries.size(); ++j)
    if (!m_entries[j].heading) folded.push_back(j);
  const qreal moreWidth = metrics.horizontalAdvance(TradeChartText::tr("+%1 more").arg(99));
  const qreal lastTop = (kMaxRows - 1) * rowH;
  while (!result.items.empty() && result.items.back().whole.top() >= lastTop - 0.5 &&
         result.items.back().whole.right() > available - moreWidth - kSpacing) {
    const auto index = static_cast<std::size_t>(result.items.back().index);
    if (!m_entries[index].heading) folded.insert(folded.begin(), index);
    result.items.pop_back();
  }
  // One short line per folded entry: their full texts (citations of several hundred
  // characters) made a tooltip wider than the screen, which opened under the pointer and
  // closed at once. Hovering an entry where it is shown gives its full text.
  QStringList texts;
  for (std::size_t index : folded) texts << m_entries[index].text;
  m_moreCount = static_cast<int>(folded.size());
  m_more.text = TradeChartText::tr("+%1 more").arg(folded.size());
  m_more.toolTip = texts.join(u'\n');
  Placed more;
  more.index = -1;
  more.shownText = m_more.text;
  const qreal moreX = result.items.empty() || result.items.back().whole.top() < lastTop - 0.5
                          ? kLeft
                          : result.items.back().whole.right() + kSpacing;
  more.text = QRectF(moreX, lastTop, metrics.horizontalAdvance(more.shownText) + 1, rowH);
  more.whole = more.text.toAlignedRect();
  result.items.push_back(more);
}

void TradeChartLegend::drawGlyph(QPainter& painter, const Entry& entry, const QRectF& rect) {
  const QPointF centre = rect.center();
  switch (entry.glyph) {
    case Entry::Glyph::None:
      return;
    case Entry::Glyph::Line:
    case Entry::Glyph::DashedLine: {
      QPen pen(entry.colour, 2.0, entry.glyph == Entry::Glyph::DashedLine ? Qt::DashLine : Qt::SolidLine,
               Qt::FlatCap);
      if (entry.glyph == Entry::Glyph::DashedLine) pen.setDashPattern({2.5, 1.5});
      painter.setPen(pen);
      painter.drawLine(QPointF(rect.left() + 1, centre.y()), QPointF(rect.right() - 1, centre.y()));
      return;
    }
    case Entry::Glyph::Marker: {
      const qreal size = std::min<qreal>(rect.height() - 2, 12);
      painter.drawImage(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size), entry.marker);
      return;
    }
  }
}

}  // namespace okhotsk::app
