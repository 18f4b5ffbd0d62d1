// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// KML written as a stream: one Folder per spatial layer, each feature a Placemark with its
// name, a TimeSpan from its earliest/latest days (Google Earth's time slider plays it), its
// columns as ExtendedData and its geometry. Written directly rather than through GDAL's LIBKML
// driver, which took minutes for the dataset's polygons in one file. Private to core/src/export.

#include "export/export_tables.h"
#include "okhotsk/diagnostics.h"

#include <filesystem>
#include <vector>

namespace okhotsk::exporting {

/// Writes the spatial, non-coastline tables to `file`; false (reported) when it cannot be written.
bool writeKml(const std::vector<Table>& tables, const std::filesystem::path& file, Diagnostics& diagnostics);

}  // namespace okhotsk::exporting
