// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file loader.h
/// Reading a dataset through GDAL. A dataset is a folder of files, one layer per file
/// named by its stem ("events.csv", "territories.fgb"), or one GeoPackage holding layers
/// of the same names. The schema is documented in geodata/README.md.
///
/// Bad input never crashes and never stops at the first problem: every problem becomes
/// a Diagnostic naming the file, layer, feature and field, and what is valid still loads
/// where that is safe.

#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace okhotsk {

struct LoadOptions {
  /// Coastline levels to read now; others can be read later with loadCoastline().
  std::vector<CoastlineLevel> coastlineLevels{CoastlineLevel::Intermediate, CoastlineLevel::High,
                                              CoastlineLevel::Full, CoastlineLevel::World};
};

struct LoadResult {
  std::unique_ptr<Dataset> dataset;  ///< null only when nothing could be read at all
  Diagnostics diagnostics;
};

/// Reads a dataset folder or GeoPackage. Thread-safe (each call opens its own handles).
[[nodiscard]] LoadResult loadDataset(const std::filesystem::path& path, const LoadOptions& options = {});

struct CoastlineResult {
  std::optional<Coastline> coastline;
  Diagnostics diagnostics;
};

/// Reads one coastline level of a dataset (e.g. the full one, in the background).
[[nodiscard]] CoastlineResult loadCoastline(const std::filesystem::path& datasetPath, CoastlineLevel level);

/// Where the embedded dataset is: $OKHOTSK_DATASET if set; else <prefix>/share/okhotsk-atlas/dataset
/// relative to the running executable (after `cmake --install`); else the source tree's
/// geodata/dataset (in a build tree). Empty when none exists.
[[nodiscard]] std::optional<std::filesystem::path> findEmbeddedDataset();

}  // namespace okhotsk
