// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_chart_text.h"

#include <QLocale>

namespace okhotsk::app {

QString TradeChartText::flowName(TradeFlow flow) {
  switch (flow) {
    case TradeFlow::JapanExports:
      return tr("Japan's exports");
    case TradeFlow::JapanImports:
      return tr("Japan's imports");
    case TradeFlow::Total:
      return tr("Total trade");
  }
  return {};
}

QString TradeChartText::boundedValue(TradeBound bound, const QString& value) {
  switch (bound) {
    case TradeBound::Exact:
      return value;
    case TradeBound::Nearly:
      return tr("nearly %1", "a trade figure: an upper bound").arg(value);
    case TradeBound::Over:
      return tr("over %1", "a trade figure: a lower bound").arg(value);
    case TradeBound::LessThan:
      return tr("less than %1", "a trade figure: an upper bound").arg(value);
    case TradeBound::About:
      return tr("about %1", "a trade figure: approximate").arg(value);
    case TradeBound::BelowThreshold:
      return tr("below the series' reporting threshold, given as %1").arg(value);
  }
  return value;
}

QString TradeChartText::cueLegendText(MarkerCue cue) {
  switch (cue) {
    case MarkerCue::Stated:
      return tr("as stated");
    case MarkerCue::About:
      return tr("about");
    case MarkerCue::UpperBound:
      return tr("nearly / less than");
    case MarkerCue::LowerBound:
      return tr("over");
  }
  return {};
}

QString TradeChartText::millions(double value) {
  return tr("US$%1 million").arg(QLocale().toString(value, 'f', QLocale::FloatingPointShortest));
}

}  // namespace okhotsk::app
