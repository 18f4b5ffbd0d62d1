// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One reader per layer of the dataset schema (geodata/README.md): each opens its layer,
// checks the fields it needs and turns every feature into a domain value, reporting what
// is wrong and keeping what is valid. Private to core/src/loader.

#include "loader/feature_reader.h"
#include "loader/layer_opener.h"
#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace okhotsk::loader {

/// Reads the layers of one opened dataset into DatasetContent (geographic coordinates only;
/// projecting is the caller's).
class LayerReaders {
 public:
  /// `store` (may be null) remembers which territories' polygons are valid (readPolygons).
  LayerReaders(LayerOpener& opener, Diagnostics& diagnostics, const ProjectedVertexStore* store = nullptr)
      : m_opener(opener), m_diagnostics(diagnostics), m_store(store) {}

  /// An events.csv of at least this many bytes is read as two halves on two threads
  /// (LoadOptions::readEventsInHalvesFrom).
  void setSplitEventsFrom(std::uintmax_t bytes) { m_splitEventsFrom = bytes; }

  void readSources(DatasetContent& content);
  void readStates(DatasetContent& content);
  /// Rows sharing an id are one place with several names over time, sorted by validity.
  void readPlaces(DatasetContent& content);
  void readTerritories(DatasetContent& content);
  /// Parts are attached to their territories, so territories are read first.
  void readTerritoryParts(DatasetContent& content);
  /// Names per period (territory_names), attached to their territories and parts, so
  /// territories and parts are read first.
  void readTerritoryNames(DatasetContent& content);
  void readControlPeriods(DatasetContent& content);
  void readBoundaries(DatasetContent& content);
  void readEvents(DatasetContent& content);
  void readTrade(DatasetContent& content);
  /// Reads and projects one coastline level; empty when the layer is absent or unreadable.
  std::optional<Coastline> readCoastline(CoastlineLevel level, bool required,
                                         const ProjectedVertexStore* store = nullptr);

 private:
  GeoPoint labelPoint(FeatureReader& r, const MultiPolygon& shape);
  void readEventFeatures(OpenedLayer& layer, std::vector<Event>& events);

  LayerOpener& m_opener;
  Diagnostics& m_diagnostics;
  const ProjectedVertexStore* m_store = nullptr;
  std::uintmax_t m_splitEventsFrom = UINTMAX_MAX;
};

}  // namespace okhotsk::loader
