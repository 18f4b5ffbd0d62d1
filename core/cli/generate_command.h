// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// okhotsk-cli generate: a dataset folder for scale tests and benchmarks — a base dataset (the
// embedded one unless --dataset names another folder) plus synthetic events, places, territories
// and control periods in the same schema, the same for the same seed (core/cli/README.md).

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>

namespace okhotsk::cli {

struct GenerateRequest {
  std::filesystem::path base;  ///< a dataset folder, copied whole first
  std::filesystem::path out;   ///< a folder that does not exist yet, or is empty
  int events = 0;              ///< synthetic events to add
  int polygons = 0;            ///< synthetic territories (each with its control periods) to add
  std::uint64_t seed = 1;
};

/// What was added, for the command's report.
struct GenerateSummary {
  int events = 0;
  int places = 0;
  int territories = 0;
  int controlPeriods = 0;
  int sources = 0;
};

/// Writes the dataset folder; throws std::runtime_error naming the file when the base cannot be
/// read or a file cannot be written. Every text of a synthetic row says that it is synthetic, and
/// every synthetic row cites only the synthetic sources it adds: no fact of the base is
/// altered or attributed to a real work.
GenerateSummary generateDataset(const GenerateRequest& request);

}  // namespace okhotsk::cli
