// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// okhotsk-cli sources: the sources of the dataset, of events, of the map on a date or of a
// tour, as CSL-JSON, BibTeX or text (core/cli/README.md).

#include "okhotsk/citation_export.h"
#include "okhotsk/dataset.h"

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace okhotsk::cli {

struct Options;

/// The stops of a tour file (geodata/tours/README.md) as views to cite: each stop's first day,
/// event and territory. Throws std::runtime_error naming the file, the stop (1-based) and the
/// field when the file is not a tour or a stop has no usable date. An event or territory the
/// dataset does not know is left out of its stop with a warning on `err`.
[[nodiscard]] std::vector<CitedSelection> readTourStops(const std::filesystem::path& path,
                                                        const Dataset& dataset, std::ostream& err);

/// Runs `sources`; returns the exit status.
int commandSources(const Options& options, const Dataset& dataset, std::ostream& out, std::ostream& err);

}  // namespace okhotsk::cli
