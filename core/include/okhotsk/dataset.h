// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file dataset.h
/// The dataset: owns every model value, checks it once when built, and answers the
/// atlas's questions through index structures built then (no query scans everything):
/// the state of every territory on a day, events overlapping an interval, stepping to
/// the next event or control change, boundaries in force, and trade series.
///
/// A Dataset is immutable once built and safe to read from several threads.

#include "okhotsk/diagnostics.h"
#include "okhotsk/model.h"
#include "okhotsk/projection.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace okhotsk {

/// GSHHG levels of detail shipped for the region, plus the world backdrop.
enum class CoastlineLevel : unsigned char { Intermediate, High, Full, World };
[[nodiscard]] std::string_view coastlineLevelCode(CoastlineLevel level) noexcept;  // "intermediate", ...
/// The layer that holds a level: "coastline_intermediate", "coastline_high", "coastline_full",
/// "coastline_world".
[[nodiscard]] std::string coastlineLayerName(CoastlineLevel level);

/// Land polygons of one level of detail, projected once at load.
struct Coastline {
  CoastlineLevel level = CoastlineLevel::Intermediate;
  MapProjection projection = MapProjection::Region;  ///< World for CoastlineLevel::World
  MultiPolygon geographic;
  MultiPolygon projected;
  /// GSHHG level per polygon: 1 land, 2 lake, 3 island in a lake, 4 pond in such an island.
  std::vector<std::uint8_t> gshhgLevels;
};

/// Everything a loader reads, before checks and indexes.
struct DatasetContent {
  std::vector<Source> sources;
  std::vector<State> states;
  std::vector<Place> places;
  std::vector<Territory> territories;
  std::vector<ControlPeriod> controlPeriods;
  std::vector<Boundary> boundaries;
  std::vector<Event> events;
  std::vector<TradeObservation> trade;
  std::vector<Coastline> coastlines;
  std::string origin;  ///< the path it was read from, for diagnostics
  /// The file each layer was read from ("events" → ".../events.csv"), for diagnostics.
  std::unordered_map<std::string, std::string> layerFiles;
};

/// The state of one territory on one day.
struct TerritoryState {
  const Territory* territory = nullptr;
  /// The period in force; on an uncertain day, the earlier of the two candidates.
  const ControlPeriod* period = nullptr;
  /// On a day that falls inside an imprecise hand-over, the later candidate; else nullptr.
  const ControlPeriod* alternative = nullptr;

  [[nodiscard]] bool known() const noexcept { return period != nullptr; }
  [[nodiscard]] bool uncertain() const noexcept { return alternative != nullptr; }
  /// Either candidate period is disputed (ControlPeriod::isDisputed).
  [[nodiscard]] bool disputed() const;
};

/// One year of a trade series; `value` is empty for a year the source gives no figure.
struct TradeSeriesPoint {
  int year = 0;
  std::optional<double> value;
  const TradeObservation* observation = nullptr;
};

/// The figures of one source for one flow in one unit, one point per year (missing years
/// explicit). A source giving the same figures in two units (yen as published, dollars as
/// converted) has one series per unit.
struct TradeSeries {
  std::string sourceId;
  TradeFlow flow = TradeFlow::Total;
  std::string unit;  ///< "USD_million_current"
  std::vector<TradeSeriesPoint> points;
  /// True when the source gives a figure for most years of its span (drawn as a line);
  /// false for scattered figures from prose (drawn as points).
  bool annual = false;
};

class Dataset {
 public:
  /// Checks `content` and builds the indexes. Problems go to `diagnostics`, naming
  /// `content.origin`, the layer, feature and field; values that cannot be used safely
  /// (a reference to an unknown territory, an event without a date) are dropped there,
  /// everything else is kept.
  [[nodiscard]] static std::unique_ptr<Dataset> build(DatasetContent content, Diagnostics& diagnostics);

  ~Dataset();
  Dataset(const Dataset&) = delete;
  Dataset& operator=(const Dataset&) = delete;

  [[nodiscard]] const std::string& origin() const noexcept;

  // --- contents (stable order; events sorted by date, periods by territory then start)
  [[nodiscard]] std::span<const Source> sources() const noexcept;
  [[nodiscard]] std::span<const State> states() const noexcept;
  [[nodiscard]] std::span<const Place> places() const noexcept;
  [[nodiscard]] std::span<const Territory> territories() const noexcept;
  [[nodiscard]] std::span<const ControlPeriod> controlPeriods() const noexcept;
  [[nodiscard]] std::span<const Boundary> boundaries() const noexcept;
  [[nodiscard]] std::span<const Event> events() const noexcept;
  [[nodiscard]] std::span<const TradeObservation> trade() const noexcept;
  /// A loaded coastline level, or nullptr when it was not loaded.
  [[nodiscard]] const Coastline* coastline(CoastlineLevel level) const noexcept;

  // --- look-ups by id (nullptr when unknown)
  [[nodiscard]] const Source* source(std::string_view id) const noexcept;
  [[nodiscard]] const State* state(std::string_view id) const noexcept;
  [[nodiscard]] const Place* place(std::string_view id) const noexcept;
  [[nodiscard]] const Territory* territory(std::string_view id) const noexcept;
  [[nodiscard]] const Event* event(std::string_view id) const noexcept;
  /// Index of an event in events(), or -1.
  [[nodiscard]] std::ptrdiff_t eventIndex(std::string_view id) const noexcept;

  // --- queries
  /// Every territory's state on `day`, in territories() order.
  [[nodiscard]] std::vector<TerritoryState> stateOn(DayNumber day) const;
  /// One territory's state on `day`.
  [[nodiscard]] TerritoryState stateOf(const Territory& territory, DayNumber day) const;
  /// The control periods of one territory, in date order.
  [[nodiscard]] std::span<const ControlPeriod> controlHistory(const Territory& territory) const noexcept;

  /// Events whose range overlaps `range`, in date order (O(log n + k)).
  [[nodiscard]] std::vector<const Event*> eventsIn(const DayRange& range) const;
  /// Fills `out` (cleared first) with the indices into events() of the events overlapping
  /// `range`, in date order; does not allocate when `out` has the capacity.
  void eventIndicesIn(const DayRange& range, std::vector<std::size_t>& out) const;

  /// The first day after `day` on which an event starts; empty when none.
  [[nodiscard]] std::optional<DayNumber> nextEventStart(DayNumber day) const noexcept;
  /// The last day before `day` on which an event starts; empty when none.
  [[nodiscard]] std::optional<DayNumber> previousEventStart(DayNumber day) const noexcept;
  /// The first day after `day` on which some territory's control changes.
  [[nodiscard]] std::optional<DayNumber> nextControlChange(DayNumber day) const noexcept;
  [[nodiscard]] std::optional<DayNumber> previousControlChange(DayNumber day) const noexcept;

  /// Boundaries in force on `day`.
  [[nodiscard]] std::vector<const Boundary*> boundariesOn(DayNumber day) const;

  /// Every (source, flow, unit) series, each with one point per year from its first to its last
  /// year, clipped to [fromYear, toYear] when given. Missing years have no value.
  [[nodiscard]] std::vector<TradeSeries> tradeSeries(std::optional<int> fromYear = {},
                                                     std::optional<int> toYear = {}) const;

  /// The span of days the dataset covers (first event or period start to today or the last end).
  [[nodiscard]] DayRange coveredDays() const noexcept;

 private:
  Dataset();
  [[nodiscard]] TerritoryState stateAt(std::size_t territoryIndex, DayNumber day) const;
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace okhotsk
