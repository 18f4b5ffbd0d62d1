// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/trade_chart_data.h"
#include "okhotsk/model.h"

#include <QCoreApplication>
#include <QString>

namespace okhotsk::app {

/// The trade chart's words, shared by the widget, its legend and its tooltips. They keep the
/// translation context of the chart ("okhotsk::app::TradeChart") whichever file builds them.
class TradeChartText {
  Q_DECLARE_TR_FUNCTIONS(okhotsk::app::TradeChart)

 public:
  /// "Japan's exports", "Japan's imports", "Total trade".
  [[nodiscard]] static QString flowName(TradeFlow flow);
  /// A figure as its source bounds it: "nearly US$1,900 million", "over …"; the figure
  /// alone when it is exact.
  [[nodiscard]] static QString boundedValue(TradeBound bound, const QString& value);
  /// What a marker means, in the legend ("as stated", "about", …).
  [[nodiscard]] static QString cueLegendText(MarkerCue cue);
  /// "US$3,100 million", in the default locale.
  [[nodiscard]] static QString millions(double value);
};

}  // namespace okhotsk::app
