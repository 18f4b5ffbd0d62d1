// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loader/layer_opener.h"

#include "loader/text_check.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace okhotsk::loader {

namespace fs = std::filesystem;

namespace {

std::string describeType(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::fifo:
      return "a FIFO (named pipe)";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    default:
      return "not a regular file";
  }
}

std::string megabytes(std::uintmax_t bytes) {
  return std::to_string((bytes + (1U << 20U) - 1) >> 20U) + " MB";
}

}  // namespace

std::string fileProblem(const fs::path& path) {
  std::error_code error;
  fs::file_status status = fs::symlink_status(path, error);
  std::string what = "is ";
  if (fs::is_symlink(status)) {
    std::error_code ignored;
    const std::string target = fs::read_symlink(path, ignored).string();
    status = fs::status(path, error);
    if (error == std::errc::too_many_symbolic_link_levels)
      return "is a symbolic link to '" + target + "' that loops back on itself";
    if (status.type() == fs::file_type::not_found)
      return "is a symbolic link to '" + target + "', which does not exist";
    if (error) return "is a symbolic link to '" + target + "' that cannot be followed: " + error.message();
    what = "is a symbolic link to '" + target + "', which is ";
  } else if (error) {
    return "cannot be examined: " + error.message();
  }
  if (status.type() != fs::file_type::regular)
    return what + describeType(status.type()) + ", not a regular file; it is not opened";
  if (::access(path.c_str(), R_OK) != 0) return std::string("cannot be read: ") + std::strerror(errno);
  return {};
}

bool LayerOpener::open() {
  registerDrivers();
  std::error_code error;
  if (isConnectionString(m_path.string()) && !fs::exists(fs::symlink_status(m_path, error)))
    return openConnection() && hasSchemaLayer();
  if (fs::is_directory(m_path, error)) {
    m_folder = true;
    m_valid = true;
    return hasSchemaLayer();
  }
  if (fs::symlink_status(m_path, error).type() == fs::file_type::not_found) {
    m_diagnostics.error(m_path.string(), "", "", "", "no such file or folder");
    return false;
  }
  if (const std::string problem = fileProblem(m_path); !problem.empty()) {
    m_diagnostics.error(m_path.string(), "", "", "", problem);
    return false;
  }
  if (!withinCeilings(m_path, "")) return false;
  GdalErrorCollector collector;
  GDALDataset* dataset = GDALDataset::Open(m_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
  if (dataset == nullptr) {
    m_diagnostics.error(m_path.string(), "", "", "",
                        "cannot be read as a dataset: " + joinMessages(collector.takeFailures()));
    return false;
  }
  m_container.reset(dataset);
  m_valid = true;
  return hasSchemaLayer();
}

// A database or /vsi… source: no file to check, GDAL answers. Messages name it masked.
bool LayerOpener::openConnection() {
  GdalErrorCollector collector;
  GDALDataset* dataset = GDALDataset::Open(m_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY);
  if (dataset == nullptr) {
    m_diagnostics.error(
        m_display, "", "", "",
        "cannot be opened as a dataset: " + maskedPath(joinMessages(collector.takeFailures())));
    return false;
  }
  m_container.reset(dataset);
  m_valid = true;
  return true;
}

namespace {

// True when the folder holds a file of one of the dataset's layers, or nothing at all (an
// empty folder is a dataset with every layer missing, reported layer by layer as before).
bool folderLooksLikeADataset(const fs::path& folder) {
  static constexpr std::array<std::string_view, 5> kExtensions{".fgb", ".gpkg", ".geojson", ".json", ".csv"};
  std::error_code error;
  if (fs::directory_iterator(folder, error) == fs::directory_iterator() && !error) return true;
  for (const std::string& name : datasetLayerNames())
    for (std::string_view extension : kExtensions)
      if (fs::symlink_status(folder / (name + std::string(extension)), error).type() !=
              fs::file_type::not_found &&
          !error)
        return true;
  return false;
}

}  // namespace

// Something GDAL reads but with none of the schema's layers (a GeoJSON of points, a
// Shapefile or a folder of them, a CSV, a KML, another GeoPackage) is not a dataset with
// every layer missing: it is refused whole, and said so, rather than opened as an empty atlas.
bool LayerOpener::hasSchemaLayer() {
  if (m_folder) {
    if (folderLooksLikeADataset(m_path)) return true;
  } else {
    GdalErrorCollector quiet;  // a database asked for a table it lacks complains
    for (const std::string& name : datasetLayerNames())
      if (m_container->GetLayerByName(name.c_str()) != nullptr) return true;
  }
  std::string names;
  for (const std::string& name : datasetLayerNames())
    if (name.rfind("coastline_", 0) != 0) names += (names.empty() ? "" : ", ") + name;
  m_diagnostics.error(m_display, "", "", "",
                      "this is not an Okhotsk Atlas dataset: it has none of the layers " + names +
                          ". Nothing was opened; to show this file on the atlas, add it as a layer (in the "
                          "viewer: File → Add Layer)");
  m_notADataset = true;
  m_valid = false;
  m_container.reset();
  return false;
}

// A file over kMaxFileBytes, or one that would take the load over kMaxLoadBytes, is
// reported and not read.
bool LayerOpener::withinCeilings(const fs::path& file, const std::string& layer) {
  std::error_code error;
  const std::uintmax_t size = fs::file_size(file, error);
  if (error) return true;  // fileProblem() has vouched for a regular file; GDAL reports the rest
  if (size > kMaxFileBytes) {
    m_diagnostics.error(file.string(), layer, "", "",
                        "the file is " + megabytes(size) + ", over the loader's ceiling of " +
                            megabytes(kMaxFileBytes) + " per file; it is not read");
    return false;
  }
  if (m_bytes + size > kMaxLoadBytes) {
    m_diagnostics.error(file.string(), layer, "", "",
                        "reading it would take the files of this load over the loader's ceiling of " +
                            megabytes(kMaxLoadBytes) + "; it is not read");
    return false;
  }
  m_bytes += size;
  return true;
}

std::optional<OpenedLayer> LayerOpener::layer(const std::string& name, bool required, bool geometric,
                                              bool reportAbsence, bool checkAlongside) {
  GdalErrorCollector collector;
  OpenedLayer opened;
  opened.name = name;
  const bool found = m_folder ? openInFolder(opened, required, reportAbsence, collector, checkAlongside)
                              : openInContainer(opened, required, reportAbsence);
  if (!found) return std::nullopt;
  // A layer given up here still settles its check: its report stands, or replaces these.
  const auto giveUp = [&] {
    (void)settleCheck(opened);
    return std::nullopt;
  };
  if (opened.layer == nullptr) {
    m_diagnostics.error(opened.file, name, "", "", "the file holds no layer");
    return giveUp();
  }
  if (!reportFailures(opened, collector)) return giveUp();
  m_layerFiles[name] = opened.file;
  if (geometric && !prepareTransformation(opened)) return giveUp();
  for (const std::string& warning : collector.takeWarnings())
    m_diagnostics.warning(opened.file, name, "", "", "GDAL: " + warning);
  return opened;
}

bool LayerOpener::settleCheck(OpenedLayer& opened) {
  if (!opened.pendingCheck) return true;
  const OpenedLayer::TextCheck check = opened.pendingCheck->get();
  opened.pendingCheck.reset();
  if (!check.readable) {
    // As if the check had run first: the layer was never opened.
    m_diagnostics.truncate(opened.checkMark);
    m_diagnostics.append(check.diagnostics);
    m_layerFiles.erase(opened.name);
    return false;
  }
  m_diagnostics.insert(opened.checkMark, check.diagnostics);
  return true;
}

// The first of <name>.fgb, .gpkg, .geojson, .json, .csv in the folder; others present are
// reported. Only a readable regular file is opened (a FIFO would block open() for ever);
// a text file's bytes are checked first (encoding, NUL bytes; a CSV's header, rows and
// quotes): GDAL passes them through unchecked.
bool LayerOpener::openInFolder(OpenedLayer& opened, bool required, bool reportAbsence,
                               GdalErrorCollector& collector, bool checkAlongside) {
  const std::string& name = opened.name;
  static constexpr std::array<std::string_view, 5> kExtensions{".fgb", ".gpkg", ".geojson", ".json", ".csv"};
  std::vector<std::pair<fs::path, std::string_view>> present;
  for (std::string_view extension : kExtensions) {
    fs::path candidate = m_path / (name + std::string(extension));
    std::error_code error;
    // symlink_status: a dangling link is present (and reported), not absent.
    if (fs::symlink_status(candidate, error).type() != fs::file_type::not_found && !error)
      present.emplace_back(std::move(candidate), extension);
  }
  if (present.empty()) {
    if (required)
      m_diagnostics.error((m_path / name).string(), name, "", "",
                          "layer missing: expected " + name + ".csv, .fgb, .gpkg or .geojson in the folder");
    else if (reportAbsence)
      m_diagnostics.warning((m_path / name).string(), name, "", "",
                            "optional layer missing: no " + name +
                                ".csv, .fgb, .gpkg or .geojson in the folder; the atlas goes without it");
    return false;
  }
  const auto& [file, extension] = present.front();
  opened.file = file.string();
  for (std::size_t i = 1; i < present.size(); ++i)
    m_diagnostics.error(present[i].first.string(), name, "", "",
                        "a second file for layer " + name + ": " + file.filename().string() +
                            " is read and this one is ignored; keep one file per layer");
  if (const std::string problem = fileProblem(file); !problem.empty()) {
    m_diagnostics.error(opened.file, name, "", "", problem + "; the layer is not read");
    return false;
  }
  if (!withinCeilings(file, name)) return false;
  if (extension == ".csv" && checkAlongside) {
    opened.checkMark = m_diagnostics.size();
    opened.pendingCheck = std::make_shared<std::future<OpenedLayer::TextCheck>>(
        std::async(std::launch::async, [file = file, name] {
          OpenedLayer::TextCheck check;
          check.readable = checkTextFile(file, name, true, check.diagnostics);
          return check;
        }));
  } else if (extension != ".fgb" && extension != ".gpkg" &&
             !checkTextFile(file, name, extension == ".csv", m_diagnostics)) {
    return false;
  }
  const char* const csvOptions[] = {"EMPTY_STRING_AS_NULL=NO", "KEEP_SOURCE_COLUMNS=NO", nullptr};
  GDALDataset* dataset =
      GDALDataset::FromHandle(GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                         extension == ".csv" ? csvOptions : nullptr, nullptr));
  if (dataset == nullptr) {
    if (!settleCheck(opened)) return false;  // the check's report says why
    m_diagnostics.error(opened.file, name, "", "",
                        "cannot be read: " + joinMessages(collector.takeFailures()));
    return false;
  }
  opened.owner.reset(dataset);
  opened.layer = dataset->GetLayerCount() > 0 ? dataset->GetLayer(0) : nullptr;
  return true;
}

bool LayerOpener::openInContainer(OpenedLayer& opened, bool required, bool reportAbsence) {
  opened.file = m_display;
  opened.owner = m_container;
  opened.layer = m_container->GetLayerByName(opened.name.c_str());
  if (opened.layer == nullptr) {
    const std::string container = isConnectionString(m_path.string()) ? "the database" : "the GeoPackage";
    if (required)
      m_diagnostics.error(opened.file, opened.name, "", "", "layer missing from " + container);
    else if (reportAbsence)
      m_diagnostics.warning(opened.file, opened.name, "", "",
                            "optional layer missing from " + container + "; the atlas goes without it");
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
