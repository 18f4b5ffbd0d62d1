// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checking a dataset's content as it is built (Dataset::build): duplicate ids, references
// between layers (sources, states, places, territories, events), overlaps and gaps in the
// control history, repeated trade figures. Private to core/src.

#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace okhotsk {

/// Item positions by id in one layer of DatasetContent.
using IdIndex = std::unordered_map<std::string, std::size_t>;

/// The indexes by id of the layers Dataset looks up, valid for the content as checkContent() leaves it.
struct ContentIndexes {
  IdIndex sources;
  IdIndex states;
  IdIndex places;
  IdIndex territories;
  IdIndex events;
};

/// Checks `content`, reporting every problem to `diagnostics`: keeps the first item of each
/// id; drops control periods of unknown territories or states and references to unknown
/// territories or places; warns of unknown sources and events, gaps and repeated figures;
/// reports overlapping control periods. Sorts events by date, control periods by territory
/// and start, trade by (source, flow, year), and returns the indexes of the result.
[[nodiscard]] ContentIndexes checkContent(DatasetContent& content, Diagnostics& diagnostics);

/// The file a layer came from, or the dataset's path when unknown (content built in code).
[[nodiscard]] const std::string& fileOf(const DatasetContent& content, std::string_view layer);

}  // namespace okhotsk
