// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file loader.h
/// Reading a dataset through GDAL. A dataset is a folder of files, one layer per file
/// named by its stem ("events.csv", "territories.fgb"), or one GeoPackage holding layers
/// of the same names, or any data source GDAL opens by a connection string ("PG:dbname=…",
/// a /vsi… path) holding tables of the same names. The schema is documented in
/// geodata/README.md.
///
/// Bad input never crashes and never stops at the first problem: every problem becomes
/// a Diagnostic naming the file, layer, feature and field, and what is valid still loads
/// where that is safe.

#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace okhotsk {

class ProjectedVertexStore;

struct LoadOptions {
  /// Coastline levels to read now; others can be read later with loadCoastline().
  std::vector<CoastlineLevel> coastlineLevels{CoastlineLevel::Intermediate, CoastlineLevel::High,
                                              CoastlineLevel::Full, CoastlineLevel::World};
  /// Where projected vertices are looked up before they are projected and kept after
  /// (projection_cache.h); null: always projected. It must outlive the call.
  const ProjectedVertexStore* projectionStore = nullptr;
  /// An events.csv file at least this large is read as two halves on two threads, with the
  /// same result as one read: GDAL's CSV reader was most of the open of a 100,000-event
  /// dataset (90 MB). Tests lower it to read small files in halves.
  std::uintmax_t readEventsInHalvesFrom = std::uintmax_t{8} << 20U;
};

struct LoadResult {
  std::unique_ptr<Dataset> dataset;  ///< null only when nothing could be read at all
  Diagnostics diagnostics;
  /// True when the path was read but holds none of the dataset's layers (a foreign GeoJSON,
  /// Shapefile, CSV, KML, a GeoPackage of other layers): it is refused whole, never loaded
  /// as an empty atlas. `dataset` is then null.
  bool notADataset = false;
};

/// Reads a dataset folder or GeoPackage. Thread-safe (each call opens its own handles).
[[nodiscard]] LoadResult loadDataset(const std::filesystem::path& path, const LoadOptions& options = {});

struct CoastlineResult {
  std::optional<Coastline> coastline;
  Diagnostics diagnostics;
};

/// Reads one coastline level of a dataset (e.g. the full one, in the background).
[[nodiscard]] CoastlineResult loadCoastline(const std::filesystem::path& datasetPath, CoastlineLevel level,
                                            const ProjectedVertexStore* store = nullptr);

/// The layer names of the dataset schema, in the order they are read (coastlines last).
[[nodiscard]] const std::vector<std::string>& datasetLayerNames();

/// True for what GDAL opens by name rather than as a file of this machine: a connection
/// string with a driver prefix ("PG:…", "MySQL:…", not a one-letter drive) or a /vsi… path.
/// The loader skips its file checks for these and lets GDAL answer.
[[nodiscard]] bool isConnectionString(std::string_view path);

/// `path` for messages: a connection string's password (password=…, or user:password@ in a
/// URI) replaced by "***"; anything else unchanged.
[[nodiscard]] std::string maskedPath(std::string_view path);

/// A cheap fingerprint of a dataset's current content, for noticing that it changed without
/// reading it: for a database, the row count and newest row version (xmin) of each table of
/// the schema, in one query on a connection kept open; for a folder or file, the size and
/// modification time of each file. Not thread-safe; use one per thread.
class DatasetProbe {
 public:
  explicit DatasetProbe(std::filesystem::path path);
  ~DatasetProbe();
  DatasetProbe(const DatasetProbe&) = delete;
  DatasetProbe& operator=(const DatasetProbe&) = delete;

  /// The fingerprint now, or empty with `error` set when the dataset cannot be reached (a
  /// database is reconnected on the next call).
  [[nodiscard]] std::optional<std::string> fingerprint(std::string* error = nullptr);

 private:
  struct Connection;
  std::filesystem::path m_path;
  std::unique_ptr<Connection> m_connection;
};

/// Where the embedded dataset is: $OKHOTSK_DATASET if set; else <prefix>/share/okhotsk-atlas/dataset
/// relative to the running executable (after `cmake --install`); else the source tree's
/// geodata/dataset (in a build tree). Empty when none exists.
[[nodiscard]] std::optional<std::filesystem::path> findEmbeddedDataset();

}  // namespace okhotsk
