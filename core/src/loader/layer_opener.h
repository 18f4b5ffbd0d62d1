// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which layers a dataset has and how they are opened: a folder of files (one layer per
// file, FlatGeobuf, GeoPackage, GeoJSON or CSV, named by the layer) or one GeoPackage
// holding all layers. Private to core/src/loader.

#include "loader/gdal_support.h"
#include "okhotsk/diagnostics.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace okhotsk::loader {

/// One opened layer with its file and name, for diagnostics.
struct OpenedLayer {
  std::string file;
  std::string name;
  std::shared_ptr<GDALDataset> owner;
  OGRLayer* layer = nullptr;
  std::unique_ptr<OGRCoordinateTransformation> toWgs84;  // null when already WGS 84
};

/// Finds and opens the layers of a dataset folder or GeoPackage, reporting what is
/// missing or unreadable to `diagnostics`.
class LayerOpener {
 public:
  LayerOpener(std::filesystem::path path, Diagnostics& diagnostics)
      : m_path(std::move(path)), m_diagnostics(diagnostics) {}

  /// Checks the path and opens a GeoPackage; false (reported) when nothing can be read.
  bool open();
  [[nodiscard]] bool valid() const { return m_valid; }

  /// Opens layer `name`; empty when it is absent (reported when `required`) or cannot be
  /// trusted. A `geometric` layer also gets its transformation to WGS 84 prepared.
  std::optional<OpenedLayer> layer(const std::string& name, bool required, bool geometric);

  /// Files opened so far, by layer name.
  [[nodiscard]] const std::unordered_map<std::string, std::string>& layerFiles() const {
    return m_layerFiles;
  }

 private:
  bool openInFolder(OpenedLayer& opened, bool required, GdalErrorCollector& collector);
  bool openInContainer(OpenedLayer& opened, bool required);
  bool reportFailures(const OpenedLayer& opened, GdalErrorCollector& collector);
  bool prepareTransformation(OpenedLayer& opened);

  std::filesystem::path m_path;
  Diagnostics& m_diagnostics;
  bool m_folder = false;
  bool m_valid = false;
  std::shared_ptr<GDALDataset> m_container;
  std::unordered_map<std::string, std::string> m_layerFiles;
};

}  // namespace okhotsk::loader
