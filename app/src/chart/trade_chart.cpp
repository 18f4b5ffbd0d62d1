// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_chart.h"

#include "chart/cached_chart_view.h"
#include "chart/trade_chart_legend.h"
#include "chart/trade_chart_text.h"
#include "chart/trade_markers.h"
#include "chart/trade_table_model.h"
#include "chart/trade_table_view.h"
#include "chart/trade_tooltip.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"
#include "text/map_texts.h"
#include "text/panel_text.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QSplitter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace okhotsk::app {

using panel_text::qs;

namespace {

constexpr qreal kLineWidth = 1.8;
constexpr qreal kHitRadius = 9.0;  // how near the pointer must be to a figure

}  // namespace

TradeChart::TradeChart(TimeController& controller, const AtlasDocument& document,
                       const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_document(document), m_settings(settings) {
  setUpChart();
  QFont chartFont = font();
  chartFont.setPointSizeF(chartFont.pointSizeF() * 0.9);
  m_chart->setFont(chartFont);
  setUpView(chartFont);
  setUpLayout();

  connect(&document, &AtlasDocument::datasetChanged, this, &TradeChart::rebuild);
  connect(&settings, &DisplaySettings::languageChanged, this, &TradeChart::rebuild);
  connect(&controller, &TimeController::currentDayChanged, this, &TradeChart::updateYearCursorFromController);
  connect(m_chart, &QChart::plotAreaChanged, this, &TradeChart::updateOverlay);
  connect(m_chart, &QGraphicsWidget::geometryChanged, this, &TradeChart::updateOverlay);

  m_cursorYear = fractionalYear(controller.currentDay());
  rebuild();
}

TradeChart::~TradeChart() = default;

void TradeChart::setUpChart() {
  m_chart = new QChart;
  m_chart->legend()->hide();
  m_chart->setBackgroundRoundness(0);
  m_chart->layout()->setContentsMargins(0, 0, 0, 0);
}

void TradeChart::setUpView(const QFont& chartFont) {
  m_view = new CachedChartView(m_chart, this);
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setFrameShape(QFrame::NoFrame);
  m_view->setMinimumHeight(140);
  m_view->viewport()->installEventFilter(this);
  m_view->viewport()->setMouseTracking(true);
  m_view->viewport()->setCursor(Qt::CrossCursor);
  m_view->setToolTip(QString());  // tooltips come from eventFilter()

  // Any change of the scene (series, axes, bands, layout) makes the cached picture stale.
  connect(m_chart->scene(), &QGraphicsScene::changed, m_view, &CachedChartView::invalidatePicture);

  // The scale toggle sits in the strip above the plot, next to the partners' names, so that
  // the legend below can use the full width.
  m_logToggle = new QCheckBox(m_view->viewport());
  m_logToggle->setFont(chartFont);
  connect(m_logToggle, &QCheckBox::toggled, this, &TradeChart::setLogarithmic);
  // Its words, and the height of the strip it sits in, are set by retranslate().
}

void TradeChart::setUpLayout() {
  m_legend = new TradeChartLegend(this);
  // The legend continues the chart's white page rather than the window's grey.
  setAutoFillBackground(true);
  QPalette page = palette();
  page.setColor(QPalette::Window, Qt::white);
  setPalette(page);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  // The table of the figures sits beside the chart, shown by the toggle under it.
  m_splitter = new QSplitter(Qt::Horizontal, this);
  m_splitter->setChildrenCollapsible(false);
  m_splitter->addWidget(m_view);
  m_table = new TradeTableView(m_splitter);
  m_splitter->addWidget(m_table);
  m_splitter->setStretchFactor(0, 3);
  m_splitter->setStretchFactor(1, 2);
  m_table->hide();
  layout->addWidget(m_splitter, 1);
  auto* bottom = new QHBoxLayout;
  bottom->setContentsMargins(6, 0, 6, 2);
  bottom->addWidget(m_legend, 1);
  m_tableToggle = new QToolButton(this);
  m_tableToggle->setCheckable(true);
  m_tableToggle->setObjectName(QStringLiteral("tradeTableToggle"));
  connect(m_tableToggle, &QToolButton::toggled, this, &TradeChart::setTableShown);
  bottom->addWidget(m_tableToggle, 0, Qt::AlignTop);
  layout->addLayout(bottom);
}

bool TradeChart::isTableShown() const {
  return !m_table->isHidden();
}

void TradeChart::setTableShown(bool shown) {
  {
    const QSignalBlocker blocker(m_tableToggle);
    m_tableToggle->setChecked(shown);
  }
  m_table->setVisible(shown);
  if (!shown) return;
  // The chart keeps the larger part; the table takes the rest and scrolls sideways if need be.
  const int width = m_splitter->width();
  m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
  // Each column as wide as its figures; the notes take what is left.
  for (int column = 0; column < TradeTableModel::Notes; ++column) m_table->resizeColumnToContents(column);
}

void TradeChart::setLogarithmic(bool logarithmic) {
  if (logarithmic == m_logarithmic) return;
  m_logarithmic = logarithmic;
  {
    const QSignalBlocker blocker(m_logToggle);
    m_logToggle->setChecked(logarithmic);
  }
  rebuild();
  Q_EMIT logarithmicChanged(logarithmic);
}

QList<QXYSeries*> TradeChart::seriesForSource(const QString& sourceId) const {
  QList<QXYSeries*> result;
  for (const SeriesInfo& info : m_series)
    if (info.sourceId == sourceId) result << info.series;
  return result;
}

QStringList TradeChart::sourceIds() const {
  QStringList ids;
  for (const SeriesInfo& info : m_series)
    if (!ids.contains(info.sourceId)) ids << info.sourceId;
  return ids;
}

QStringList TradeChart::legendTexts() const {
  QStringList texts;
  for (const auto& entry : m_legend->entries()) texts << entry.text;
  return texts;
}

void TradeChart::rebuild() {
  clearChart();
  const Dataset* dataset = m_document.dataset();
  std::vector<TradeSeries> all = dataset ? dataset->tradeSeries() : std::vector<TradeSeries>{};
  // The axis is in US$ million: figures in another unit (yen as published) are not drawn on it.
  std::erase_if(all, [](const TradeSeries& series) { return series.unit != "USD_million_current"; });
  m_data = buildTradeChartData(all, m_logarithmic);
  m_table->tradeModel()->setDataset(dataset);
  addAxes();
  for (const TradeChartSeries& drawn : m_data.series) {
    if (drawn.annual)
      addLine(drawn);
    else
      addPoints(drawn);
  }
  rebuildBands();
  retranslate();
}

void TradeChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void TradeChart::retranslate() {
  m_logToggle->setText(tr("Log scale"));
  m_tableToggle->setText(tr("Table"));
  m_tableToggle->setToolTip(
      tr("Show the figures as a table beside the chart (sortable; Ctrl+C copies them)"));
  m_view->setAccessibleName(
      tr("Trade between Japan and Russia by year", "the trade chart, for screen readers"));
  m_logToggle->setToolTip(tr("Logarithmic value axis; zero values cannot be drawn on it and are left out"));
  m_logToggle->adjustSize();
  const int header = std::max(QFontMetrics(m_chart->font()).height() + 4, m_logToggle->sizeHint().height());
  const QMargins margins(2, header + 2, 8, 0);
  if (m_chart->margins() != margins) m_chart->setMargins(margins);
  if (m_yAxis != nullptr)
    m_yAxis->setTitleText(m_logarithmic ? tr("US$ million (current), log scale")
                                        : tr("US$ million (current)"));
  for (const SeriesInfo& info : m_series) info.series->setName(TradeChartText::flowName(info.flow));
  m_legend->setEntries(TradeChartLegend::entriesFor(m_data, m_document.dataset(), m_logarithmic));
  updateOverlay();  // the toggle's width may have changed
}

void TradeChart::clearChart() {
  m_chart->removeAllSeries();
  for (QAbstractAxis* axis : m_chart->axes()) {
    m_chart->removeAxis(axis);
    delete axis;
  }
  m_xAxis = m_yAxis = nullptr;
  m_series.clear();
}

// The axes are built before the series so that each series attaches once.
void TradeChart::addAxes() {
  auto* xAxis = new QValueAxis;
  m_xAxisMin = m_data.xMin;
  m_xAxisMax = m_data.xMax;
  xAxis->setRange(m_xAxisMin, m_xAxisMax);
  xAxis->setLabelFormat(QStringLiteral("%d"));  // years: no digit grouping
  xAxis->setTickType(QValueAxis::TicksDynamic);
  xAxis->setTickAnchor(1900);
  xAxis->setTickInterval(20);
  xAxis->setGridLineColor(QColor(0xE4, 0xE4, 0xE4));
  xAxis->setLabelsColor(palette::mutedText());
  m_chart->addAxis(xAxis, Qt::AlignBottom);
  m_xAxis = xAxis;

  addYAxis();
  QFont titleFont = m_chart->font();
  titleFont.setBold(false);
  m_yAxis->setTitleFont(titleFont);
  m_yAxis->setTitleBrush(palette::mutedText());
}

// The axis' title is set by retranslate().
void TradeChart::addYAxis() {
  if (m_logarithmic) {
    auto* yAxis = new QLogValueAxis;
    yAxis->setBase(10);
    yAxis->setRange(m_data.logarithmic.min, m_data.logarithmic.max);
    yAxis->setLabelFormat(QStringLiteral("%'.0f"));
    yAxis->setMinorTickCount(8);
    yAxis->setMinorGridLineVisible(false);  // a grid line per decade is enough to read it
    yAxis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    yAxis->setLabelsColor(palette::mutedText());
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_yAxis = yAxis;
    m_yMin = yAxis->min();
    m_yMax = yAxis->max();
  } else {
    auto* yAxis = new QValueAxis;
    yAxis->setRange(m_data.linear.min, m_data.linear.max);
    yAxis->setTickCount(5);
    yAxis->applyNiceNumbers();
    // Whole numbers ("40,000") unless the ticks are closer than one (an empty chart's 0–1,
    // figures under a million): then as many decimals as the step needs, never "1, 1, 0, 0".
    const qreal step = (yAxis->max() - yAxis->min()) / std::max(1, yAxis->tickCount() - 1);
    const int decimals =
        step >= 1 ? 0 : std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 1, 6);
    yAxis->setLabelFormat(QStringLiteral("%'.%1f").arg(decimals));
    yAxis->setMinorTickCount(0);
    yAxis->setGridLineColor(QColor(0xE4, 0xE4, 0xE4));
    yAxis->setLabelsColor(palette::mutedText());
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_yAxis = yAxis;
    m_yMin = yAxis->min();
    m_yMax = yAxis->max();
  }
}

void TradeChart::addSeries(QXYSeries* series, const TradeChartSeries& drawn) {
  m_chart->addSeries(series);
  series->attachAxis(m_xAxis);
  series->attachAxis(m_yAxis);
  m_series.push_back({series, qs(drawn.sourceId), drawn.flow, drawn.annual, drawn.derived, drawn.bound});
  for (const QPointF& point : drawn.points) series->append(point);
}

// A run of an annual line, dashed when derived; a lone year is a dot.
void TradeChart::addLine(const TradeChartSeries& run) {
  auto* line = new QLineSeries;
  QPen pen(trade_markers::flowColour(run.flow), kLineWidth, Qt::SolidLine, Qt::FlatCap);
  if (run.derived) pen.setDashPattern({3.0, 2.0});
  pen.setJoinStyle(Qt::RoundJoin);
  line->setPen(pen);
  line->setMarkerSize(4);  // a lone year: smaller than the points of prose figures
  addSeries(line, run);
  if (line->count() == 1) line->setPointsVisible(true);
}

// A group of prose figures, with the marker of its bound.
void TradeChart::addPoints(const TradeChartSeries& group) {
  auto* points = new QScatterSeries;
  points->setLightMarker(trade_markers::markerFor(group));
  points->setMarkerSize(trade_markers::kMarkerSize);
  addSeries(points, group);
}

// One shaded rectangle and one label per partner band; placed by updateOverlay().
void TradeChart::rebuildBands() {
  for (QGraphicsRectItem* item : m_bandItems) delete item;
  for (QGraphicsSimpleTextItem* item : m_bandLabels) delete item;
  m_bandItems.clear();
  m_bandLabels.clear();
  for (std::size_t i = 0; i < m_data.bands.size(); ++i) {
    auto* rect = new QGraphicsRectItem(m_chart);
    rect->setPen(Qt::NoPen);
    // Alternate shades tell the periods apart without competing with the flows' colours.
    rect->setBrush(i % 2 == 0 ? QColor(0xF3, 0xF4, 0xF6) : QColor(0xFF, 0xFF, 0xFF, 0));
    rect->setZValue(0.5);  // over the plot background, under the grid and the series
    m_bandItems.push_back(rect);
    auto* label = new QGraphicsSimpleTextItem(m_chart);
    QFont labelFont = m_chart->font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.95);
    label->setFont(labelFont);
    label->setBrush(palette::mutedText());
    label->setZValue(3.5);  // over the grid
    m_bandLabels.push_back(label);
  }
}

QPointF TradeChart::chartPosition(qreal x, qreal value) const {
  const QRectF plot = m_chart->plotArea();
  const qreal px = plot.left() + (x - m_xAxisMin) / (m_xAxisMax - m_xAxisMin) * plot.width();
  qreal fraction = 0;
  if (m_logarithmic) {
    const qreal v = std::max(value, m_yMin);
    fraction = (std::log10(v) - std::log10(m_yMin)) / (std::log10(m_yMax) - std::log10(m_yMin));
  } else {
    fraction = (value - m_yMin) / (m_yMax - m_yMin);
  }
  return {px, plot.bottom() - fraction * plot.height()};
}

qreal TradeChart::yearAtChartX(qreal chartX) const {
  const QRectF plot = m_chart->plotArea();
  return m_xAxisMin + (chartX - plot.left()) / plot.width() * (m_xAxisMax - m_xAxisMin);
}

QPointF TradeChart::viewportPosition(qreal x, qreal value) const {
  const QPointF scene = m_chart->mapToScene(chartPosition(x, value));
  return m_view->mapFromScene(scene);
}

qreal TradeChart::cursorViewportX() const {
  if (!m_view->isDateLineVisible()) return -1;
  return m_view->mapFromScene(m_view->dateLine().p1()).x();
}

QChartView* TradeChart::chartView() const noexcept {
  return m_view;
}

int TradeChart::pictureBuildCount() const noexcept {
  return m_view->pictureBuildCount();
}

void TradeChart::setPictureCacheEnabled(bool enabled) {
  m_view->setPictureCacheEnabled(enabled);
}

void TradeChart::updateOverlay() {
  const QRectF plot = m_chart->plotArea();
  if (plot.width() <= 0) return;
  fitXRange(plot.width());
  // Ticks every 10 years when there is room, else every 20 or 50.
  const qreal perDecade = plot.width() / (m_xAxisMax - m_xAxisMin) * 10;
  const qreal interval = perDecade >= 45 ? 10 : (perDecade >= 22 ? 20 : 50);
  auto* xAxis = static_cast<QValueAxis*>(m_xAxis);
  if (xAxis && xAxis->tickInterval() != interval) xAxis->setTickInterval(interval);

  // The scale toggle sits at the right of the strip above the plot.
  const qreal header = m_chart->margins().top();
  // The chart always fills the view; its own width is up to date even while the view's
  // resize events are still pending.
  const qreal toggleLeft = m_chart->size().width() - m_logToggle->width() - 12;
  // QChartView shows the chart at the viewport's origin, unscaled: chart coordinates are
  // viewport coordinates (mapping through the scene would use a scroll position that lags
  // behind while the view resizes).
  const qreal headerMiddle = plot.top() - header / 2 + 1;
  m_logToggle->move(static_cast<int>(toggleLeft) + 6,
                    std::max(0, static_cast<int>(std::lround(headerMiddle - m_logToggle->height() / 2.0))));
  updateBandLabels(toggleLeft);
  updateCursor();
}

// The years axis runs a little past the first and last figures, so that their markers (drawn
// at the middle of their year) are whole inside the plot instead of cut at its edges: the
// room on each side is half a marker and a little more, in years at the plot's width.
void TradeChart::fitXRange(qreal plotWidth) {
  const qreal span = m_data.xMax - m_data.xMin;
  const qreal room = trade_markers::kMarkerSize / 2 + 2;  // pixels beyond a figure's centre
  // A figure half a year inside each end: (pad + 0.5) × plotWidth / (span + 2 pad) ≥ room.
  const qreal pad = plotWidth > 2 * room + 1
                        ? std::max<qreal>(0, (room * span - 0.5 * plotWidth) / (plotWidth - 2 * room))
                        : 0;
  if (std::abs(m_xAxisMin - (m_data.xMin - pad)) < 1e-9 && std::abs(m_xAxisMax - (m_data.xMax + pad)) < 1e-9)
    return;
  m_xAxisMin = m_data.xMin - pad;
  m_xAxisMax = m_data.xMax + pad;
  if (auto* xAxis = static_cast<QValueAxis*>(m_xAxis)) xAxis->setRange(m_xAxisMin, m_xAxisMax);
}

// The partners' names in the strip above the plot, each over its shaded years; the last
// one leaves room for the scale toggle at the right.
void TradeChart::updateBandLabels(qreal toggleLeft) {
  const QRectF plot = m_chart->plotArea();
  const qreal header = m_chart->margins().top();
  const QFontMetricsF metrics(m_bandLabels.empty() ? m_chart->font() : m_bandLabels.front()->font());
  const Dataset* dataset = m_document.dataset();
  for (std::size_t i = 0; i < m_data.bands.size(); ++i) {
    const PartnerBand& band = m_data.bands[i];
    // The first and last bands reach the axis' ends, past the first and last figures.
    const qreal left = chartPosition(i == 0 ? m_xAxisMin : band.from, m_yMin).x();
    const qreal right = chartPosition(i + 1 == m_data.bands.size() ? m_xAxisMax : band.to, m_yMin).x();
    m_bandItems[i]->setRect(QRectF(QPointF(left, plot.top() - header + 2), QPointF(right, plot.bottom())));
    const QString name =
        dataset ? stateShortName(*dataset, band.partnerId, m_settings.language()) : qs(band.partnerId);
    const qreal room = std::min(right, toggleLeft) - left - 8;
    m_bandLabels[i]->setText(metrics.elidedText(name, Qt::ElideRight, std::max<qreal>(room, 0)));
    m_bandLabels[i]->setPos(left + 4, plot.top() - header + 2 + (header - 2 - metrics.height()) / 2);
  }
}

void TradeChart::updateYearCursorFromController(DayNumber day) {
  m_cursorYear = fractionalYear(day);
  updateCursor();
}

void TradeChart::updateCursor() {
  const QRectF plot = m_chart->plotArea();
  if (m_cursorYear < m_xAxisMin || m_cursorYear > m_xAxisMax || plot.width() <= 0) {
    m_view->setDateLine(m_view->dateLine(), false);
    return;
  }
  // On a whole pixel, so that the 2-pixel line stays sharp instead of smeared over three.
  const qreal x = std::round(chartPosition(m_cursorYear, m_yMin).x());
  m_view->setDateLine(
      QLineF(m_chart->mapToScene(QPointF(x, plot.top())), m_chart->mapToScene(QPointF(x, plot.bottom()))),
      true);
}

void TradeChart::setDateFromViewport(const QPoint& position) {
  const QPointF chartPoint = m_chart->mapFromScene(m_view->mapToScene(position));
  if (!m_chart->plotArea().contains(chartPoint)) return;
  const qreal year = yearAtChartX(chartPoint.x());
  m_controller.setCurrentDay(clickDay(static_cast<int>(std::floor(year))));
}

QString TradeChart::toolTipAt(const QPoint& viewportPosition) const {
  const Dataset* dataset = m_document.dataset();
  if (!dataset || m_data.figures.empty()) return {};
  const QPointF pointer = m_view->mapToScene(viewportPosition);
  const QPointF chartPointer = m_chart->mapFromScene(pointer);
  const QRectF plot = m_chart->plotArea();
  // Over the partners' strip: the partner and its years (the name may be elided there).
  const qreal header = m_chart->margins().top();
  if (chartPointer.y() < plot.top() && chartPointer.y() >= plot.top() - header) {
    const qreal year = yearAtChartX(chartPointer.x());
    for (const PartnerBand& band : m_data.bands)
      if (year >= band.from && year < band.to)
        return trade_tooltip::bandText(band, *dataset, m_settings.language());
    return {};
  }
  if (!plot.adjusted(-kHitRadius, -kHitRadius, kHitRadius, kHitRadius).contains(chartPointer)) return {};
  const std::vector<const TradeFigure*> near = figuresNear(chartPointer);
  if (near.empty()) return {};
  return trade_tooltip::figuresText(near, *dataset, m_settings.language());
}

// Every figure within reach of the pointer, nearest first; figures at the same spot keep
// their order.
std::vector<const TradeFigure*> TradeChart::figuresNear(const QPointF& chartPointer) const {
  const QRectF plot = m_chart->plotArea();
  std::vector<std::pair<qreal, const TradeFigure*>> near;
  for (const TradeFigure& figure : m_data.figures) {
    const QPointF at = chartPosition(figure.x, figure.drawn ? figure.value : m_yMin);
    const qreal distance =
        std::hypot(at.x() - chartPointer.x(), figure.drawn ? at.y() - chartPointer.y() : 0.0);
    // Zeros left out on the log scale answer anywhere in their year's column.
    const qreal reach = figure.drawn ? kHitRadius : plot.width() / (m_xAxisMax - m_xAxisMin) / 2;
    if (distance <= reach) near.emplace_back(distance, &figure);
  }
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const TradeFigure*> figures;
  figures.reserve(near.size());
  for (const auto& [distance, figure] : near) figures.push_back(figure);
  return figures;
}

bool TradeChart::eventFilter(QObject* watched, QEvent* event) {
  if (watched != m_view->viewport()) return QWidget::eventFilter(watched, event);
  switch (event->type()) {
    case QEvent::ToolTip: {
      auto* help = static_cast<QHelpEvent*>(event);
      const QString text = toolTipAt(help->pos());
      if (text.isEmpty())
        QToolTip::hideText();
      else
        QToolTip::showText(help->globalPos(), text, m_view->viewport());
      return true;
    }
    case QEvent::MouseButtonPress: {
      auto* mouse = static_cast<QMouseEvent*>(event);
      if (mouse->button() != Qt::LeftButton) break;
      m_dragging = true;
      setDateFromViewport(mouse->position().toPoint());
      return true;
    }
    case QEvent::MouseMove: {
      // Dragging scrubs through the years.
      auto* mouse = static_cast<QMouseEvent*>(event);
      if (m_dragging && (mouse->buttons() & Qt::LeftButton)) {
        setDateFromViewport(mouse->position().toPoint());
        return true;
      }
      break;
    }
    case QEvent::MouseButtonRelease:
      m_dragging = false;
      break;
    default:
      break;
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace okhotsk::app
