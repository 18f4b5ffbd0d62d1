// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/model.h"

#include <QPointF>

#include <set>
#include <string>
#include <vector>

namespace okhotsk::app {

/// How a prose figure's marker looks: the bound decides the shape (see trade_markers.h).
enum class MarkerCue : unsigned char { Stated, About, UpperBound, LowerBound };
[[nodiscard]] MarkerCue markerCueOf(TradeBound bound) noexcept;

/// One series to draw: an unbroken run of an annual line, or a group of prose figures of
/// one source and flow that share a marker (same bound, same derived flag).
struct TradeChartSeries {
  std::string sourceId;
  TradeFlow flow = TradeFlow::Total;
  bool annual = false;                   ///< a run of an annual line; else prose points
  bool derived = false;                  ///< summed in the dataset rather than stated (dashed)
  TradeBound bound = TradeBound::Exact;  ///< for points: how the source states them
  std::vector<QPointF> points;           ///< x = the middle of the year, y = US$ million
  int shape = 0;                         ///< for points: their source's marker shape (see TradeLegendSource)
};

/// One figure, drawn or (a zero on the logarithmic scale) left out; what hovering reports.
struct TradeFigure {
  qreal x = 0;
  double value = 0;
  bool drawn = true;  ///< false: a zero left out on the logarithmic scale
  const TradeObservation* observation = nullptr;
  TradeFlow flow = TradeFlow::Total;
  std::string sourceId;
};

/// The years of one trade partner, shaded behind the plot and named above it.
struct PartnerBand {
  std::string partnerId;
  qreal from = 0;  ///< years; the first band starts at the axis' start
  qreal to = 0;    ///< the last band ends at the axis' end
};

/// A value range for the vertical axis, before the widget rounds it to nice numbers.
struct ValueRange {
  double min = 0;
  double max = 1;
};

/// A source as the legend lists it.
struct TradeLegendSource {
  std::string id;
  bool annual = false;  ///< drawn as a line somewhere
  qreal firstYear = 0;  ///< x of its first drawn figure
  /// A source of prose figures: its marker shape, 0, 1, 2 … in legend order, so that each
  /// such source is told apart in the chart and the legend (-1 for annual sources).
  int shape = -1;
};

/// Everything the trade chart draws, worked out from the dataset's trade series without any
/// widget: the series with their points, every figure for hovering, the partner bands, the
/// axis ranges, and what the legend must explain. Rebuilt when the dataset, the language or
/// the scale changes.
struct TradeChartData {
  std::vector<TradeChartSeries> series;    ///< annual runs first (in series order), then point groups
  std::vector<TradeFigure> figures;        ///< annual figures first, then prose figures
  std::vector<PartnerBand> bands;          ///< in time order, covering [xMin, xMax]
  qreal xMin = 1850;                       ///< the first year with a figure (or 1850 when none)
  qreal xMax = 2025;                       ///< the year after the last one with a figure
  ValueRange linear;                       ///< 0 to a little over the largest figure
  ValueRange logarithmic{1, 10};           ///< whole decades around the positive figures
  int hiddenZeros = 0;                     ///< zeros left out on the logarithmic scale
  bool anyDerived = false;                 ///< some drawn figure is summed rather than stated
  std::set<MarkerCue> cuesUsed;            ///< the markers the prose figures use
  std::vector<TradeLegendSource> sources;  ///< annual sources first, then by first figure
};

/// The x of a year's figure: the middle of the year.
[[nodiscard]] constexpr qreal tradeYearCentre(int year) noexcept {
  return year + 0.5;
}
/// The fractional year of a day: 1 July of a common year is year + 181/365.
[[nodiscard]] qreal fractionalYear(DayNumber day);

/// Builds what the chart draws from the dataset's trade series. On the logarithmic scale
/// zeros are not drawn (they break a line and are counted in hiddenZeros) but stay figures.
[[nodiscard]] TradeChartData buildTradeChartData(const std::vector<TradeSeries>& all, bool logarithmic);

}  // namespace okhotsk::app
