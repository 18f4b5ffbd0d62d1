// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_tooltip.h"

#include "chart/trade_chart_text.h"
#include "text/panel_text.h"

#include <QStringList>

#include <cmath>

namespace okhotsk::app::trade_tooltip {

using panel_text::qs;

namespace {

QString heading(TradeFlow flow, const QString& partner) {
  switch (flow) {
    case TradeFlow::JapanExports:
      return TradeChartText::tr("Japan's exports to %1").arg(partner);
    case TradeFlow::JapanImports:
      return TradeChartText::tr("Japan's imports from %1").arg(partner);
    case TradeFlow::Total:
      return TradeChartText::tr("Trade between Japan and %1, both ways").arg(partner);
  }
  return {};
}

// What qualifies a figure: its bound, rounding, derivation, a loose year, a hidden zero.
QStringList qualities(const TradeFigure& figure, TradeBound bound) {
  const TradeObservation* observation = figure.observation;
  QStringList result;
  if (bound == TradeBound::Nearly || bound == TradeBound::LessThan)
    result << TradeChartText::tr("an upper bound: the true figure is below it");
  if (bound == TradeBound::Over) result << TradeChartText::tr("a lower bound: the true figure is above it");
  if (bound == TradeBound::About) result << TradeChartText::tr("an approximate figure");
  if (observation && observation->approximate && bound == TradeBound::Exact)
    result << TradeChartText::tr("rounded or converted");
  if (observation && observation->derived)
    result << TradeChartText::tr("summed here, not stated by the source");
  if (observation && observation->yearUncertain)
    result << TradeChartText::tr("year inferred: the source dates it loosely");
  if (!figure.drawn) result << TradeChartText::tr("zero: not drawn on the logarithmic scale");
  return result;
}

QString figureBlock(const TradeFigure& figure, const Dataset& dataset, Language language, bool withNote) {
  const TradeObservation* observation = figure.observation;
  const int year = static_cast<int>(std::floor(figure.x));
  const QString partner =
      observation ? panel_text::stateNameInSentence(dataset, observation->partnerStateId, language)
                  : TradeChartText::tr("the partner");
  const TradeBound bound = observation ? observation->bound : TradeBound::Exact;
  const QString value = TradeChartText::boundedValue(bound, TradeChartText::millions(figure.value));
  const QStringList qualified = qualities(figure, bound);

  const Source* source = dataset.source(figure.sourceId);
  QString block = QStringLiteral("<b>%1</b> · %2<br/><b>%3</b>")
                      .arg(year)
                      .arg(heading(figure.flow, partner).toHtmlEscaped(), value.toHtmlEscaped());
  if (!qualified.isEmpty())
    block += QStringLiteral(" (") + qualified.join(QStringLiteral("; ")).toHtmlEscaped() + QLatin1Char(')');
  block += QStringLiteral("<br/><span style=\"color:#5c636a\">%1 %2</span>")
               .arg(TradeChartText::tr("Source:"),
                    (source ? qs(source->citation) : qs(figure.sourceId)).toHtmlEscaped());
  if (withNote && observation && !observation->note.empty() && figure.drawn)
    block += QStringLiteral("<br/><i>%1</i>").arg(qs(observation->note).toHtmlEscaped());
  return block;
}

}  // namespace

QString bandText(const PartnerBand& band, const Dataset& dataset, Language language) {
  return TradeChartText::tr("Trade partner %1–%2: %3")
      .arg(static_cast<int>(std::ceil(band.from)))
      .arg(static_cast<int>(std::ceil(band.to)) - 1)
      .arg(panel_text::stateName(dataset, band.partnerId, language));
}

QString figuresText(const std::vector<const TradeFigure*>& nearestFirst, const Dataset& dataset,
                    Language language) {
  constexpr std::size_t kMaxListed = 4;
  // A figure's note only when it has room: one or two figures at the spot.
  const bool withNotes = !nearestFirst.empty() && nearestFirst.size() <= 2;
  QStringList blocks;
  for (std::size_t i = 0; i < nearestFirst.size() && i < kMaxListed; ++i)
    blocks << figureBlock(*nearestFirst[i], dataset, language, withNotes);
  if (nearestFirst.size() > kMaxListed)
    blocks << TradeChartText::tr("… and %1 more figures here").arg(nearestFirst.size() - kMaxListed);
  return QStringLiteral("<p style=\"white-space:normal\">") + blocks.join(QStringLiteral("<hr/>")) +
         QStringLiteral("</p>");
}

}  // namespace okhotsk::app::trade_tooltip
