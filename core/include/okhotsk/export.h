// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// \file export.h
/// Writing a dataset out for GIS tools through GDAL: GeoPackage, GeoJSON, FlatGeobuf, CSV
/// (with .csvt) and KML. An export keeps the dataset's own layers and columns, so that it
/// opens again as a dataset, and adds what GIS tools need: ISO `earliest`/`latest` day
/// columns beside every EDTF date, a point for each event, the territory's polygon for
/// each control period (geodata/README.md, "Exporting").

#include "okhotsk/dataset.h"
#include "okhotsk/diagnostics.h"
#include "okhotsk/edtf.h"
#include "okhotsk/model.h"

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace okhotsk {

enum class ExportFormat : unsigned char { GeoPackage, GeoJson, FlatGeobuf, Csv, Kml };
inline constexpr int kExportFormatCount = 5;

/// "gpkg", "geojson", "fgb", "csv", "kml".
[[nodiscard]] std::string_view exportFormatCode(ExportFormat format) noexcept;
[[nodiscard]] std::optional<ExportFormat> exportFormatFromCode(std::string_view code) noexcept;
/// True when the export is a folder with one file per layer (GeoJSON, FlatGeobuf, CSV);
/// false for one file holding every layer (GeoPackage, KML).
[[nodiscard]] bool exportWritesFolder(ExportFormat format) noexcept;

/// What an export holds. Events pass when their possible days overlap `days` and their
/// category is in `categories`; control periods, boundaries and territory names pass when
/// their possible days overlap `days`; every other layer is written whole.
struct ExportFilter {
  std::optional<DayRange> days;             ///< empty: every day
  std::vector<EventCategory> categories{};  ///< empty: every category

  [[nodiscard]] bool passes(const Event& event) const noexcept;
  /// Possible days of a dated item (inclusive); true when there is no day range.
  [[nodiscard]] bool passes(const DayRange& possibleDays) const noexcept;
};

struct ExportResult {
  /// What was written: the file, or the folder's files (in layer order).
  std::vector<std::filesystem::path> written;
  /// Why it failed (file, layer, field), or notes on what was left out.
  Diagnostics diagnostics;

  [[nodiscard]] bool ok() const noexcept { return !diagnostics.hasErrors(); }
};

/// Writes `dataset` (as far as `filter` passes it) to `out` in `format`: a file for
/// GeoPackage and KML, a folder for the others. Atomic: everything is written into a
/// temporary sibling first and moved into place at the end; on failure nothing at `out`
/// changes and the result's diagnostics say why.
[[nodiscard]] ExportResult exportDataset(const Dataset& dataset, ExportFormat format,
                                         const std::filesystem::path& out, const ExportFilter& filter = {});

}  // namespace okhotsk
