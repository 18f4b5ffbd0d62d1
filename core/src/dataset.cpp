// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "okhotsk/dataset.h"

#include "dataset_checks.h"
#include "event_interval_index.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace okhotsk {

namespace {

constexpr std::array<std::string_view, 4> kCoastlineCodes{"intermediate", "high", "full", "world"};

template <typename T>
const T* lookup(const IdIndex& index, const std::vector<T>& items, std::string_view id) noexcept {
  const auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &items[it->second];
}

}  // namespace

std::string_view coastlineLevelCode(CoastlineLevel level) noexcept {
  return kCoastlineCodes[static_cast<std::size_t>(level)];
}

std::string coastlineLayerName(CoastlineLevel level) {
  return "coastline_" + std::string(coastlineLevelCode(level));
}

bool TerritoryState::disputed() const {
  return (period != nullptr && period->isDisputed()) || (alternative != nullptr && alternative->isDisputed());
}

struct Dataset::Impl {
  DatasetContent content;
  IdIndex sourceIndex, stateIndex, placeIndex, territoryIndex, eventIndex;
  // Per territory (territories() order): [begin, end) into content.controlPeriods.
  std::vector<std::pair<std::size_t, std::size_t>> periodRanges;
  std::vector<DayNumber> periodPossibleFirst;  // parallel to content.controlPeriods
  std::vector<DayNumber> eventFirsts;          // parallel to content.events (sorted)
  std::vector<DayNumber> controlChanges;       // sorted, unique
  EventIntervalIndex eventIndexTree;
  DayRange covered{0, 0};

  void indexControlPeriods();
  void indexEvents();
  void computeCoveredDays();
};

Dataset::Dataset() : m_impl(std::make_unique<Impl>()) {}
Dataset::~Dataset() = default;

std::unique_ptr<Dataset> Dataset::build(DatasetContent content, Diagnostics& diagnostics) {
  std::unique_ptr<Dataset> dataset(new Dataset());
  Impl& d = *dataset->m_impl;
  ContentIndexes indexes = checkContent(content, diagnostics);
  d.sourceIndex = std::move(indexes.sources);
  d.stateIndex = std::move(indexes.states);
  d.placeIndex = std::move(indexes.places);
  d.territoryIndex = std::move(indexes.territories);
  d.eventIndex = std::move(indexes.events);
  d.content = std::move(content);
  d.indexControlPeriods();
  d.indexEvents();
  d.computeCoveredDays();
  return dataset;
}

// Where each territory's periods are, when each may start, and every day the control of
// some territory may change.
void Dataset::Impl::indexControlPeriods() {
  periodRanges.assign(content.territories.size(), {0, 0});
  periodPossibleFirst.resize(content.controlPeriods.size());
  std::vector<DayNumber> changes;
  for (std::size_t i = 0; i < content.controlPeriods.size(); ++i) {
    const ControlPeriod& period = content.controlPeriods[i];
    const std::size_t t = territoryIndex.at(period.territoryId);
    if (periodRanges[t].second == 0) periodRanges[t].first = i;
    periodRanges[t].second = i + 1;
    const DayRange possible = period.possibleDays();
    const DayRange certain = period.certainDays();
    periodPossibleFirst[i] = possible.first;
    for (DayNumber day : {possible.first, certain.first, certain.last + 1, possible.last + 1})
      if (day > kDayMin && day < kDayMax) changes.push_back(day);
  }
  std::sort(changes.begin(), changes.end());
  changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
  controlChanges = std::move(changes);
}

void Dataset::Impl::indexEvents() {
  eventFirsts.resize(content.events.size());
  for (std::size_t i = 0; i < content.events.size(); ++i) eventFirsts[i] = content.events[i].date.earliest();
  eventIndexTree.build(content.events);
}

// From the first known day of any event or period to the last known end of any event,
// at least up to today.
void Dataset::Impl::computeCoveredDays() {
  DayNumber first = kDayMax;
  DayNumber last = today();
  for (DayNumber day : eventFirsts) first = std::min(first, day);
  for (const Event& event : content.events)
    if (event.date.latest() < kDayMax) last = std::max(last, event.date.latest());
  for (DayNumber day : periodPossibleFirst)
    if (day > kDayMin) first = std::min(first, day);
  covered = first == kDayMax ? DayRange{last, last} : DayRange{first, last};
}

const std::string& Dataset::origin() const noexcept {
  return m_impl->content.origin;
}
std::span<const Source> Dataset::sources() const noexcept {
  return m_impl->content.sources;
}
std::span<const State> Dataset::states() const noexcept {
  return m_impl->content.states;
}
std::span<const Place> Dataset::places() const noexcept {
  return m_impl->content.places;
}
std::span<const Territory> Dataset::territories() const noexcept {
  return m_impl->content.territories;
}
std::span<const ControlPeriod> Dataset::controlPeriods() const noexcept {
  return m_impl->content.controlPeriods;
}
std::span<const Boundary> Dataset::boundaries() const noexcept {
  return m_impl->content.boundaries;
}
std::span<const Event> Dataset::events() const noexcept {
  return m_impl->content.events;
}
std::span<const TradeObservation> Dataset::trade() const noexcept {
  return m_impl->content.trade;
}

const Coastline* Dataset::coastline(CoastlineLevel level) const noexcept {
  for (const Coastline& coastline : m_impl->content.coastlines)
    if (coastline.level == level) return &coastline;
  return nullptr;
}

const Source* Dataset::source(std::string_view id) const noexcept {
  return lookup(m_impl->sourceIndex, m_impl->content.sources, id);
}
const State* Dataset::state(std::string_view id) const noexcept {
  return lookup(m_impl->stateIndex, m_impl->content.states, id);
}
const Place* Dataset::place(std::string_view id) const noexcept {
  return lookup(m_impl->placeIndex, m_impl->content.places, id);
}
const Territory* Dataset::territory(std::string_view id) const noexcept {
  return lookup(m_impl->territoryIndex, m_impl->content.territories, id);
}
const Event* Dataset::event(std::string_view id) const noexcept {
  return lookup(m_impl->eventIndex, m_impl->content.events, id);
}
std::ptrdiff_t Dataset::eventIndex(std::string_view id) const noexcept {
  const auto it = m_impl->eventIndex.find(std::string(id));
  return it == m_impl->eventIndex.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

std::span<const ControlPeriod> Dataset::controlHistory(const Territory& territory) const noexcept {
  const auto it = m_impl->territoryIndex.find(territory.id);
  if (it == m_impl->territoryIndex.end()) return {};
  const auto [begin, end] = m_impl->periodRanges[it->second];
  return std::span<const ControlPeriod>(m_impl->content.controlPeriods).subspan(begin, end - begin);
}

TerritoryState Dataset::stateOf(const Territory& territory, DayNumber day) const {
  const auto it = m_impl->territoryIndex.find(territory.id);
  if (it == m_impl->territoryIndex.end()) return TerritoryState{&territory, nullptr, nullptr};
  return stateAt(it->second, day);
}

TerritoryState Dataset::stateAt(std::size_t territoryIndex, DayNumber day) const {
  TerritoryState state;
  state.territory = &m_impl->content.territories[territoryIndex];
  const auto [begin, end] = m_impl->periodRanges[territoryIndex];
  if (begin == end) return state;
  const auto firsts = std::span<const DayNumber>(m_impl->periodPossibleFirst).subspan(begin, end - begin);
  // Periods do not overlap: only the latest one starting on or before `day` can be in
  // force, or, on a day inside its imprecise start, the one before it.
  const auto upper = std::upper_bound(firsts.begin(), firsts.end(), day);
  if (upper == firsts.begin()) return state;
  const std::size_t index = begin + static_cast<std::size_t>(upper - firsts.begin()) - 1;
  const ControlPeriod& latest = m_impl->content.controlPeriods[index];
  if (!latest.possibleDays().contains(day)) return state;  // it ended; nothing follows yet
  state.period = &latest;
  const DayRange certain = latest.certainDays();
  if (certain.first <= certain.last && certain.contains(day)) return state;
  if (day < certain.first && index > begin) {
    const ControlPeriod& previous = m_impl->content.controlPeriods[index - 1];
    if (previous.possibleDays().contains(day)) {
      state.period = &previous;
      state.alternative = &latest;
    }
  }
  return state;
}

std::vector<TerritoryState> Dataset::stateOn(DayNumber day) const {
  std::vector<TerritoryState> states;
  states.reserve(m_impl->content.territories.size());
  for (std::size_t i = 0; i < m_impl->content.territories.size(); ++i) states.push_back(stateAt(i, day));
  return states;
}

void Dataset::eventIndicesIn(const DayRange& range, std::vector<std::size_t>& out) const {
  out.clear();
  m_impl->eventIndexTree.query(range.first, range.last, out);
}

std::vector<const Event*> Dataset::eventsIn(const DayRange& range) const {
  std::vector<std::size_t> indices;
  eventIndicesIn(range, indices);
  std::vector<const Event*> events;
  events.reserve(indices.size());
  for (std::size_t i : indices) events.push_back(&m_impl->content.events[i]);
  return events;
}

namespace {
std::optional<DayNumber> after(const std::vector<DayNumber>& sorted, DayNumber day) noexcept {
  const auto it = std::upper_bound(sorted.begin(), sorted.end(), day);
  if (it == sorted.end()) return std::nullopt;
  return *it;
}
std::optional<DayNumber> before(const std::vector<DayNumber>& sorted, DayNumber day) noexcept {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), day);
  if (it == sorted.begin()) return std::nullopt;
  return *std::prev(it);
}
}  // namespace

std::optional<DayNumber> Dataset::nextEventStart(DayNumber day) const noexcept {
  return after(m_impl->eventFirsts, day);
}
std::optional<DayNumber> Dataset::previousEventStart(DayNumber day) const noexcept {
  return before(m_impl->eventFirsts, day);
}
std::optional<DayNumber> Dataset::nextControlChange(DayNumber day) const noexcept {
  return after(m_impl->controlChanges, day);
}
std::optional<DayNumber> Dataset::previousControlChange(DayNumber day) const noexcept {
  return before(m_impl->controlChanges, day);
}

std::vector<const Boundary*> Dataset::boundariesOn(DayNumber day) const {
  std::vector<const Boundary*> result;
  for (const Boundary& boundary : m_impl->content.boundaries)  // a handful of lines: no index needed
    if (boundary.certainDays().contains(day)) result.push_back(&boundary);
  return result;
}

std::vector<TradeSeries> Dataset::tradeSeries(std::optional<int> fromYear, std::optional<int> toYear) const {
  std::vector<TradeSeries> result;
  const auto& trade = m_impl->content.trade;  // sorted by (source, flow, unit, year)
  std::size_t i = 0;
  while (i < trade.size()) {
    std::size_t j = i;
    while (j < trade.size() && trade[j].sourceId == trade[i].sourceId && trade[j].flow == trade[i].flow &&
           trade[j].unit == trade[i].unit)
      ++j;
    // 64-bit, so that no year (even INT_MAX, for content not checked by build) overflows the
    // loop below; build() keeps only years within schema::kFirstTradeYear..kLastTradeYear.
    const std::int64_t firstYear = trade[i].year;
    const std::int64_t lastYear = trade[j - 1].year;
    const std::int64_t from = fromYear ? std::max<std::int64_t>(*fromYear, firstYear) : firstYear;
    const std::int64_t to = toYear ? std::min<std::int64_t>(*toYear, lastYear) : lastYear;
    TradeSeries series;
    series.sourceId = trade[i].sourceId;
    series.flow = trade[i].flow;
    series.unit = trade[i].unit;
    std::size_t distinctYears = 0;
    for (std::size_t k = i; k < j; ++k)
      if (k == i || trade[k].year != trade[k - 1].year) ++distinctYears;
    const auto span = static_cast<std::size_t>(lastYear) - static_cast<std::size_t>(firstYear) + 1;
    series.annual = distinctYears >= 5 && distinctYears * 2 >= span;
    if (from <= to) {
      series.points.reserve(static_cast<std::size_t>(to) - static_cast<std::size_t>(from) + 1);
      std::size_t k = i;
      for (std::int64_t year = from; year <= to; ++year) {
        while (k < j && trade[k].year < year) ++k;
        TradeSeriesPoint point;
        point.year = static_cast<int>(year);
        if (k < j && trade[k].year == year) {
          point.value = trade[k].value;
          point.observation = &trade[k];
        }
        series.points.push_back(point);
      }
      result.push_back(std::move(series));
    }
    i = j;
  }
  return result;
}

DayRange Dataset::coveredDays() const noexcept {
  return m_impl->covered;
}

}  // namespace okhotsk
