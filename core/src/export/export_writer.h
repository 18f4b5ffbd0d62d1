// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing export tables through GDAL/OGR. Private to core/src/export.

#include "export/export_tables.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/export.h"

#include <filesystem>
#include <vector>

namespace okhotsk::exporting {

/// Writes `tables` in `format` to `target`: a file (GeoPackage, KML) or an existing empty
/// folder (the others). Appends each written file to `written`; problems go to
/// `diagnostics` by file, layer and field. False on failure.
bool writeTables(const std::vector<Table>& tables, ExportFormat format, const std::filesystem::path& target,
                 std::vector<std::filesystem::path>& written, Diagnostics& diagnostics);

}  // namespace okhotsk::exporting
