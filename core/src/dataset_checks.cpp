#include "dataset_checks.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace okhotsk {

namespace {

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

// Overlaps (errors) and gaps (warnings) between consecutive periods of a territory, in
// the order checkControlPeriods leaves them.
void checkControlHistory(const DatasetContent& content, Diagnostics& diagnostics) {
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
  checkControlHistory(content, diagnostics);
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
void checkBoundaries(const DatasetContent& content, const ContentIndexes& indexes, Diagnostics& diagnostics) {
  for (const Boundary& boundary : content.boundaries) {
    checkSources(boundary.sourceIds, indexes.sources, content, "boundaries", boundary.id, "source_ids",
                 diagnostics);
    if (!boundary.basisEventId.empty() && !indexes.events.contains(boundary.basisEventId))
      diagnostics.warning(fileOf(content, "boundaries"), "boundaries", boundary.id, "basis_event_id",
                          "unknown event '" + boundary.basisEventId + "'");
  }
}

}  // namespace

// The file a layer came from, or the dataset's path when unknown (content built in code).
const std::string& fileOf(const DatasetContent& content, std::string_view layer) {
  const auto it = content.layerFiles.find(std::string(layer));
  return it == content.layerFiles.end() ? content.origin : it->second;
}

ContentIndexes checkContent(DatasetContent& content, Diagnostics& diagnostics) {
  ContentIndexes indexes;
  indexes.sources = indexUnique(content.sources, "sources", content, diagnostics);
  indexes.states = indexUnique(content.states, "states", content, diagnostics);
  indexes.places = indexUnique(content.places, "places", content, diagnostics);
  indexes.territories = indexUnique(content.territories, "territories", content, diagnostics);
  // Nothing looks these up by id, but duplicates are still mistakes worth reporting.
  indexUnique(content.controlPeriods, "control_periods", content, diagnostics);
  indexUnique(content.trade, "trade", content, diagnostics);
  indexUnique(content.boundaries, "boundaries", content, diagnostics);
  indexUnique(content.events, "events", content, diagnostics);
  for (const Territory& territory : content.territories)
    checkSources(territory.areaSourceIds, indexes.sources, content, "territories", territory.id,
                 "area_source_ids", diagnostics);

  checkEvents(content, indexes.sources, indexes.places, indexes.territories, diagnostics);
  // checkEvents sorted the events: index them in their final order.
  for (std::size_t i = 0; i < content.events.size(); ++i) indexes.events.emplace(content.events[i].id, i);
  checkControlPeriods(content, indexes.sources, indexes.states, indexes.territories, indexes.events,
                      diagnostics);
  checkBoundaries(content, indexes, diagnostics);
  checkTrade(content, indexes.sources, indexes.states, diagnostics);
  return indexes;
}

}  // namespace okhotsk
