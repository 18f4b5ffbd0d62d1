#include "chart/trade_chart.h"

#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/time_controller.h"
#include "style/palette.h"
#include "text/panel_text.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace okhotsk::app {

using panel_text::qs;

// --- drawing constants and helpers ---------------------------------------------------------

namespace {

// Flow colours from the Okabe–Ito palette; vermillion stays reserved for the cursor (the
// current date) as everywhere else in the atlas.
QColor flowColour(TradeFlow flow) {
  switch (flow) {
    case TradeFlow::JapanExports:
      return {0x00, 0x72, 0xB2};
    case TradeFlow::JapanImports:
      return {0x00, 0x9E, 0x73};
    case TradeFlow::Total:
      return {0x22, 0x22, 0x22};
  }
  return Qt::black;
}

QString flowName(TradeFlow flow) {
  switch (flow) {
    case TradeFlow::JapanExports:
      return TradeChart::tr("Japan's exports");
    case TradeFlow::JapanImports:
      return TradeChart::tr("Japan's imports");
    case TradeFlow::Total:
      return TradeChart::tr("Total trade");
  }
  return {};
}

constexpr qreal kMarkerSize = 13.0;   // logical pixels
constexpr int kMarkerImageSize = 64;  // drawn large so that it stays sharp at any pixel ratio
constexpr qreal kLineWidth = 1.8;
constexpr qreal kHitRadius = 9.0;  // how near the pointer must be to a figure

// How a prose figure's marker looks: the bound decides the shape.
enum class Cue { Stated, About, UpperBound, LowerBound };

Cue cueOf(TradeBound bound) {
  switch (bound) {
    case TradeBound::Exact:
      return Cue::Stated;
    case TradeBound::About:
      return Cue::About;
    case TradeBound::Nearly:
    case TradeBound::LessThan:
      return Cue::UpperBound;
    case TradeBound::Over:
      return Cue::LowerBound;
  }
  return Cue::Stated;
}

// A marker image centred on the figure. Bounds are a bar at the value with a triangle on
// the side where the true value lies; "about" is a ring; derived figures are outlined with
// a dashed line instead of filled.
QImage markerImage(Cue cue, const QColor& colour, bool derived) {
  const qreal s = kMarkerImageSize;
  QImage image(kMarkerImageSize, kMarkerImageSize, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  QPen outline(derived ? colour : colour.darker(140), s * 0.09);
  if (derived) outline.setDashPattern({1.6, 1.2});
  outline.setJoinStyle(Qt::MiterJoin);
  const QBrush fill = derived ? QBrush(Qt::white) : QBrush(colour);
  switch (cue) {
    case Cue::Stated:
      painter.setPen(derived ? outline : QPen(Qt::white, s * 0.07));
      painter.setBrush(fill);
      painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.36, s * 0.36);
      break;
    case Cue::About: {
      QPen ring(colour, s * 0.14);
      if (derived) ring.setDashPattern({1.2, 0.9});
      painter.setPen(ring);
      painter.setBrush(Qt::white);
      painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.32, s * 0.32);
      break;
    }
    case Cue::UpperBound:
    case Cue::LowerBound: {
      const bool down = cue == Cue::UpperBound;
      const qreal bar = s / 2;
      const qreal tip = down ? s * 0.97 : s * 0.03;
      QPainterPath triangle;
      triangle.moveTo(s * 0.18, bar);
      triangle.lineTo(s * 0.82, bar);
      triangle.lineTo(s / 2, tip);
      triangle.closeSubpath();
      painter.setPen(derived ? outline : Qt::NoPen);
      painter.setBrush(fill);
      painter.drawPath(triangle);
      // The bar marks the stated figure itself.
      painter.setPen(QPen(colour, s * 0.12, Qt::SolidLine, Qt::FlatCap));
      painter.drawLine(QPointF(s * 0.04, bar), QPointF(s * 0.96, bar));
      break;
    }
  }
  return image;
}

QString boundWords(TradeBound bound) {
  switch (bound) {
    case TradeBound::Exact:
      return {};
    case TradeBound::Nearly:
      return TradeChart::tr("nearly");
    case TradeBound::Over:
      return TradeChart::tr("over");
    case TradeBound::LessThan:
      return TradeChart::tr("less than");
    case TradeBound::About:
      return TradeChart::tr("about");
  }
  return {};
}

QString cueLegendText(Cue cue) {
  switch (cue) {
    case Cue::Stated:
      return TradeChart::tr("as stated");
    case Cue::About:
      return TradeChart::tr("about");
    case Cue::UpperBound:
      return TradeChart::tr("nearly / less than");
    case Cue::LowerBound:
      return TradeChart::tr("over");
  }
  return {};
}

QString millions(double value) {
  return TradeChart::tr("US$%1 million").arg(QLocale().toString(value, 'f', QLocale::FloatingPointShortest));
}

// The fractional year of a day: 1 July of a common year is year + 181/365.
qreal fractionalYear(DayNumber day) {
  const CivilDate date = gregorianFromDays(day);
  const DayNumber start = daysFromGregorian(date.year, 1, 1);
  const DayNumber length = isGregorianLeapYear(date.year) ? 366 : 365;
  return static_cast<qreal>(date.year) + static_cast<qreal>(day - start) / static_cast<qreal>(length);
}

}  // namespace

// --- legend ----------------------------------------------------------------------------------

/// A compact legend under the chart: entries flow in rows and wrap; when they would take more
/// than a few rows the rest is summed up in a "+N more" entry whose tooltip lists them.
/// QChart's own legend would give every segment and point group its own row.
class TradeChartLegend : public QWidget {
 public:
  struct Entry {
    enum class Glyph { None, Line, DashedLine, Marker };
    Glyph glyph = Glyph::None;
    QColor colour;
    QImage marker;
    QString text;
    QString toolTip;
    bool newRow = false;   ///< starts a row
    bool heading = false;  ///< a muted label ("Sources:")
  };

  explicit TradeChartLegend(QWidget* parent) : QWidget(parent) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    setFont(small);
  }

  void setEntries(std::vector<Entry> entries) {
    m_entries = std::move(entries);
    updateGeometry();
    update();
  }
  [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return m_entries; }

  [[nodiscard]] bool hasHeightForWidth() const override { return true; }
  [[nodiscard]] int heightForWidth(int width) const override { return layout(width).height; }
  [[nodiscard]] QSize sizeHint() const override { return {400, heightForWidth(400)}; }
  [[nodiscard]] QSize minimumSizeHint() const override { return {100, rowHeight()}; }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout placed = layout(width());
    for (const Placed& item : placed.items) {
      const Entry& entry = item.index >= 0 ? m_entries[static_cast<std::size_t>(item.index)] : m_more;
      drawGlyph(painter, entry, item.glyph);
      painter.setPen(entry.heading ? palette::mutedText() : palette::text());
      painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, item.shownText);
    }
  }

  bool event(QEvent* event) override {
    if (event->type() == QEvent::ToolTip) {
      auto* help = static_cast<QHelpEvent*>(event);
      const Layout placed = layout(width());
      for (const Placed& item : placed.items) {
        if (!item.whole.contains(help->pos())) continue;
        const Entry& entry = item.index >= 0 ? m_entries[static_cast<std::size_t>(item.index)] : m_more;
        if (!entry.toolTip.isEmpty()) {
          QToolTip::showText(help->globalPos(), entry.toolTip, this, item.whole);
          return true;
        }
      }
      QToolTip::hideText();
      event->ignore();
      return true;
    }
    return QWidget::event(event);
  }

 private:
  struct Placed {
    int index = -1;  // into m_entries; -1 for the "+N more" entry
    QRectF glyph;
    QRectF text;
    QRect whole;
    QString shownText;
  };
  struct Layout {
    std::vector<Placed> items;
    int height = 0;
  };

  static constexpr int kMaxRows = 3;
  static constexpr qreal kGlyphWidth = 20;
  static constexpr qreal kGap = 4;
  static constexpr qreal kSpacing = 12;

  [[nodiscard]] int rowHeight() const { return fontMetrics().height() + 4; }

  [[nodiscard]] QString fullText(std::size_t index) const {
    const Entry& entry = m_entries[index];
    return entry.toolTip.isEmpty() ? entry.text : entry.toolTip;
  }

  [[nodiscard]] Layout layout(int width) const {
    Layout result;
    const QFontMetricsF metrics(font());
    const qreal rowH = rowHeight();
    const qreal available = std::max<qreal>(width - 4, 60);
    constexpr qreal kLeft = 2;
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
    if (i < m_entries.size()) {
      // Fold what does not fit into a "+N more" entry at the end of the last row, making
      // room for it by folding the last entries of that row too.
      std::vector<std::size_t> folded;
      for (std::size_t j = i; j < m_entries.size(); ++j)
        if (!m_entries[j].heading) folded.push_back(j);
      const qreal moreWidth = metrics.horizontalAdvance(TradeChart::tr("+%1 more").arg(99));
      const qreal lastTop = (kMaxRows - 1) * rowH;
      while (!result.items.empty() && result.items.back().whole.top() >= lastTop - 0.5 &&
             result.items.back().whole.right() > available - moreWidth - kSpacing) {
        const auto index = static_cast<std::size_t>(result.items.back().index);
        if (!m_entries[index].heading) folded.insert(folded.begin(), index);
        result.items.pop_back();
      }
      QStringList texts;
      for (std::size_t index : folded) texts << fullText(index);
      m_more.text = TradeChart::tr("+%1 more").arg(folded.size());
      m_more.toolTip = texts.join(QStringLiteral("\n\n"));
      Placed more;
      more.index = -1;
      more.shownText = m_more.text;
      const qreal moreX = result.items.empty() || result.items.back().whole.top() < lastTop - 0.5
                              ? kLeft
                              : result.items.back().whole.right() + kSpacing;
      more.text = QRectF(moreX, lastTop, metrics.horizontalAdvance(more.shownText) + 1, rowH);
      more.whole = more.text.toAlignedRect();
      result.items.push_back(more);
      row = kMaxRows - 1;
    }
    result.height = m_entries.empty() ? 0 : static_cast<int>((row + 1) * rowH);
    return result;
  }

  static void drawGlyph(QPainter& painter, const Entry& entry, const QRectF& rect) {
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

  std::vector<Entry> m_entries;
  mutable Entry m_more;  // the "+N more" entry of the last layout
};

// --- TradeChart ---------------------------------------------------------------------------

struct TradeChart::Figure {
  qreal x = 0;
  double value = 0;
  bool drawn = true;  // false: a zero left out on the logarithmic scale
  const TradeObservation* observation = nullptr;
  TradeFlow flow = TradeFlow::Total;
  std::string sourceId;
};

struct TradeChart::Band {
  std::string partnerId;
  qreal from = 0;  // years
  qreal to = 0;
};

TradeChart::TradeChart(TimeController& controller, const AtlasDocument& document,
                       const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_document(document), m_settings(settings) {
  m_chart = new QChart;
  m_chart->legend()->hide();
  m_chart->setBackgroundRoundness(0);
  m_chart->layout()->setContentsMargins(0, 0, 0, 0);
  QFont chartFont = font();
  chartFont.setPointSizeF(chartFont.pointSizeF() * 0.9);
  m_chart->setFont(chartFont);

  m_view = new QChartView(m_chart, this);
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setFrameShape(QFrame::NoFrame);
  m_view->setMinimumHeight(140);
  m_view->viewport()->installEventFilter(this);
  m_view->viewport()->setMouseTracking(true);
  m_view->viewport()->setCursor(Qt::CrossCursor);
  m_view->setToolTip(QString());  // tooltips come from eventFilter()

  m_cursor = new QGraphicsLineItem(m_chart);
  QPen cursorPen(palette::highlight(), 2.0);
  cursorPen.setCapStyle(Qt::FlatCap);
  m_cursor->setPen(cursorPen);
  m_cursor->setZValue(10);  // above the series

  // The scale toggle sits in the strip above the plot, next to the partners' names, so that
  // the legend below can use the full width.
  m_logToggle = new QCheckBox(tr("Log scale"), m_view->viewport());
  m_logToggle->setFont(chartFont);
  m_logToggle->setToolTip(tr("Logarithmic value axis; zero values cannot be drawn on it and are left out"));
  m_logToggle->adjustSize();
  connect(m_logToggle, &QCheckBox::toggled, this, &TradeChart::setLogarithmic);
  const int header = std::max(QFontMetrics(chartFont).height() + 4, m_logToggle->sizeHint().height());
  m_chart->setMargins(QMargins(2, header + 2, 8, 0));

  m_legend = new TradeChartLegend(this);
  // The legend continues the chart's white page rather than the window's grey.
  setAutoFillBackground(true);
  QPalette page = palette();
  page.setColor(QPalette::Window, Qt::white);
  setPalette(page);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addWidget(m_view, 1);
  auto* bottom = new QHBoxLayout;
  bottom->setContentsMargins(6, 0, 6, 2);
  bottom->addWidget(m_legend, 1);
  layout->addLayout(bottom);

  connect(&document, &AtlasDocument::datasetChanged, this, &TradeChart::rebuild);
  connect(&settings, &DisplaySettings::languageChanged, this, &TradeChart::rebuild);
  connect(&controller, &TimeController::currentDayChanged, this, &TradeChart::updateYearCursorFromController);
  connect(m_chart, &QChart::plotAreaChanged, this, &TradeChart::updateOverlay);
  connect(m_chart, &QGraphicsWidget::geometryChanged, this, &TradeChart::updateOverlay);

  m_cursorYear = fractionalYear(controller.currentDay());
  rebuild();
}

TradeChart::~TradeChart() = default;

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
  m_chart->removeAllSeries();
  for (QAbstractAxis* axis : m_chart->axes()) {
    m_chart->removeAxis(axis);
    delete axis;
  }
  m_xAxis = m_yAxis = nullptr;
  m_series.clear();
  m_figures.clear();
  m_bands.clear();
  m_hiddenZeros = 0;

  const Dataset* dataset = m_document.dataset();
  const std::vector<TradeSeries> all = dataset ? dataset->tradeSeries() : std::vector<TradeSeries>{};

  // Ranges first: the axes are built before the series so that each series attaches once.
  int firstYear = 0;
  int lastYear = 0;
  double maxValue = 0;
  double minPositive = 0;
  bool any = false;
  for (const TradeSeries& series : all)
    for (const TradeSeriesPoint& point : series.points) {
      if (!point.value) continue;
      firstYear = any ? std::min(firstYear, point.year) : point.year;
      lastYear = any ? std::max(lastYear, point.year) : point.year;
      any = true;
      maxValue = std::max(maxValue, *point.value);
      if (*point.value > 0)
        minPositive = minPositive > 0 ? std::min(minPositive, *point.value) : *point.value;
    }
  m_xMin = any ? firstYear : 1850;
  m_xMax = any ? lastYear + 1 : 2025;

  auto* xAxis = new QValueAxis;
  xAxis->setRange(m_xMin, m_xMax);
  xAxis->setLabelFormat(QStringLiteral("%d"));  // years: no digit grouping
  xAxis->setTickType(QValueAxis::TicksDynamic);
  xAxis->setTickAnchor(1900);
  xAxis->setTickInterval(20);
  xAxis->setGridLineColor(QColor(0xE4, 0xE4, 0xE4));
  xAxis->setLabelsColor(palette::mutedText());
  m_chart->addAxis(xAxis, Qt::AlignBottom);
  m_xAxis = xAxis;

  const QString unit = tr("US$ million (current)");
  if (m_logarithmic) {
    auto* yAxis = new QLogValueAxis;
    yAxis->setBase(10);
    const double low = minPositive > 0 ? std::pow(10.0, std::floor(std::log10(minPositive))) : 1.0;
    const double high = maxValue > 0 ? std::pow(10.0, std::ceil(std::log10(maxValue))) : 10.0;
    yAxis->setRange(low, std::max(high, low * 10));
    yAxis->setLabelFormat(QStringLiteral("%'.0f"));
    yAxis->setMinorTickCount(8);
    yAxis->setMinorGridLineVisible(false);  // a grid line per decade is enough to read it
    yAxis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    yAxis->setLabelsColor(palette::mutedText());
    yAxis->setTitleText(unit + tr(", log scale"));
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_yAxis = yAxis;
    m_yMin = yAxis->min();
    m_yMax = yAxis->max();
  } else {
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, maxValue > 0 ? maxValue * 1.04 : 1.0);
    yAxis->setTickCount(5);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%'.0f"));  // "40,000"
    yAxis->setMinorTickCount(0);
    yAxis->setGridLineColor(QColor(0xE4, 0xE4, 0xE4));
    yAxis->setLabelsColor(palette::mutedText());
    yAxis->setTitleText(unit);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_yAxis = yAxis;
    m_yMin = yAxis->min();
    m_yMax = yAxis->max();
  }
  QFont titleFont = m_chart->font();
  titleFont.setBold(false);
  m_yAxis->setTitleFont(titleFont);
  m_yAxis->setTitleBrush(palette::mutedText());

  const auto addSeries = [this](QXYSeries* series, const SeriesInfo& info) {
    m_chart->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    SeriesInfo stored = info;
    stored.series = series;
    m_series.push_back(stored);
  };

  // Partner per year, from the figures themselves (the partner "of the time").
  std::map<int, std::string> partnerByYear;
  std::set<Cue> cuesUsed;
  bool anyDerived = false;
  std::vector<const TradeSeries*> prose;

  for (const TradeSeries& series : all) {
    for (const TradeSeriesPoint& point : series.points)
      if (point.observation) partnerByYear.try_emplace(point.year, point.observation->partnerStateId);
    if (!series.annual) {
      prose.push_back(&series);
      continue;
    }
    // One QLineSeries per unbroken run: a missing year (or, on the log scale, a zero)
    // ends the run, so that no segment is drawn across a year without a figure.
    QLineSeries* run = nullptr;
    bool runDerived = false;
    std::optional<QPointF> previous;
    const auto finishRun = [&] {
      if (run && run->count() == 1) run->setPointsVisible(true);  // a lone year is a dot
      run = nullptr;
    };
    const auto startRun = [&](bool derived) {
      run = new QLineSeries;
      QPen pen(flowColour(series.flow), kLineWidth, Qt::SolidLine, Qt::FlatCap);
      if (derived) pen.setDashPattern({3.0, 2.0});
      pen.setJoinStyle(Qt::RoundJoin);
      run->setPen(pen);
      run->setMarkerSize(4);  // a lone year: smaller than the points of prose figures
      run->setName(flowName(series.flow));
      runDerived = derived;
      addSeries(run, {nullptr, qs(series.sourceId), series.flow, true, derived, TradeBound::Exact});
    };
    for (const TradeSeriesPoint& point : series.points) {
      if (!point.value) {
        finishRun();
        previous.reset();
        continue;
      }
      const qreal x = yearCentre(point.year);
      const bool zeroOnLog = m_logarithmic && *point.value <= 0;
      m_figures.push_back({x, *point.value, !zeroOnLog, point.observation, series.flow, series.sourceId});
      if (zeroOnLog) {
        ++m_hiddenZeros;
        finishRun();
        previous.reset();
        continue;
      }
      const bool derived = point.observation && point.observation->derived;
      anyDerived = anyDerived || derived;
      if (run && derived != runDerived) {
        // The style changes here; the new run starts at the previous year so the line stays joined.
        finishRun();
        startRun(derived);
        if (previous) run->append(*previous);
      } else if (!run) {
        startRun(derived);
      }
      const QPointF here(x, *point.value);
      run->append(here);
      previous = here;
    }
    finishRun();
  }

  // Prose figures: one scatter series per (source, flow, bound, derived), so that each group
  // carries its own marker.
  for (const TradeSeries* series : prose) {
    std::map<std::pair<TradeBound, bool>, QScatterSeries*> groups;
    for (const TradeSeriesPoint& point : series->points) {
      if (!point.value || !point.observation) continue;
      const TradeObservation& observation = *point.observation;
      const qreal x = yearCentre(point.year);
      const bool zeroOnLog = m_logarithmic && *point.value <= 0;
      m_figures.push_back({x, *point.value, !zeroOnLog, &observation, series->flow, series->sourceId});
      if (zeroOnLog) {
        ++m_hiddenZeros;
        continue;
      }
      const auto key = std::make_pair(observation.bound, observation.derived);
      QScatterSeries*& group = groups[key];
      if (!group) {
        group = new QScatterSeries;
        const Cue cue = cueOf(observation.bound);
        cuesUsed.insert(cue);
        anyDerived = anyDerived || observation.derived;
        group->setLightMarker(markerImage(cue, flowColour(series->flow), observation.derived));
        group->setMarkerSize(kMarkerSize);
        group->setName(flowName(series->flow));
        addSeries(group, {nullptr, qs(series->sourceId), series->flow, false, observation.derived,
                          observation.bound});
      }
      group->append(x, *point.value);
    }
  }

  // Partner bands: consecutive years with the same partner, from the first year to the last.
  for (const auto& [year, partner] : partnerByYear) {
    if (!m_bands.empty() && m_bands.back().partnerId == partner) {
      m_bands.back().to = year + 1;
    } else {
      if (!m_bands.empty()) m_bands.back().to = year;  // a gap in the data goes to the earlier partner
      m_bands.push_back({partner, static_cast<qreal>(year), static_cast<qreal>(year + 1)});
    }
  }
  if (!m_bands.empty()) {
    m_bands.front().from = m_xMin;
    m_bands.back().to = m_xMax;
  }
  for (QGraphicsRectItem* item : m_bandItems) delete item;
  for (QGraphicsSimpleTextItem* item : m_bandLabels) delete item;
  m_bandItems.clear();
  m_bandLabels.clear();
  for (std::size_t i = 0; i < m_bands.size(); ++i) {
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

  // The legend: flows and marks first, then the sources, then notes.
  std::vector<TradeChartLegend::Entry> entries;
  using Glyph = TradeChartLegend::Entry::Glyph;
  std::set<TradeFlow> flows;
  for (const SeriesInfo& info : m_series) flows.insert(info.flow);
  for (TradeFlow flow : {TradeFlow::JapanExports, TradeFlow::JapanImports, TradeFlow::Total})
    if (flows.count(flow))
      entries.push_back({Glyph::Line, flowColour(flow), {}, flowName(flow), {}, false, false});
  const QColor key = palette::mutedText();
  if (anyDerived)
    entries.push_back({Glyph::DashedLine,
                       key,
                       {},
                       tr("summed here"),
                       tr("Totals computed in the dataset from the two flows, not stated by the source"),
                       false,
                       false});
  for (Cue cue : {Cue::Stated, Cue::About, Cue::UpperBound, Cue::LowerBound})
    if (cuesUsed.count(cue))
      entries.push_back(
          {Glyph::Marker, key, markerImage(cue, key, false), cueLegendText(cue), {}, false, false});
  if (m_logarithmic && m_hiddenZeros > 0)
    entries.push_back({Glyph::None,
                       {},
                       {},
                       tr("(log scale: %1 zero values not drawn)").arg(m_hiddenZeros),
                       tr("A logarithmic scale cannot show zero; hover a year to read its figures"),
                       false,
                       true});

  // Sources: the annual series first, then the others in the order of their first figure.
  struct LegendSource {
    std::string id;
    bool annual = false;
    qreal firstYear = 0;
  };
  std::vector<LegendSource> legendSources;
  for (const SeriesInfo& info : m_series) {
    const std::string id = info.sourceId.toStdString();
    auto found = std::find_if(legendSources.begin(), legendSources.end(),
                              [&](const LegendSource& source) { return source.id == id; });
    const qreal first = info.series->count() > 0 ? info.series->at(0).x() : m_xMax;
    if (found == legendSources.end()) {
      legendSources.push_back({id, info.annual, first});
    } else {
      found->annual = found->annual || info.annual;
      found->firstYear = std::min(found->firstYear, first);
    }
  }
  std::stable_sort(legendSources.begin(), legendSources.end(),
                   [](const LegendSource& a, const LegendSource& b) {
                     if (a.annual != b.annual) return a.annual;
                     return a.firstYear < b.firstYear;
                   });
  if (!legendSources.empty()) entries.push_back({Glyph::None, {}, {}, tr("Sources:"), {}, true, true});
  for (const LegendSource& legendSource : legendSources) {
    const Source* source = dataset->source(legendSource.id);
    QString tip = source ? qs(source->citation) : qs(legendSource.id);
    tip += legendSource.annual ? tr("\n(annual series, drawn as lines)")
                               : tr("\n(figures from the text, drawn as points)");
    entries.push_back({legendSource.annual ? Glyph::Line : Glyph::Marker, key,
                       legendSource.annual ? QImage() : markerImage(Cue::Stated, key, false),
                       source ? panel_text::shortCitation(source->citation) : qs(legendSource.id), tip, false,
                       false});
  }
  if (m_series.empty())
    entries.push_back({Glyph::None, {}, {}, tr("No trade figures in this dataset."), {}, true, true});
  m_legend->setEntries(std::move(entries));

  updateOverlay();
}

QPointF TradeChart::chartPosition(qreal x, qreal value) const {
  const QRectF plot = m_chart->plotArea();
  const qreal px = plot.left() + (x - m_xMin) / (m_xMax - m_xMin) * plot.width();
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
  return m_xMin + (chartX - plot.left()) / plot.width() * (m_xMax - m_xMin);
}

QPointF TradeChart::viewportPosition(qreal x, qreal value) const {
  const QPointF scene = m_chart->mapToScene(chartPosition(x, value));
  return m_view->mapFromScene(scene);
}

qreal TradeChart::cursorViewportX() const {
  if (!m_cursor->isVisible()) return -1;
  return m_view->mapFromScene(m_cursor->mapToScene(m_cursor->line().p1())).x();
}

void TradeChart::updateOverlay() {
  const QRectF plot = m_chart->plotArea();
  if (plot.width() <= 0) return;
  // Ticks every 10 years when there is room, else every 20 or 50.
  const qreal perDecade = plot.width() / (m_xMax - m_xMin) * 10;
  const qreal interval = perDecade >= 45 ? 10 : (perDecade >= 22 ? 20 : 50);
  auto* xAxis = static_cast<QValueAxis*>(m_xAxis);
  if (xAxis && xAxis->tickInterval() != interval) xAxis->setTickInterval(interval);

  // The partners' names in the strip above the plot, each over its shaded years; the last
  // one leaves room for the scale toggle at the right.
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
  const QFontMetricsF metrics(m_bandLabels.empty() ? m_chart->font() : m_bandLabels.front()->font());
  const Dataset* dataset = m_document.dataset();
  for (std::size_t i = 0; i < m_bands.size(); ++i) {
    const Band& band = m_bands[i];
    const qreal left = chartPosition(band.from, m_yMin).x();
    const qreal right = chartPosition(band.to, m_yMin).x();
    m_bandItems[i]->setRect(QRectF(QPointF(left, plot.top() - header + 2), QPointF(right, plot.bottom())));
    const QString name =
        dataset ? panel_text::stateName(*dataset, band.partnerId, m_settings.language()) : qs(band.partnerId);
    const qreal room = std::min(right, toggleLeft) - left - 8;
    m_bandLabels[i]->setText(metrics.elidedText(name, Qt::ElideRight, std::max<qreal>(room, 0)));
    m_bandLabels[i]->setPos(left + 4, plot.top() - header + 2 + (header - 2 - metrics.height()) / 2);
  }
  updateCursor();
}

void TradeChart::updateYearCursorFromController(DayNumber day) {
  m_cursorYear = fractionalYear(day);
  updateCursor();
}

void TradeChart::updateCursor() {
  const QRectF plot = m_chart->plotArea();
  if (m_cursorYear < m_xMin || m_cursorYear > m_xMax || plot.width() <= 0) {
    m_cursor->hide();
    return;
  }
  // On a whole pixel, so that the 2-pixel line stays sharp instead of smeared over three.
  const qreal x = std::round(chartPosition(m_cursorYear, m_yMin).x());
  m_cursor->setLine(QLineF(x, plot.top(), x, plot.bottom()));
  m_cursor->show();
}

void TradeChart::setDateFromViewport(const QPoint& position) {
  const QPointF chartPoint = m_chart->mapFromScene(m_view->mapToScene(position));
  if (!m_chart->plotArea().contains(chartPoint)) return;
  const qreal year = yearAtChartX(chartPoint.x());
  m_controller.setCurrentDay(clickDay(static_cast<int>(std::floor(year))));
}

QString TradeChart::toolTipAt(const QPoint& viewportPosition) const {
  const Dataset* dataset = m_document.dataset();
  if (!dataset || m_figures.empty()) return {};
  const QPointF pointer = m_view->mapToScene(viewportPosition);
  const QPointF chartPointer = m_chart->mapFromScene(pointer);
  const QRectF plot = m_chart->plotArea();
  // Over the partners' strip: the partner and its years (the name may be elided there).
  const qreal header = m_chart->margins().top();
  if (chartPointer.y() < plot.top() && chartPointer.y() >= plot.top() - header) {
    const qreal year = yearAtChartX(chartPointer.x());
    for (const Band& band : m_bands)
      if (year >= band.from && year < band.to)
        return tr("Trade partner %1–%2: %3")
            .arg(static_cast<int>(std::ceil(band.from)))
            .arg(static_cast<int>(std::ceil(band.to)) - 1)
            .arg(panel_text::stateName(*dataset, band.partnerId, m_settings.language()));
    return {};
  }
  if (!plot.adjusted(-kHitRadius, -kHitRadius, kHitRadius, kHitRadius).contains(chartPointer)) return {};

  // Every figure within reach, nearest first; figures at the same spot are listed together.
  std::vector<std::pair<qreal, const Figure*>> near;
  for (const Figure& figure : m_figures) {
    const QPointF at = chartPosition(figure.x, figure.drawn ? figure.value : m_yMin);
    const qreal distance =
        std::hypot(at.x() - chartPointer.x(), figure.drawn ? at.y() - chartPointer.y() : 0.0);
    // Zeros left out on the log scale answer anywhere in their year's column.
    const qreal reach = figure.drawn ? kHitRadius : plot.width() / (m_xMax - m_xMin) / 2;
    if (distance <= reach) near.emplace_back(distance, &figure);
  }
  if (near.empty()) return {};
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  const Language lang = m_settings.language();
  QStringList blocks;
  constexpr std::size_t kMaxListed = 4;
  for (std::size_t i = 0; i < near.size() && i < kMaxListed; ++i) {
    const Figure& figure = *near[i].second;
    const TradeObservation* observation = figure.observation;
    const int year = static_cast<int>(std::floor(figure.x));
    const QString partner = observation
                                ? panel_text::stateNameInSentence(*dataset, observation->partnerStateId, lang)
                                : tr("the partner");
    QString heading;
    switch (figure.flow) {
      case TradeFlow::JapanExports:
        heading = tr("Japan's exports to %1").arg(partner);
        break;
      case TradeFlow::JapanImports:
        heading = tr("Japan's imports from %1").arg(partner);
        break;
      case TradeFlow::Total:
        heading = tr("Trade between Japan and %1, both ways").arg(partner);
        break;
    }
    QString value = millions(figure.value);
    const TradeBound bound = observation ? observation->bound : TradeBound::Exact;
    if (bound != TradeBound::Exact) value = boundWords(bound) + QLatin1Char(' ') + value;
    QStringList qualities;
    if (bound == TradeBound::Nearly || bound == TradeBound::LessThan)
      qualities << tr("an upper bound: the true figure is below it");
    if (bound == TradeBound::Over) qualities << tr("a lower bound: the true figure is above it");
    if (bound == TradeBound::About) qualities << tr("an approximate figure");
    if (observation && observation->approximate && bound == TradeBound::Exact)
      qualities << tr("rounded or converted");
    if (observation && observation->derived) qualities << tr("summed here, not stated by the source");
    if (observation && observation->yearUncertain)
      qualities << tr("year inferred: the source dates it loosely");
    if (!figure.drawn) qualities << tr("zero: not drawn on the logarithmic scale");

    const Source* source = dataset->source(figure.sourceId);
    QString block = QStringLiteral("<b>%1</b> · %2<br/><b>%3</b>")
                        .arg(year)
                        .arg(heading.toHtmlEscaped(), value.toHtmlEscaped());
    if (!qualities.isEmpty())
      block += QStringLiteral(" (") + qualities.join(QStringLiteral("; ")).toHtmlEscaped() + QLatin1Char(')');
    block += QStringLiteral("<br/><span style=\"color:#5c636a\">%1 %2</span>")
                 .arg(tr("Source:"), (source ? qs(source->citation) : qs(figure.sourceId)).toHtmlEscaped());
    if (observation && !observation->note.empty() && figure.drawn && !near.empty() && near.size() <= 2)
      block += QStringLiteral("<br/><i>%1</i>").arg(qs(observation->note).toHtmlEscaped());
    blocks << block;
  }
  if (near.size() > kMaxListed) blocks << tr("… and %1 more figures here").arg(near.size() - kMaxListed);
  return QStringLiteral("<p style=\"white-space:normal\">") + blocks.join(QStringLiteral("<hr/>")) +
         QStringLiteral("</p>");
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
