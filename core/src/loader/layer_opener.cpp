// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/layer_opener.h"

#include "loader/text_check.h"

#include <array>
#include <string_view>
#include <system_error>

namespace okhotsk::loader {

namespace fs = std::filesystem;

bool LayerOpener::open() {
  registerDrivers();
  std::error_code error;
  if (fs::is_directory(m_path, error)) {
    m_folder = true;
    m_valid = true;
    return true;
  }
  if (!fs::exists(m_path, error)) {
    m_diagnostics.error(m_path.string(), "", "", "", "no such file or folder");
    return false;
  }
  GdalErrorCollector collector;
  GDALDataset* dataset = GDALDataset::Open(m_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
  if (dataset == nullptr) {
    m_diagnostics.error(m_path.string(), "", "", "",
                        "cannot be read as a dataset: " + joinMessages(collector.takeFailures()));
    return false;
  }
  m_container.reset(dataset);
  m_valid = true;
  return true;
}

std::optional<OpenedLayer> LayerOpener::layer(const std::string& name, bool required, bool geometric) {
  GdalErrorCollector collector;
  OpenedLayer opened;
  opened.name = name;
  const bool found = m_folder ? openInFolder(opened, required, collector) : openInContainer(opened, required);
  if (!found) return std::nullopt;
  if (opened.layer == nullptr) {
    m_diagnostics.error(opened.file, name, "", "", "the file holds no layer");
    return std::nullopt;
  }
  if (!reportFailures(opened, collector)) return std::nullopt;
  m_layerFiles[name] = opened.file;
  if (geometric && !prepareTransformation(opened)) return std::nullopt;
  for (const std::string& warning : collector.takeWarnings())
    m_diagnostics.warning(opened.file, name, "", "", "GDAL: " + warning);
  return opened;
}

// The first of <name>.fgb, .gpkg, .geojson, .json, .csv in the folder. A text file's bytes are
// checked first (UTF-8; a CSV's quotes and last line): GDAL passes them through unchecked.
bool LayerOpener::openInFolder(OpenedLayer& opened, bool required, GdalErrorCollector& collector) {
  const std::string& name = opened.name;
  static constexpr std::array<std::string_view, 5> kExtensions{".fgb", ".gpkg", ".geojson", ".json", ".csv"};
  for (std::string_view extension : kExtensions) {
    const fs::path candidate = m_path / (name + std::string(extension));
    std::error_code error;
    if (!fs::exists(candidate, error)) continue;
    opened.file = candidate.string();
    if (extension != ".fgb" && extension != ".gpkg")
      checkTextFile(candidate, name, extension == ".csv", m_diagnostics);
    const char* const csvOptions[] = {"EMPTY_STRING_AS_NULL=NO", "KEEP_SOURCE_COLUMNS=NO", nullptr};
    GDALDataset* dataset =
        GDALDataset::FromHandle(GDALOpenEx(candidate.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                           extension == ".csv" ? csvOptions : nullptr, nullptr));
    if (dataset == nullptr) {
      m_diagnostics.error(opened.file, name, "", "",
                          "cannot be read: " + joinMessages(collector.takeFailures()));
      return false;
    }
    opened.owner.reset(dataset);
    opened.layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
    return true;
  }
  if (required)
    m_diagnostics.error((m_path / name).string(), name, "", "",
                        "layer missing: expected " + name + ".csv, .fgb, .gpkg or .geojson in the folder");
  return false;
}

bool LayerOpener::openInContainer(OpenedLayer& opened, bool required) {
  opened.file = m_path.string();
  opened.owner = m_container;
  opened.layer = m_container->GetLayerByName(opened.name.c_str());
  if (opened.layer == nullptr) {
    if (required) m_diagnostics.error(opened.file, opened.name, "", "", "layer missing from the GeoPackage");
    return false;
  }
  return true;
}

// A file GDAL opens but complains about (e.g. a CRS PROJ does not know, which GDAL then
// silently replaces by WGS 84) cannot be trusted: report it, and skip the layer (return
// false) if the complaint is about its coordinate reference system.
bool LayerOpener::reportFailures(const OpenedLayer& opened, GdalErrorCollector& collector) {
  for (const std::string& failure : collector.takeFailures()) {
    const bool crs = failure.find("crs") != std::string::npos || failure.find("CRS") != std::string::npos ||
                     failure.find("PROJ") != std::string::npos || failure.find("SRS") != std::string::npos;
    m_diagnostics.error(opened.file, opened.name, "", crs ? "geometry" : "",
                        crs ? "unknown coordinate reference system (" + failure + "); the layer is skipped"
                            : "GDAL: " + failure);
    if (crs) return false;
  }
  return true;
}

bool LayerOpener::prepareTransformation(OpenedLayer& opened) {
  const OGRSpatialReference* source = opened.layer->GetSpatialRef();
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (source == nullptr) {
    m_diagnostics.warning(
        opened.file, opened.name, "", "geometry",
        "the layer declares no coordinate reference system; read as WGS 84 longitude/latitude");
    return true;
  }
  OGRSpatialReference sourceCopy(*source);
  sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char* const sameOptions[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", nullptr};
  if (sourceCopy.IsSame(&wgs84, sameOptions) ||
      (sourceCopy.IsGeographic() && sourceCopy.GetAuthorityCode(nullptr) &&
       std::string_view(sourceCopy.GetAuthorityCode(nullptr)) == "4326"))
    return true;
  GdalErrorCollector collector;
  opened.toWgs84.reset(OGRCreateCoordinateTransformation(&sourceCopy, &wgs84));
  if (!opened.toWgs84) {
    const char* name = sourceCopy.GetName();
    m_diagnostics.error(opened.file, opened.name, "", "geometry",
                        std::string("unknown or unsupported coordinate reference system '") +
                            (name != nullptr ? name : "?") + "': " + joinMessages(collector.takeFailures()) +
                            "; the layer is skipped");
    return false;
  }
  return true;
}

}  // namespace okhotsk::loader
