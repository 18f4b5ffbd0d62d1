// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/trade_chart_data.h"
#include "okhotsk/calendar.h"
#include "okhotsk/model.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QSplitter;
class QToolButton;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QChart;
class QChartView;
class QAbstractAxis;
class QXYSeries;
class QFont;

namespace okhotsk::app {

class AtlasDocument;
class CachedChartView;
class DisplaySettings;
class TimeController;
class TradeChartLegend;
class TradeTableView;

/// Japan's trade with Russia / the USSR per year (exports, imports, total, US$ million),
/// one series per source and flow, with the partner state of each period shaded and named
/// along the top of the plot and a cursor at the controller's date.
///
/// How the figures are drawn:
/// - a source with a figure for most years (TradeSeries::annual, e.g. Correlates of War) is
///   a line that breaks at missing years — each unbroken run is its own QLineSeries, so
///   nothing is interpolated across a gap; totals summed here (derived) are dashed;
/// - a figure stated in prose is a point whose marker shows how the source states it:
///   filled (as stated), hollow (about), a bar with ▼ under it (nearly / less than: an
///   upper bound), a bar with ▲ over it (over: a lower bound); derived points are outlined
///   with a dashed line;
/// - a year's figure is drawn at the middle of that year (x = year + 0.5), where the
///   cursor stands on 1 July; clicking the plot sets the controller to 1 July of the
///   clicked year, so the cursor lands on that year's figures.
/// - on the logarithmic scale zeros cannot be drawn; they are left out (the line breaks) and
///   the legend says how many; hovering their year still reports them.
///
/// Series are rebuilt only when the dataset, the language or the scale changes; a new
/// catalogue (QEvent::LanguageChange) only sets the words again. The view draws its scene
/// (axes, bands, series) into a cached picture once per change of the scene, its size or its
/// device pixel ratio; the cursor is not in the scene but drawn over that picture, so that a
/// date change repaints the strips the cursor leaves and enters from the picture, and nothing
/// else. Owns the chart, its view and the legend; the controller, document and settings belong
/// to the session.
///
/// What is drawn is worked out without widgets in trade_chart_data.h; this class turns it
/// into QtCharts objects, with markers from trade_markers.h, the legend in
/// trade_chart_legend.h and the hover text from trade_tooltip.h.
class TradeChart : public QWidget {
  Q_OBJECT

 public:
  /// One drawn series: which source and flow it shows, and how.
  struct SeriesInfo {
    QXYSeries* series = nullptr;
    QString sourceId;
    TradeFlow flow = TradeFlow::Total;
    bool annual = false;                   ///< a line segment of an annual series; else points from prose
    bool derived = false;                  ///< summed here rather than stated (dashed)
    TradeBound bound = TradeBound::Exact;  ///< for points: how the source states them
  };

  TradeChart(TimeController& controller, const AtlasDocument& document, const DisplaySettings& settings,
             QWidget* parent = nullptr);
  ~TradeChart() override;

  [[nodiscard]] QChart* chart() const noexcept { return m_chart; }
  [[nodiscard]] QChartView* chartView() const noexcept;

  /// The figures as a table beside the chart (hidden until the Table toggle shows it).
  [[nodiscard]] TradeTableView* tableView() const noexcept { return m_table; }
  [[nodiscard]] QToolButton* tableToggle() const noexcept { return m_tableToggle; }
  [[nodiscard]] bool isTableShown() const;
  void setTableShown(bool shown);

  [[nodiscard]] bool isLogarithmic() const noexcept { return m_logarithmic; }
  void setLogarithmic(bool logarithmic);

  /// The year the cursor is at, with the fraction of the year elapsed (1 July 1956 ≈ 1956.5).
  [[nodiscard]] qreal cursorYear() const noexcept { return m_cursorYear; }
  /// The cursor's x in the view's viewport, or a negative value when it is off the plot.
  [[nodiscard]] qreal cursorViewportX() const;

  /// How many times the view drew its scene into the cached picture (see the class comment):
  /// a date change alone draws none.
  [[nodiscard]] int pictureBuildCount() const noexcept;
  /// With false, the view paints its scene afresh on every paint, as a plain QChartView does,
  /// instead of from the cached picture (to compare the two).
  void setPictureCacheEnabled(bool enabled);

  /// Every drawn series (line segments first, then point groups).
  [[nodiscard]] const std::vector<SeriesInfo>& seriesInfo() const noexcept { return m_series; }
  /// The series drawn for one source (all flows; several segments for a broken line).
  [[nodiscard]] QList<QXYSeries*> seriesForSource(const QString& sourceId) const;
  /// The ids of the sources drawn, in legend order.
  [[nodiscard]] QStringList sourceIds() const;
  /// The legend's texts, in order (flows, marks, sources, notes).
  [[nodiscard]] QStringList legendTexts() const;
  /// Zero values left out on the logarithmic scale.
  [[nodiscard]] int hiddenZeroCount() const noexcept { return m_data.hiddenZeros; }

  /// Where a figure (x in years, y in US$ million) is drawn, in viewport pixels.
  [[nodiscard]] QPointF viewportPosition(qreal x, qreal value) const;
  /// The tooltip shown at a viewport position ("" when no figure is near it).
  [[nodiscard]] QString toolTipAt(const QPoint& viewportPosition) const;
  /// The x of a year's figure: the middle of the year.
  [[nodiscard]] static qreal yearCentre(int year) noexcept { return tradeYearCentre(year); }
  /// The day a click on year `year` moves the controller to: 1 July.
  [[nodiscard]] static DayNumber clickDay(int year) noexcept { return daysFromGregorian(year, 7, 1); }

 Q_SIGNALS:
  void logarithmicChanged(bool logarithmic);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  /// Sets the chart's words in the interface's language: the scale toggle, the value axis'
  /// title, the series' names and the legend. The series themselves stay.
  void retranslate();
  void setUpChart();
  void setUpView(const QFont& chartFont);
  void setUpLayout();
  void rebuild();
  void clearChart();
  void addAxes();
  void addYAxis();
  void addSeries(QXYSeries* series, const TradeChartSeries& drawn);
  void addLine(const TradeChartSeries& run);
  void addPoints(const TradeChartSeries& group);
  void rebuildBands();
  void updateOverlay();
  void updateBandLabels(qreal toggleLeft);
  void fitXRange(qreal plotWidth);
  void updateCursor();
  void updateYearCursorFromController(DayNumber day);
  void setDateFromViewport(const QPoint& position);
  [[nodiscard]] QPointF chartPosition(qreal x, qreal value) const;
  [[nodiscard]] qreal yearAtChartX(qreal chartX) const;
  [[nodiscard]] std::vector<const TradeFigure*> figuresNear(const QPointF& chartPointer) const;

  TimeController& m_controller;
  const AtlasDocument& m_document;
  const DisplaySettings& m_settings;

  QChart* m_chart = nullptr;
  CachedChartView* m_view = nullptr;
  TradeChartLegend* m_legend = nullptr;
  QCheckBox* m_logToggle = nullptr;
  QSplitter* m_splitter = nullptr;
  TradeTableView* m_table = nullptr;
  QToolButton* m_tableToggle = nullptr;
  QAbstractAxis* m_xAxis = nullptr;
  QAbstractAxis* m_yAxis = nullptr;
  std::vector<QGraphicsRectItem*> m_bandItems;
  std::vector<QGraphicsSimpleTextItem*> m_bandLabels;

  std::vector<SeriesInfo> m_series;
  TradeChartData m_data;  // what is drawn: series, figures, bands, x range
  qreal m_xAxisMin = 0;   // the years axis' range: the figures' years and room for markers
  qreal m_xAxisMax = 1;
  qreal m_yMin = 0;  // the vertical axis' range, after rounding to nice numbers
  qreal m_yMax = 1;
  qreal m_cursorYear = 0;
  bool m_logarithmic = false;
  bool m_dragging = false;
};

}  // namespace okhotsk::app
