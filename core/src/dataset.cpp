#include "okhotsk/dataset.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace okhotsk {

namespace {

constexpr std::array<std::string_view, 4> kCoastlineCodes{"intermediate", "high", "full", "world"};

using IdIndex = std::unordered_map<std::string, std::size_t>;

// The file a layer came from, or the dataset's path when unknown (content built in code).
const std::string& fileOf(const DatasetContent& content, std::string_view layer) {
  const auto it = content.layerFiles.find(std::string(layer));
  return it == content.layerFiles.end() ? content.origin : it->second;
}

template <typename T>
const T* lookup(const IdIndex& index, const std::vector<T>& items, std::string_view id) noexcept {
  const auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &items[it->second];
}

// Keeps the first item of each id; later duplicates are reported and dropped.
template <typename T>
IdIndex indexUnique(std::vector<T>& items, std::string_view layer, const DatasetContent& content,
                    Diagnostics& diagnostics) {
  const std::string& origin = fileOf(content, layer);
  IdIndex index;
  std::vector<T> kept;
  kept.reserve(items.size());
  for (T& item : items) {
    if (index.contains(item.id)) {
      diagnostics.error(origin, std::string(layer), item.id, "id",
                        "duplicate id; only the first feature with this id is kept");
      continue;
    }
    index.emplace(item.id, kept.size());
    kept.push_back(std::move(item));
  }
  items = std::move(kept);
  return index;
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

// Implicit augmented interval tree over events sorted by first day (after Heng Li's cgranges):
// node i of level k has its subtree's maximum end in maxEnd[i]. Ends are exclusive here.
class EventIntervalIndex {
 public:
  void build(const std::vector<Event>& events) {
    const std::size_t n = events.size();
    m_start.resize(n);
    m_end.resize(n);
    m_maxEnd.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      m_start[i] = events[i].date.earliest();
      m_end[i] = events[i].date.latest() + 1;
      m_maxEnd[i] = m_end[i];
    }
    m_maxLevel = -1;
    if (n == 0) return;
    std::size_t lastIndex = 0;
    DayNumber last = 0;
    for (std::size_t i = 0; i < n; i += 2) {
      lastIndex = i;
      last = m_maxEnd[i];
    }
    int k = 1;
    for (; (std::size_t{1} << k) <= n; ++k) {
      const std::size_t x = std::size_t{1} << (k - 1);
      const std::size_t i0 = (x << 1) - 1;
      const std::size_t step = x << 2;
      for (std::size_t i = i0; i < n; i += step) {
        const DayNumber left = m_maxEnd[i - x];
        const DayNumber right = i + x < n ? m_maxEnd[i + x] : last;
        m_maxEnd[i] = std::max({m_end[i], left, right});
      }
      lastIndex = ((lastIndex >> k) & 1U) != 0 ? lastIndex - x : lastIndex + x;
      if (lastIndex < n && m_maxEnd[lastIndex] > last) last = m_maxEnd[lastIndex];
    }
    m_maxLevel = k - 1;
  }

  // Appends to `out`, in index (date) order, every interval overlapping [first, last].
  void query(DayNumber first, DayNumber last, std::vector<std::size_t>& out) const {
    if (m_maxLevel < 0) return;
    const DayNumber st = first;
    const DayNumber en = last == kDayMax ? kDayMax : last + 1;
    const std::size_t n = m_start.size();
    struct Frame {
      int level;
      std::size_t node;
      bool leftDone;
    };
    Frame stack[64];
    int top = 0;
    stack[top++] = {m_maxLevel, (std::size_t{1} << m_maxLevel) - 1, false};
    while (top > 0) {
      const Frame z = stack[--top];
      if (z.level <= 3) {  // small subtree: a linear scan is faster than descending
        const std::size_t i0 = z.node >> z.level << z.level;
        std::size_t i1 = i0 + (std::size_t{1} << (z.level + 1)) - 1;
        if (i1 >= n) i1 = n;
        for (std::size_t i = i0; i < i1 && m_start[i] < en; ++i)
          if (st < m_end[i]) out.push_back(i);
      } else if (!z.leftDone) {
        const std::size_t y = z.node - (std::size_t{1} << (z.level - 1));
        stack[top++] = {z.level, z.node, true};
        if (y >= n || m_maxEnd[y] > st) stack[top++] = {z.level - 1, y, false};
      } else if (z.node < n && m_start[z.node] < en) {
        if (st < m_end[z.node]) out.push_back(z.node);
        stack[top++] = {z.level - 1, z.node + (std::size_t{1} << (z.level - 1)), false};
      }
    }
  }

 private:
  std::vector<DayNumber> m_start;
  std::vector<DayNumber> m_end;
  std::vector<DayNumber> m_maxEnd;
  int m_maxLevel = -1;
};

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
};

Dataset::Dataset() : m_impl(std::make_unique<Impl>()) {}
Dataset::~Dataset() = default;

namespace {

void checkSources(const std::vector<std::string>& ids, const IdIndex& sources, const DatasetContent& content,
                  std::string_view layer, const std::string& featureId, std::string_view field,
                  Diagnostics& diagnostics) {
  for (const std::string& id : ids)
    if (!sources.contains(id))
      diagnostics.warning(fileOf(content, layer), std::string(layer), featureId, std::string(field),
                          "unknown source '" + id + "' (not in the sources layer)");
}

void checkEvents(DatasetContent& content, const IdIndex& sources, const IdIndex& places,
                 const IdIndex& territories, Diagnostics& diagnostics) {
  for (Event& event : content.events) {
    if (event.sourceIds.empty())
      diagnostics.warning(fileOf(content, "events"), "events", event.id, "source_ids",
                          "the event cites no source");
    checkSources(event.sourceIds, sources, content, "events", event.id, "source_ids", diagnostics);
    std::erase_if(event.territoryIds, [&](const std::string& id) {
      if (territories.contains(id)) return false;
      diagnostics.error(fileOf(content, "events"), "events", event.id, "territories",
                        "unknown territory '" + id + "'; the reference is dropped");
      return true;
    });
    if (!event.placeId.empty()) {
      const auto it = places.find(event.placeId);
      if (it == places.end()) {
        diagnostics.error(fileOf(content, "events"), "events", event.id, "place_id",
                          "unknown place '" + event.placeId + "'; the event keeps no place");
        event.placeId.clear();
      } else if (!event.location) {
        const Place& place = content.places[it->second];
        event.location = place.location;
        event.region = place.region;
        event.world = place.world;
      }
    }
  }
  std::stable_sort(content.events.begin(), content.events.end(), [](const Event& a, const Event& b) {
    return std::tie(a.date.range().first, a.date.range().last, a.id) <
           std::tie(b.date.range().first, b.date.range().last, b.id);
  });
}

std::string describeDay(DayNumber day) {
  if (day <= kDayMin) return "the open start";
  if (day >= kDayMax) return "the open end";
  return isoDate(day);
}

void checkControlPeriods(DatasetContent& content, const IdIndex& sources, const IdIndex& states,
                         const IdIndex& territories, const IdIndex& events, Diagnostics& diagnostics) {
  std::erase_if(content.controlPeriods, [&](const ControlPeriod& period) {
    if (!territories.contains(period.territoryId)) {
      diagnostics.error(fileOf(content, "control_periods"), "control_periods", period.id, "territory_id",
                        "unknown territory '" + period.territoryId + "'; the period is dropped");
      return true;
    }
    bool bad = false;
    for (const auto* list : {&period.administeredBy, &period.claimedBy}) {
      for (const std::string& state : *list) {
        if (!states.contains(state)) {
          diagnostics.error(fileOf(content, "control_periods"), "control_periods", period.id,
                            list == &period.administeredBy ? "administered_by" : "claimed_by",
                            "unknown state '" + state + "'; the period is dropped");
          bad = true;
        }
      }
    }
    return bad;
  });
  for (const ControlPeriod& period : content.controlPeriods) {
    checkSources(period.sourceIds, sources, content, "control_periods", period.id, "source_ids", diagnostics);
    if (!period.basisEventId.empty() && !events.contains(period.basisEventId))
      diagnostics.warning(fileOf(content, "control_periods"), "control_periods", period.id, "basis_event_id",
                          "unknown event '" + period.basisEventId + "'");
  }
  // Order by territory (in territories order), then by possible start.
  std::stable_sort(content.controlPeriods.begin(), content.controlPeriods.end(),
                   [&](const ControlPeriod& a, const ControlPeriod& b) {
                     const std::size_t ta = territories.at(a.territoryId);
                     const std::size_t tb = territories.at(b.territoryId);
                     if (ta != tb) return ta < tb;
                     return a.possibleDays().first < b.possibleDays().first;
                   });
  for (std::size_t i = 1; i < content.controlPeriods.size(); ++i) {
    const ControlPeriod& previous = content.controlPeriods[i - 1];
    const ControlPeriod& current = content.controlPeriods[i];
    if (previous.territoryId != current.territoryId) continue;
    const DayRange a = previous.certainDays();
    const DayRange b = current.certainDays();
    if (a.first <= a.last && b.first <= b.last && a.overlaps(b)) {
      diagnostics.error(fileOf(content, "control_periods"), "control_periods", current.id, "interval",
                        "overlaps period " + previous.id + " of territory " + current.territoryId + " (" +
                            previous.interval.toString() + " and " + current.interval.toString() + ")");
    } else if (previous.possibleDays().last + 1 < current.possibleDays().first) {
      diagnostics.warning(fileOf(content, "control_periods"), "control_periods", current.id, "interval",
                          "gap in the control history of " + current.territoryId + " from " +
                              describeDay(previous.possibleDays().last + 1) + " to " +
                              describeDay(current.possibleDays().first - 1) + " (after period " +
                              previous.id + ")");
    }
  }
}

void checkTrade(DatasetContent& content, const IdIndex& sources, const IdIndex& states,
                Diagnostics& diagnostics) {
  std::set<std::tuple<std::string, TradeFlow, int>> seen;
  for (const TradeObservation& observation : content.trade) {
    if (!sources.contains(observation.sourceId))
      diagnostics.warning(fileOf(content, "trade"), "trade", observation.id, "source_id",
                          "unknown source '" + observation.sourceId + "'");
    if (!states.contains(observation.partnerStateId))
      diagnostics.warning(fileOf(content, "trade"), "trade", observation.id, "partner",
                          "unknown state '" + observation.partnerStateId + "'");
    if (!seen.emplace(observation.sourceId, observation.flow, observation.year).second)
      diagnostics.warning(fileOf(content, "trade"), "trade", observation.id, "year",
                          "a second figure for " + std::to_string(observation.year) + " " +
                              std::string(tradeFlowCode(observation.flow)) + " from source " +
                              observation.sourceId + "; the series shows the first");
  }
  std::stable_sort(content.trade.begin(), content.trade.end(),
                   [](const TradeObservation& a, const TradeObservation& b) {
                     return std::tie(a.sourceId, a.flow, a.year) < std::tie(b.sourceId, b.flow, b.year);
                   });
}

}  // namespace

std::unique_ptr<Dataset> Dataset::build(DatasetContent content, Diagnostics& diagnostics) {
  std::unique_ptr<Dataset> dataset(new Dataset());
  Impl& d = *dataset->m_impl;

  d.sourceIndex = indexUnique(content.sources, "sources", content, diagnostics);
  d.stateIndex = indexUnique(content.states, "states", content, diagnostics);
  d.placeIndex = indexUnique(content.places, "places", content, diagnostics);
  d.territoryIndex = indexUnique(content.territories, "territories", content, diagnostics);
  // Nothing looks these up by id, but duplicates are still mistakes worth reporting.
  indexUnique(content.controlPeriods, "control_periods", content, diagnostics);
  indexUnique(content.trade, "trade", content, diagnostics);
  indexUnique(content.boundaries, "boundaries", content, diagnostics);
  indexUnique(content.events, "events", content, diagnostics);
  for (const Territory& territory : content.territories)
    checkSources(territory.areaSourceIds, d.sourceIndex, content, "territories", territory.id,
                 "area_source_ids", diagnostics);

  checkEvents(content, d.sourceIndex, d.placeIndex, d.territoryIndex, diagnostics);
  d.eventIndex.clear();
  for (std::size_t i = 0; i < content.events.size(); ++i) d.eventIndex.emplace(content.events[i].id, i);
  checkControlPeriods(content, d.sourceIndex, d.stateIndex, d.territoryIndex, d.eventIndex, diagnostics);
  for (const Boundary& boundary : content.boundaries) {
    checkSources(boundary.sourceIds, d.sourceIndex, content, "boundaries", boundary.id, "source_ids",
                 diagnostics);
    if (!boundary.basisEventId.empty() && !d.eventIndex.contains(boundary.basisEventId))
      diagnostics.warning(fileOf(content, "boundaries"), "boundaries", boundary.id, "basis_event_id",
                          "unknown event '" + boundary.basisEventId + "'");
  }
  checkTrade(content, d.sourceIndex, d.stateIndex, diagnostics);

  // Indexes.
  d.periodRanges.assign(content.territories.size(), {0, 0});
  d.periodPossibleFirst.resize(content.controlPeriods.size());
  std::vector<DayNumber> changes;
  for (std::size_t i = 0; i < content.controlPeriods.size(); ++i) {
    const ControlPeriod& period = content.controlPeriods[i];
    const std::size_t t = d.territoryIndex.at(period.territoryId);
    if (d.periodRanges[t].second == 0) d.periodRanges[t].first = i;
    d.periodRanges[t].second = i + 1;
    const DayRange possible = period.possibleDays();
    const DayRange certain = period.certainDays();
    d.periodPossibleFirst[i] = possible.first;
    for (DayNumber day : {possible.first, certain.first, certain.last + 1, possible.last + 1})
      if (day > kDayMin && day < kDayMax) changes.push_back(day);
  }
  std::sort(changes.begin(), changes.end());
  changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
  d.controlChanges = std::move(changes);

  d.eventFirsts.resize(content.events.size());
  for (std::size_t i = 0; i < content.events.size(); ++i)
    d.eventFirsts[i] = content.events[i].date.earliest();
  d.eventIndexTree.build(content.events);

  DayNumber first = kDayMax;
  DayNumber last = today();
  for (DayNumber day : d.eventFirsts) first = std::min(first, day);
  for (const Event& event : content.events)
    if (event.date.latest() < kDayMax) last = std::max(last, event.date.latest());
  for (DayNumber day : d.periodPossibleFirst)
    if (day > kDayMin) first = std::min(first, day);
  d.covered = first == kDayMax ? DayRange{last, last} : DayRange{first, last};

  d.content = std::move(content);
  return dataset;
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
  const auto& trade = m_impl->content.trade;  // sorted by (source, flow, year)
  std::size_t i = 0;
  while (i < trade.size()) {
    std::size_t j = i;
    while (j < trade.size() && trade[j].sourceId == trade[i].sourceId && trade[j].flow == trade[i].flow) ++j;
    const int firstYear = trade[i].year;
    const int lastYear = trade[j - 1].year;
    const int from = fromYear ? std::max(*fromYear, firstYear) : firstYear;
    const int to = toYear ? std::min(*toYear, lastYear) : lastYear;
    TradeSeries series;
    series.sourceId = trade[i].sourceId;
    series.flow = trade[i].flow;
    std::size_t distinctYears = 0;
    for (std::size_t k = i; k < j; ++k)
      if (k == i || trade[k].year != trade[k - 1].year) ++distinctYears;
    const auto span = static_cast<std::size_t>(lastYear) - static_cast<std::size_t>(firstYear) + 1;
    series.annual = distinctYears >= 5 && distinctYears * 2 >= span;
    if (from <= to) {
      series.points.reserve(static_cast<std::size_t>(to) - static_cast<std::size_t>(from) + 1);
      std::size_t k = i;
      for (int year = from; year <= to; ++year) {
        while (k < j && trade[k].year < year) ++k;
        TradeSeriesPoint point;
        point.year = year;
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
