// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_checks.h"

#include "okhotsk/calendar.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace okhotsk {

namespace {

// Keeps the first item of each id; later duplicates are reported and dropped. Items move only
// when there is a duplicate, and then only those after it.
template <typename T>
IdIndex indexUnique(std::vector<T>& items, std::string_view layer, const DatasetContent& content,
                    Diagnostics& diagnostics) {
  const std::string& origin = fileOf(content, layer);
  IdIndex index;
  index.reserve(items.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!index.try_emplace(items[i].id, kept).second) {
      diagnostics.error(origin, std::string(layer), items[i].id, "id",
                        "duplicate id; only the first feature with this id is kept");
      continue;
    }
    if (kept != i) items[kept] = std::move(items[i]);
    ++kept;
  }
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
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

// Events and control periods dated outside the schema's years (content built in code: the
// loader drops them first) are dropped, so no loop over their days or years is unbounded.
void dropImplausibleDates(DatasetContent& content, Diagnostics& diagnostics) {
  const auto outside = [&](std::string_view layer, const std::string& id, std::string_view field,
                           const Edtf& value) {
    if (schema::withinSchemaYears(value)) return false;
    diagnostics.error(fileOf(content, layer), std::string(layer), id, std::string(field),
                      "'" + value.toString() + "' lies outside the schema's years " +
                          std::to_string(schema::kFirstYear) + "–" + std::to_string(schema::kLastYear) +
                          "; the feature is dropped");
    return true;
  };
  std::erase_if(content.events, [&](const Event& e) { return outside("events", e.id, "date", e.date); });
  std::erase_if(content.controlPeriods, [&](const ControlPeriod& p) {
    return outside("control_periods", p.id, "interval", p.interval);
  });
}

// Orders events by their possible days (first, then last), then by id, keeping the file's order
// for equal keys, and updates `index` (id to position) to the new order. Sorts keys and then
// moves the events in place along the permutation's cycles: a stable sort of the events
// themselves moved 100,000 events of a dozen strings each about 17 times over, and moving them
// into a new vector touched its 60 MB afresh.
void sortEventsByDate(std::vector<Event>& events, IdIndex& index) {
  struct Key {
    DayNumber first;
    DayNumber last;
    std::size_t index;
  };
  std::vector<Key> keys;
  keys.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto range = events[i].date.range();
    keys.push_back({range.first, range.last, i});
  }
  std::stable_sort(keys.begin(), keys.end(), [&events](const Key& a, const Key& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.last != b.last) return a.last < b.last;
    return events[a.index].id < events[b.index].id;
  });
  // Each cycle of the permutation is walked once, moving every event once: position j takes
  // the event from keys[j].index. `done` marks the positions filled.
  std::vector<std::size_t> position(events.size());  // position[old] = new
  for (std::size_t j = 0; j < keys.size(); ++j) position[keys[j].index] = j;
  for (auto& [id, at] : index) at = position[at];
  std::vector<bool> done(events.size());
  for (std::size_t start = 0; start < events.size(); ++start) {
    if (done[start] || keys[start].index == start) continue;
    Event first = std::move(events[start]);
    std::size_t j = start;
    while (keys[j].index != start) {
      events[j] = std::move(events[keys[j].index]);
      done[j] = true;
      j = keys[j].index;
    }
    events[j] = std::move(first);
    done[j] = true;
  }
}

void checkEvents(DatasetContent& content, const IdIndex& sources, const IdIndex& places,
                 const IdIndex& territories, IdIndex& events, Diagnostics& diagnostics) {
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
  sortEventsByDate(content.events, events);
}

std::string describeDay(DayNumber day) {
  if (day <= kDayMin) return "the open start";
  if (day >= kDayMax) return "the open end";
  return isoDate(day);
}

// A state named for days it did not exist (the USSR before 30 Dec 1922): "" when it did.
std::string outsideValidity(const State& state, const DayRange& days) {
  const DayRange valid = state.validDays();
  if (days.first > days.last || valid.contains(days)) return {};
  return "names state '" + state.id + "', which existed " + state.valid.toString() + ", outside that time";
}

// Names per period of one territory or part: sources, and no two spans overlapping.
void checkNameSpans(const std::vector<PlaceNameSpan>& spans, const std::string& featureId,
                    const DatasetContent& content, const IdIndex& sources, Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < spans.size(); ++i) {
    checkSources(spans[i].sourceIds, sources, content, "territory_names", featureId, "source_ids",
                 diagnostics);
    if (i > 0 && halfOpenCertainDays(spans[i - 1].valid).overlaps(halfOpenCertainDays(spans[i].valid)))
      diagnostics.error(
          fileOf(content, "territory_names"), "territory_names", featureId, "valid",
          "names of " + spans[i - 1].valid.toString() + " and " + spans[i].valid.toString() + " overlap");
  }
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

// Every state a period names existed during it (no USSR before 30 Dec 1922).
void checkPeriodStatesExist(const DatasetContent& content, const ControlPeriod& period, const IdIndex& states,
                            Diagnostics& diagnostics) {
  const DayRange days = period.certainDays();
  for (const auto* list : {&period.administeredBy, &period.claimedBy}) {
    for (const std::string& id : *list) {
      const std::string problem = outsideValidity(content.states[states.at(id)], days);
      if (!problem.empty())
        diagnostics.warning(fileOf(content, "control_periods"), "control_periods", period.id,
                            list == &period.administeredBy ? "administered_by" : "claimed_by",
                            "the period (" + period.interval.toString() + ") " + problem);
    }
  }
}

// An administered_disputed period has a claimant that does not administer, and both legal
// positions, each with its sources.
void checkPeriodKind(const DatasetContent& content, const ControlPeriod& period, const IdIndex& sources,
                     Diagnostics& diagnostics) {
  const std::string& file = fileOf(content, "control_periods");
  checkSources(period.positionJapanSourceIds, sources, content, "control_periods", period.id,
               "position_japan_source_ids", diagnostics);
  checkSources(period.positionRussiaSourceIds, sources, content, "control_periods", period.id,
               "position_russia_source_ids", diagnostics);
  if (period.kind != ControlKind::AdministeredDisputed) return;
  const bool claimantOutside =
      std::any_of(period.claimedBy.begin(), period.claimedBy.end(), [&](const auto& id) {
        return std::find(period.administeredBy.begin(), period.administeredBy.end(), id) ==
               period.administeredBy.end();
      });
  if (!claimantOutside)
    diagnostics.warning(file, "control_periods", period.id, "claimed_by",
                        "administered_disputed, but no state claims it that does not administer it");
  const std::pair<const char*, const LocalizedText*> texts[] = {
      {"position_japan_en", &period.positionJapan}, {"position_russia_en", &period.positionRussia}};
  for (const auto& [field, text] : texts)
    if (text->en.empty())
      diagnostics.warning(file, "control_periods", period.id, field,
                          "a disputed period states both legal positions; this one is missing");
  if (!period.positionJapan.en.empty() && period.positionJapanSourceIds.empty())
    diagnostics.warning(file, "control_periods", period.id, "position_japan_source_ids",
                        "Japan's position needs a source");
  if (!period.positionRussia.en.empty() && period.positionRussiaSourceIds.empty())
    diagnostics.warning(file, "control_periods", period.id, "position_russia_source_ids",
                        "Russia's position needs a source");
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
    checkPeriodStatesExist(content, period, states, diagnostics);
    checkPeriodKind(content, period, sources, diagnostics);
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
  const std::string& file = fileOf(content, "trade");
  // The loader drops such years already; content built in code may still hold them, and a
  // series spans every year between its first and last.
  std::erase_if(content.trade, [&](const TradeObservation& observation) {
    if (observation.year >= schema::kFirstTradeYear && observation.year <= schema::kLastTradeYear)
      return false;
    diagnostics.error(file, "trade", observation.id, "year",
                      "year " + std::to_string(observation.year) + " is outside the schema's trade years " +
                          std::to_string(schema::kFirstTradeYear) + "–" +
                          std::to_string(schema::kLastTradeYear) + "; the figure is dropped");
    return true;
  });
  std::set<std::tuple<std::string, TradeFlow, std::string, int>> seen;
  for (const TradeObservation& observation : content.trade) {
    if (!sources.contains(observation.sourceId))
      diagnostics.warning(file, "trade", observation.id, "source_id",
                          "unknown source '" + observation.sourceId + "'");
    checkSources(observation.derivedFrom, sources, content, "trade", observation.id, "derived_from",
                 diagnostics);
    if (observation.derived && observation.derivedFrom.empty())
      diagnostics.warning(file, "trade", observation.id, "derived_from",
                          "a derived figure names the sources of what was summed");
    if (observation.bound == TradeBound::BelowThreshold && observation.value != 0.0)
      diagnostics.warning(file, "trade", observation.id, "value",
                          "a figure below the threshold is given as 0");
    if (const auto state = states.find(observation.partnerStateId); state == states.end()) {
      diagnostics.warning(file, "trade", observation.id, "partner",
                          "unknown state '" + observation.partnerStateId + "'");
    } else {
      const DayRange year{daysFromGregorian(observation.year, 1, 1),
                          daysFromGregorian(observation.year, 12, 31)};
      const State& partner = content.states[state->second];
      if (!partner.validDays().overlaps(year))
        diagnostics.warning(file, "trade", observation.id, "partner",
                            "names state '" + partner.id + "', which existed " + partner.valid.toString() +
                                ", for " + std::to_string(observation.year));
    }
    if (!seen.emplace(observation.sourceId, observation.flow, observation.unit, observation.year).second)
      diagnostics.warning(file, "trade", observation.id, "year",
                          "a second figure for " + std::to_string(observation.year) + " " +
                              std::string(tradeFlowCode(observation.flow)) + " in " + observation.unit +
                              " from source " + observation.sourceId + "; the series shows the first");
  }
  std::stable_sort(
      content.trade.begin(), content.trade.end(), [](const TradeObservation& a, const TradeObservation& b) {
        return std::tie(a.sourceId, a.flow, a.unit, a.year) < std::tie(b.sourceId, b.flow, b.unit, b.year);
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

// Sources of areas and names, and the names per period, of every territory and part.
void checkTerritories(const DatasetContent& content, const IdIndex& sources, Diagnostics& diagnostics) {
  for (const Territory& territory : content.territories) {
    checkSources(territory.areaSourceIds, sources, content, "territories", territory.id, "area_source_ids",
                 diagnostics);
    checkSources(territory.areaAlt.sourceIds, sources, content, "territories", territory.id,
                 "area_alt_source_ids", diagnostics);
    checkNameSpans(territory.historicalNames, territory.id, content, sources, diagnostics);
    for (const TerritoryPart& part : territory.parts) {
      for (const auto& [ids, field] : {std::pair{&part.nameSourceIds, "name_source_ids"},
                                       std::pair{&part.area.sourceIds, "area_source_ids"},
                                       std::pair{&part.areaAlt.sourceIds, "area_alt_source_ids"}})
        checkSources(*ids, sources, content, "territory_parts", part.id, field, diagnostics);
      checkNameSpans(part.historicalNames, part.id, content, sources, diagnostics);
    }
  }
}

// The types a source of each quality may have (geodata/README.md, `sources.type`), for the message.
std::string_view typesFitting(SourceQuality quality) {
  switch (quality) {
    case SourceQuality::Primary:
      return "treaty_text, archival_record or official_statement";
    case SourceQuality::Scholarly:
      return "scholarly_work, reference_work or dataset";
    case SourceQuality::Press:
      return "press";
    case SourceQuality::Reference:
      return "reference_work";
    case SourceQuality::Derived:
      return "dataset";
  }
  return "";
}

bool typeFitsQuality(SourceType type, SourceQuality quality) {
  using enum SourceType;
  switch (quality) {
    case SourceQuality::Primary:
      return type == TreatyText || type == ArchivalRecord || type == OfficialStatement;
    case SourceQuality::Scholarly:
      return type == ScholarlyWork || type == ReferenceWork || type == Dataset;
    case SourceQuality::Press:
      return type == Press;
    case SourceQuality::Reference:
      return type == ReferenceWork;
    case SourceQuality::Derived:
      return type == Dataset;
  }
  return false;
}

// A source's type and quality describe the same work from two sides; a primary source filed
// as press (or the like) is a slip in one of them.
void checkSourceTypes(const DatasetContent& content, Diagnostics& diagnostics) {
  for (const Source& source : content.sources) {
    if (!source.type || !source.quality || typeFitsQuality(*source.type, *source.quality)) continue;
    diagnostics.warning(fileOf(content, "sources"), "sources", source.id, "type",
                        "type '" + std::string(sourceTypeCode(*source.type)) + "' does not fit quality '" +
                            std::string(sourceQualityCode(*source.quality)) + "' (expected " +
                            std::string(typesFitting(*source.quality)) + ")");
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
  dropImplausibleDates(content, diagnostics);
  indexes.sources = indexUnique(content.sources, "sources", content, diagnostics);
  checkSourceTypes(content, diagnostics);
  indexes.states = indexUnique(content.states, "states", content, diagnostics);
  indexes.places = indexUnique(content.places, "places", content, diagnostics);
  indexes.territories = indexUnique(content.territories, "territories", content, diagnostics);
  // Nothing looks these up by id, but duplicates are still mistakes worth reporting.
  indexUnique(content.controlPeriods, "control_periods", content, diagnostics);
  indexUnique(content.trade, "trade", content, diagnostics);
  indexUnique(content.boundaries, "boundaries", content, diagnostics);
  indexes.events = indexUnique(content.events, "events", content, diagnostics);
  checkTerritories(content, indexes.sources, diagnostics);

  // Sorts the events, and their index with them.
  checkEvents(content, indexes.sources, indexes.places, indexes.territories, indexes.events, diagnostics);
  checkControlPeriods(content, indexes.sources, indexes.states, indexes.territories, indexes.events,
                      diagnostics);
  checkBoundaries(content, indexes, diagnostics);
  checkTrade(content, indexes.sources, indexes.states, diagnostics);
  return indexes;
}

}  // namespace okhotsk
