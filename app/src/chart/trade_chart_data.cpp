// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/trade_chart_data.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

namespace okhotsk::app {

MarkerCue markerCueOf(TradeBound bound) noexcept {
  switch (bound) {
    case TradeBound::Exact:
      return MarkerCue::Stated;
    case TradeBound::About:
      return MarkerCue::About;
    case TradeBound::Nearly:
    case TradeBound::LessThan:
    case TradeBound::BelowThreshold:  // a 0 standing for a flow under what the series reports
      return MarkerCue::UpperBound;
    case TradeBound::Over:
      return MarkerCue::LowerBound;
  }
  return MarkerCue::Stated;
}

qreal fractionalYear(DayNumber day) {
  const CivilDate date = gregorianFromDays(day);
  const DayNumber start = daysFromGregorian(date.year, 1, 1);
  const DayNumber length = isGregorianLeapYear(date.year) ? 366 : 365;
  return static_cast<qreal>(date.year) + static_cast<qreal>(day - start) / static_cast<qreal>(length);
}

namespace {

// The years and values of every figure: the axes are built before the series so that each
// series attaches once.
void setRanges(const std::vector<TradeSeries>& all, TradeChartData& data) {
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
  data.xMin = any ? firstYear : 1850;
  data.xMax = any ? lastYear + 1 : 2025;
  data.linear = {0, maxValue > 0 ? maxValue * 1.04 : 1.0};
  const double low = minPositive > 0 ? std::pow(10.0, std::floor(std::log10(minPositive))) : 1.0;
  const double high = maxValue > 0 ? std::pow(10.0, std::ceil(std::log10(maxValue))) : 10.0;
  data.logarithmic = {low, std::max(high, low * 10)};
}

// Partner bands: consecutive years with the same partner (the partner "of the time", from
// the figures themselves), the first from the axis' start, the last to its end.
std::vector<PartnerBand> partnerBands(const std::vector<TradeSeries>& all, qreal xMin, qreal xMax) {
  std::map<int, std::string> partnerByYear;
  for (const TradeSeries& series : all)
    for (const TradeSeriesPoint& point : series.points)
      if (point.observation) partnerByYear.try_emplace(point.year, point.observation->partnerStateId);
  std::vector<PartnerBand> bands;
  for (const auto& [year, partner] : partnerByYear) {
    if (!bands.empty() && bands.back().partnerId == partner) {
      bands.back().to = year + 1;
    } else {
      if (!bands.empty()) bands.back().to = year;  // a gap in the data goes to the earlier partner
      bands.push_back({partner, static_cast<qreal>(year), static_cast<qreal>(year + 1)});
    }
  }
  if (!bands.empty()) {
    bands.front().from = xMin;
    bands.back().to = xMax;
  }
  return bands;
}

// An annual series as runs: a missing year (or, on the log scale, a zero) ends the run, so
// that no segment is drawn across a year without a figure; a change between stated and
// derived starts a new run at the previous year, so that the line stays joined.
class AnnualRuns {
 public:
  AnnualRuns(const TradeSeries& series, bool logarithmic, TradeChartData& data)
      : m_series(series), m_logarithmic(logarithmic), m_data(data) {}

  void build() {
    for (const TradeSeriesPoint& point : m_series.points) {
      if (!point.value) {
        breakLine();
        continue;
      }
      const qreal x = tradeYearCentre(point.year);
      const bool zeroOnLog = m_logarithmic && *point.value <= 0;
      m_data.figures.push_back(
          {x, *point.value, !zeroOnLog, point.observation, m_series.flow, m_series.sourceId});
      if (zeroOnLog) {
        ++m_data.hiddenZeros;
        breakLine();
        continue;
      }
      append(QPointF(x, *point.value), point.observation && point.observation->derived);
    }
    finishRun();
  }

 private:
  void append(const QPointF& here, bool derived) {
    m_data.anyDerived = m_data.anyDerived || derived;
    if (m_open && derived != m_run.derived) {
      finishRun();
      startRun(derived);
      if (m_previous) m_run.points.push_back(*m_previous);
    } else if (!m_open) {
      startRun(derived);
    }
    m_run.points.push_back(here);
    m_previous = here;
  }
  void startRun(bool derived) {
    m_run = TradeChartSeries{m_series.sourceId, m_series.flow, true, derived, TradeBound::Exact, {}};
    m_open = true;
  }
  void finishRun() {
    if (m_open) m_data.series.push_back(std::move(m_run));
    m_run = {};
    m_open = false;
  }
  void breakLine() {
    finishRun();
    m_previous.reset();
  }

  const TradeSeries& m_series;
  bool m_logarithmic;
  TradeChartData& m_data;
  // The run being drawn. Not a std::optional: GCC 12 at -O2 then warns (falsely) that the
  // vector inside may be used uninitialised, which broke the release preset.
  TradeChartSeries m_run;
  bool m_open = false;
  std::optional<QPointF> m_previous;
};

// Prose figures: one group per (bound, derived) of the series, in the order each first
// appears, so that each group carries its own marker.
void addProseGroups(const TradeSeries& series, bool logarithmic, TradeChartData& data) {
  std::vector<std::pair<std::pair<TradeBound, bool>, std::size_t>> groups;  // key → index in data.series
  for (const TradeSeriesPoint& point : series.points) {
    if (!point.value || !point.observation) continue;
    const TradeObservation& observation = *point.observation;
    const qreal x = tradeYearCentre(point.year);
    const bool zeroOnLog = logarithmic && *point.value <= 0;
    data.figures.push_back({x, *point.value, !zeroOnLog, &observation, series.flow, series.sourceId});
    if (zeroOnLog) {
      ++data.hiddenZeros;
      continue;
    }
    const auto key = std::make_pair(observation.bound, observation.derived);
    auto group =
        std::find_if(groups.begin(), groups.end(), [&](const auto& entry) { return entry.first == key; });
    if (group == groups.end()) {
      data.cuesUsed.insert(markerCueOf(observation.bound));
      data.anyDerived = data.anyDerived || observation.derived;
      data.series.push_back(
          {series.sourceId, series.flow, false, observation.derived, observation.bound, {}});
      group = groups.insert(groups.end(), {key, data.series.size() - 1});
    }
    data.series[group->second].points.emplace_back(x, *point.value);
  }
}

// The sources in legend order: the annual series first, then the others in the order of
// their first figure.
std::vector<TradeLegendSource> legendSources(const std::vector<TradeChartSeries>& series, qreal xMax) {
  std::vector<TradeLegendSource> sources;
  for (const TradeChartSeries& drawn : series) {
    const qreal first = drawn.points.empty() ? xMax : drawn.points.front().x();
    auto found = std::find_if(sources.begin(), sources.end(),
                              [&](const TradeLegendSource& source) { return source.id == drawn.sourceId; });
    if (found == sources.end()) {
      sources.push_back({drawn.sourceId, drawn.annual, first});
    } else {
      found->annual = found->annual || drawn.annual;
      found->firstYear = std::min(found->firstYear, first);
    }
  }
  std::stable_sort(sources.begin(), sources.end(),
                   [](const TradeLegendSource& a, const TradeLegendSource& b) {
                     if (a.annual != b.annual) return a.annual;
                     return a.firstYear < b.firstYear;
                   });
  return sources;
}

}  // namespace

TradeChartData buildTradeChartData(const std::vector<TradeSeries>& all, bool logarithmic) {
  TradeChartData data;
  setRanges(all, data);
  for (const TradeSeries& series : all)
    if (series.annual) AnnualRuns(series, logarithmic, data).build();
  for (const TradeSeries& series : all)
    if (!series.annual) addProseGroups(series, logarithmic, data);
  data.bands = partnerBands(all, data.xMin, data.xMax);
  data.sources = legendSources(data.series, data.xMax);
  int nextShape = 0;
  for (TradeLegendSource& source : data.sources)
    if (!source.annual) source.shape = nextShape++;
  for (TradeChartSeries& drawn : data.series) {
    if (drawn.annual) continue;
    const auto source = std::find_if(data.sources.begin(), data.sources.end(),
                                     [&](const TradeLegendSource& s) { return s.id == drawn.sourceId; });
    if (source != data.sources.end()) drawn.shape = std::max(0, source->shape);
  }
  return data;
}

}  // namespace okhotsk::app
